// The blind index: search over encrypted messages without the words in the index. A message's
// words, normalised as search normalises them (src/search-words.ts, by the caller), become
// keyed hashes of each word's beginnings; a query's words become the same hashes. The index can then answer
// "which messages hold a word that begins like this" for whoever holds the key, and nothing
// more legible to whoever reads the database (README, "What the encrypted search index reveals").
//
// Each encryption key yields its own index key (HKDF), so the encryption key itself never
// touches the index and the hashes change with the key.
import { hkdfSync } from 'node:crypto';
import { Hmac256 } from './hmac.js';
import type { EncryptionKey } from './keyring.js';
import { Remembered } from '../remembered.js';

const INDEX_KEY_LABEL = 'parley search index';
/**
 * Beginnings hashed per word: every one from 1 to this many letters (the word itself when it is
 * shorter). Search matches every query word as the beginning of a word; a query word longer
 * than this is looked up by its first PREFIX_BOUND letters and its matches checked after
 * decryption. Bounded so a long word costs at most this many index entries.
 */
export const PREFIX_BOUND = 16;
/**
 * Hex characters kept of each HMAC-SHA256: 48 bits. A query's hash meets another beginning's
 * hash by chance with odds of one in 2^48 per distinct beginning in the index: with ten
 * million distinct beginnings, about one query in 28 million finds a stray message, which the
 * check after decryption then drops.
 */
const HASH_CHARS = 12;
/** Words hashed and remembered; chat repeats its words, so most are hashed once. */
const CACHE_WORDS = 20_000;
/**
 * Beginnings hashed and remembered: a word not seen before mostly begins like words that were
 * (a number like the one before it, "availability" like "available"), so only its new
 * beginnings cost a hash.
 */
const CACHE_BEGINNINGS = 50_000;

export interface BlindDocument {
  /** The key the tokens were made with (rotation re-indexes what an older key made). */
  keyId: string;
  /** Distinct, sorted: neither word order nor repetition is kept. */
  tokens: string[];
}

/**
 * The token that marks an entry as made under `keyId`. It begins with `k`, which no hash
 * (hex) can, and spells the key id in hex so it stays one token to any tokenizer.
 */
export function keyToken(keyId: string): string {
  return `k${Buffer.from(keyId, 'utf8').toString('hex')}`;
}

export function keyIdOfToken(token: string): string {
  return Buffer.from(token.slice(1), 'hex').toString('utf8');
}

class IndexKey {
  private readonly words = new Remembered<string[]>(CACHE_WORDS);
  private readonly hashes = new Remembered<string>(CACHE_BEGINNINGS);

  private readonly mac: Hmac256;

  constructor(
    readonly keyId: string,
    secret: Buffer,
  ) {
    this.mac = new Hmac256(secret);
  }

  hash(beginning: string): string {
    return this.mac.of(beginning, 'hex').slice(0, HASH_CHARS);
  }

  /** The hashes of a word's beginnings, 1 to PREFIX_BOUND letters (code points, not UTF-16 units). */
  beginnings(word: string): string[] {
    const known = this.words.get(word);
    if (known !== undefined) return known;
    const hashes: string[] = [];
    let beginning = '';
    for (const letter of word) {
      beginning += letter;
      let hash = this.hashes.get(beginning);
      if (hash === undefined) {
        hash = this.hash(beginning);
        this.hashes.set(beginning, hash);
      }
      hashes.push(hash);
      if (hashes.length === PREFIX_BOUND) break;
    }
    this.words.set(word, hashes);
    return hashes;
  }

  forget(): void {
    this.words.clear();
    this.hashes.clear();
  }

  /** The one hash a query word is looked up by: its beginning of at most PREFIX_BOUND letters. */
  lookup(term: string): string {
    return this.hash([...term].slice(0, PREFIX_BOUND).join(''));
  }
}

export class BlindIndex {
  private readonly indexKeys: IndexKey[];

  /** `keys` as configured: the first indexes new messages; queries look under every one. */
  constructor(keys: readonly EncryptionKey[]) {
    if (keys.length === 0) throw new Error('a blind index needs at least one key');
    this.indexKeys = keys.map(
      (key) => new IndexKey(key.id, Buffer.from(hkdfSync('sha256', key.key, Buffer.alloc(0), INDEX_KEY_LABEL, 32))),
    );
  }

  /** The key new entries are made with. */
  get currentKeyId(): string {
    return (this.indexKeys[0] as IndexKey).keyId;
  }

  /** The tokens of a text's words (normalised as search does) under the current key. */
  document(words: readonly string[]): BlindDocument {
    const current = this.indexKeys[0] as IndexKey;
    const tokens = new Set<string>();
    for (const word of words) {
      for (const hash of current.beginnings(word)) tokens.add(hash);
    }
    return { keyId: current.keyId, tokens: [...tokens].sort() };
  }

  /** Drops the words and beginnings remembered with their hashes (an erasure's words among them). */
  forget(): void {
    for (const key of this.indexKeys) key.forget();
  }

  /**
   * What a query asks of the index: one set of tokens per configured key; a message matches
   * when its entry holds every token of any one set. Entries made under an older key are
   * found until a rotation re-indexes them.
   */
  query(terms: string[]): string[][] {
    return this.indexKeys.map((key) => [...new Set(terms.map((term) => key.lookup(term)))]);
  }
}
