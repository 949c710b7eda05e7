// What the search index holds for a message and how a query is put to it: words while
// encryption is off, blind-index hashes (crypto/blind-index.ts) while it is on. The indexer
// writes with it, the search service asks with it; neither knows which one it has.
import { BlindIndex } from '../crypto/blind-index.js';
import type { EncryptionKey } from '../crypto/keyring.js';
import type { IndexEntry, SearchMatch } from '../storage/search.repository.js';
import { indexWords, type QueryTerm, wordDocument } from '../search-words.js';

export interface SearchEncoding {
  /** The index entry for a message's (moderated) content. */
  entry(messageId: string, content: string): IndexEntry;
  /** How the index is asked for messages holding every term (each as a word's beginning). */
  match(terms: QueryTerm[]): SearchMatch;
  /**
   * True when the index may return a message that does not match (a hash met by chance, a
   * term longer than the hashed beginnings): the service checks the decrypted content.
   */
  readonly approximate: boolean;
  /** Drops whatever it remembers of words (after an erasure: no erased word stays in memory). */
  forget(): void;
}

/** Encryption off: the index holds the words and the database matches prefixes itself. */
export const wordSearch: SearchEncoding = {
  // The words as queries are cut: lower-cased, without accents (PostgreSQL's 'simple'
  // configuration keeps them), with the words that begin inside a Chinese, Japanese or Thai run.
  entry: (messageId, content) => ({ messageId, keyId: null, document: wordDocument(content) }),
  match: (terms) => ({ words: terms }),
  approximate: false,
  forget: () => {},
};

/** Encryption on: keyed hashes of word beginnings, made under the first key, looked up under all. */
export class BlindSearch implements SearchEncoding {
  readonly approximate = true;
  private readonly index: BlindIndex;

  constructor(keys: readonly EncryptionKey[]) {
    this.index = new BlindIndex(keys);
  }

  entry(messageId: string, content: string): IndexEntry {
    const { keyId, tokens } = this.index.document(indexWords(content));
    return { messageId, keyId, tokens };
  }

  match(terms: QueryTerm[]): SearchMatch {
    const folded = this.index.query(terms.map((t) => t.term));
    // Entries made before accents were folded hold the words as typed: asked for too. Entries
    // made before encryption was turned on hold the words themselves.
    if (terms.every((t) => t.typed.length === 0)) return { tokenSets: folded, plainWords: terms };
    return { tokenSets: [...folded, ...this.index.query(terms.map((t) => t.typed[0] ?? t.term))], plainWords: terms };
  }

  forget(): void {
    this.index.forget();
  }
}

/** The encoding for the configured keys (`config.encryption.keys`; none: encryption off). */
export function searchEncodingFor(keys: readonly EncryptionKey[]): SearchEncoding {
  return keys.length === 0 ? wordSearch : new BlindSearch(keys);
}
