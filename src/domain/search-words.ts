// What a word is to search: the one normaliser behind queries, ranking and the blind index
// (crypto/blind-index.ts), so a word is cut and folded the same way everywhere in the program.

const WORDS = /[\p{L}\p{N}]+/gu;
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

/** The words of a text, lower-cased and without accents, in order; anything but a letter or digit separates them. */
export function searchWords(text: string): string[] {
  return foldAccents(text.toLowerCase()).match(WORDS) ?? [];
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
  for (const typed of query.toLowerCase().match(WORDS) ?? []) {
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

/** The distinct words of a text as an index keeps them: cut where query terms are cut. */
export function indexWords(text: string): string[] {
  return [...new Set(searchWords(text).map((w) => w.slice(0, MAX_TERM_LENGTH)))];
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
  const words = searchWords(text);
  return terms.every((term) => words.some((word) => word.startsWith(term)));
}
