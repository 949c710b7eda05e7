// What a word is to search: the one normaliser behind queries, ranking and the blind index
// (crypto/blind-index.ts), so a word is cut and folded the same way everywhere in the program.

// Marks belong to their word: Thai and Devanagari write vowels as marks ("ยังอยู่", "नमस्ते"),
// and PostgreSQL's parser keeps them in the word too.
const WORDS = /[\p{L}\p{N}\p{M}]+/gu;
const MAX_TERMS = 8;
/** Longer words are cut here, in queries and in the blind index alike. */
export const MAX_TERM_LENGTH = 64;

/**
 * Accents off, as the word index's tokenizer takes them off (SQLite's `remove_diacritics`):
 * "Crème brûlée" is "creme brulee" to search, typed either way, with encryption on or off.
 */
export function foldAccents(text: string): string {
  return /[^\x00-\x7f]/.test(text) ? text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC') : text;
}

/** The words of a text, lower-cased and without accents, in order; anything but a letter, mark or digit separates them. */
export function searchWords(text: string): string[] {
  return foldAccents(text.toLowerCase()).match(WORDS) ?? [];
}

/**
 * Letters of scripts written without spaces between words (Chinese, Japanese, Thai). To a
 * tokenizer a run of them is one long word, and a word inside it could never be found by its
 * beginning; so the indexes also keep, for each such letter, the word from there on, cut at
 * INNER_WORD_LENGTH letters. A word typed in a query then begins one of them: "沙发" finds
 * "这个沙发还在吗". A longer query word is looked up in pieces of that length.
 */
const UNSPACED_LETTER = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;
const MARK = /\p{M}/u;
export const INNER_WORD_LENGTH = 8;

/** The words that begin inside the given words, at a letter of an unspaced script or just after one. */
export function innerWords(words: string[]): string[] {
  const inner: string[] = [];
  for (const word of words) {
    if (!UNSPACED_LETTER.test(word)) continue;
    const letters = [...word];
    for (let i = 1; i < letters.length; i++) {
      if (MARK.test(letters[i]!)) continue;
      if (UNSPACED_LETTER.test(letters[i]!) || UNSPACED_LETTER.test(letters[i - 1]!)) inner.push(letters.slice(i, i + INNER_WORD_LENGTH).join(''));
    }
  }
  return inner;
}

/** The pieces a query word is looked up in: itself, or, written in an unspaced script and long, INNER_WORD_LENGTH letters at a time. */
function queryPieces(word: string): string[] {
  const letters = [...word];
  if (letters.length <= INNER_WORD_LENGTH || !UNSPACED_LETTER.test(word)) return [word];
  const pieces: string[] = [];
  for (let i = 0; i < letters.length; i += INNER_WORD_LENGTH) pieces.push(letters.slice(i, i + INNER_WORD_LENGTH).join(''));
  return pieces;
}

/**
 * A query word as search matches it (`term`, accents off) and, when it differs, as it was typed:
 * index entries made before accents were folded hold the word as typed.
 */
export interface QueryTerm {
  term: string;
  typed: string[];
}

export function queryTerms(query: string): QueryTerm[] {
  const terms = new Map<string, Set<string>>();
  for (const typed of (query.toLowerCase().match(WORDS) ?? []).flatMap(queryPieces)) {
    const cut = typed.slice(0, MAX_TERM_LENGTH);
    const term = foldAccents(cut).slice(0, MAX_TERM_LENGTH);
    if (!terms.has(term)) {
      if (terms.size === MAX_TERMS) continue;
      terms.set(term, new Set());
    }
    if (cut !== term) terms.get(term)?.add(cut);
  }
  return [...terms].map(([term, typed]) => ({ term, typed: [...typed] }));
}

/** The distinct words of a text as an index keeps them, inner words included: cut where query terms are cut. */
export function indexWords(text: string): string[] {
  const words = searchWords(text);
  return [...new Set([...words, ...innerWords(words)].map((w) => w.slice(0, MAX_TERM_LENGTH)))];
}

/**
 * What the word index holds for a text: its words as `indexWords` cuts them, separated by spaces.
 * Each index's tokenizer then finds the very words a query is cut into: PostgreSQL's parser, given
 * the text itself, keeps "node.js", "3.5kg", "xl/xxl" or "rtx-4090" whole (host, version, file
 * and compound tokens) where a query looks for "node" and "js", and lower-cases Greek without
 * the final sigma that queries, lower-cased here, keep.
 */
export function wordDocument(text: string): string {
  return indexWords(text).join(' ');
}

/**
 * The words of a query, lower-cased. Anything that is not a letter or digit separates words,
 * so search syntax (quotes, *, NEAR, :, -) is never passed to the database as syntax.
 */
export function searchTerms(query: string): string[] {
  return queryTerms(query).map((t) => t.term);
}

/** True when every term begins some word of the text: the meaning of a match. */
export function matchesEvery(text: string, terms: string[]): boolean {
  const words = indexWords(text);
  return terms.every((term) => words.some((word) => word.startsWith(term)));
}
