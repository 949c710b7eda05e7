// Custom word lists (MODERATION_WORDS_FILE): words and phrases the platform forbids, matched on
// whole words of the base view, so look-alike letters and invisible characters do not hide them.
// Lookup is a hash set per phrase length, so a list of 100,000 entries costs no more per message.
import { readFileSync } from 'node:fs';
import { allMatches } from './all-matches.js';
import type { MappedText, Span } from './mapped-text.js';
import { baseView } from './normalise.js';

const MAX_PHRASE_WORDS = 6;
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

/** The entries of a word list file: one word or phrase per line; blank lines and lines starting with "#" are skipped. */
export function readWordsFile(file: string): string[] {
  const lines = readFileSync(file, 'utf8').split(/\r?\n/);
  return lines.filter((line) => line.trim() !== '' && !line.trim().startsWith('#'));
}

export class CustomWords {
  private readonly phrases = new Set<string>();
  private longest = 0;

  constructor(entries: Iterable<string>) {
    for (const entry of entries) {
      const words = wordsOf(baseView(entry.trim()).text).map((w) => w.word);
      if (words.length === 0 || words.length > MAX_PHRASE_WORDS) continue;
      this.phrases.add(words.join(' '));
      this.longest = Math.max(this.longest, words.length);
    }
  }

  static fromFile(file: string): CustomWords {
    return new CustomWords(readWordsFile(file));
  }

  get size(): number {
    return this.phrases.size;
  }

  find(base: MappedText): Span[] {
    if (this.phrases.size === 0) return [];
    const words = wordsOf(base.text);
    const spans: Span[] = [];
    for (let i = 0; i < words.length; i++) {
      let phrase = '';
      for (let n = 0; n < this.longest && i + n < words.length; n++) {
        phrase = n === 0 ? words[i]!.word : `${phrase} ${words[i + n]!.word}`;
        if (this.phrases.has(phrase)) spans.push({ start: words[i]!.start, end: words[i + n]!.end });
      }
    }
    return spans;
  }
}

function wordsOf(text: string): Array<{ word: string; start: number; end: number }> {
  return allMatches(WORD, text).map((m) => ({ word: m[0], start: m.index, end: m.index + m[0].length }));
}
