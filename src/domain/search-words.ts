// What a word is to search: the one normaliser behind queries, ranking and the blind index
// (crypto/blind-index.ts), so a word is cut and folded the same way everywhere in the program.

const WORDS = /[\p{L}\p{N}]+/gu;
const MAX_TERMS = 8;
/** Longer words are cut here, in queries and in the blind index alike. */
export const MAX_TERM_LENGTH = 64;

/** The words of a text, lower-cased, in order; anything but a letter or digit separates them. */
export function searchWords(text: string): string[] {
  return text.toLowerCase().match(WORDS) ?? [];
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
  return [...new Set(searchWords(query).map((w) => w.slice(0, MAX_TERM_LENGTH)))].slice(0, MAX_TERMS);
}

/** True when every term begins some word of the text: the meaning of a match. */
export function matchesEvery(text: string, terms: string[]): boolean {
  const words = searchWords(text);
  return terms.every((term) => words.some((word) => word.startsWith(term)));
}
