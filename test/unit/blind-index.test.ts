import { createHmac, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { BlindIndex, keyToken, PREFIX_BOUND } from '../../src/crypto/blind-index.js';
import type { EncryptionKey } from '../../src/crypto/keyring.js';
import { indexWords, searchTerms } from '../../src/search-words.js';

const key = (id: string): EncryptionKey => ({ id, key: randomBytes(32) });
const HASH = /^[0-9a-f]{12}$/;

describe('blind index', () => {
  const current = key('new');
  const older = key('old');
  const index = new BlindIndex([current, older]);

  it('turns a text into distinct, sorted hashes of its words’ beginnings under the first key', () => {
    const { keyId, tokens } = index.document(indexWords('Zanzibar-quux, zanzibar! Été 42'));
    expect(keyId).toBe('new');
    expect(tokens.every((t) => HASH.test(t))).toBe(true);
    expect(tokens).toEqual([...new Set(tokens)].sort());
    // zanzibar: 8 beginnings; quux: 4 (its q differs from z); été: 3; 42: 2. Repeats add nothing.
    expect(tokens).toHaveLength(8 + 4 + 3 + 2);
    // Words as search sees them: case and punctuation do not matter.
    expect(index.document(indexWords('zanzibar quux ÉTÉ 42')).tokens).toEqual(tokens);
  });

  it('finds a word by itself and by any beginning, as search matches prefixes', () => {
    const { tokens } = index.document(indexWords('the zanzibarquux arrived'));
    for (const q of ['zanzibarquux', 'zanzi', 'z', 'the', 'arr']) {
      const [underCurrent] = index.query(searchTerms(q));
      expect(underCurrent?.every((t) => tokens.includes(t)), q).toBe(true);
    }
    for (const q of ['anzibar', 'zanzibarquuxx', 'arrivals']) {
      const [underCurrent] = index.query(searchTerms(q));
      expect(underCurrent?.every((t) => tokens.includes(t)), q).toBe(false);
    }
  });

  it('bounds the beginnings of a long word; a longer query looks up the bounded beginning', () => {
    const long = 'supercalifragilisticexpialidocious';
    const { tokens } = index.document([long]);
    expect(tokens).toHaveLength(PREFIX_BOUND);
    const [byLongPrefix] = index.query([long.slice(0, PREFIX_BOUND + 4)]);
    expect(byLongPrefix?.every((t) => tokens.includes(t))).toBe(true);
  });

  it('asks under every configured key: one set per key, each with a hash per word', () => {
    const sets = index.query(['camera', 'lens']);
    expect(sets).toHaveLength(2);
    expect(sets.every((set) => set.length === 2)).toBe(true);
    const underOlder = new BlindIndex([older]).document(indexWords('camera lens')).tokens;
    expect(sets[1]?.every((t) => underOlder.includes(t))).toBe(true);
    expect(sets[0]?.some((t) => underOlder.includes(t))).toBe(false);
  });

  it('hashes with a key derived from the encryption key, never with the encryption key itself', () => {
    const [[hash]] = new BlindIndex([current]).query(['camera']) as [[string]];
    expect(createHmac('sha256', current.key).update('camera').digest('hex').slice(0, 12)).not.toBe(hash);
    // The same key bytes under another id hash the same; other bytes do not.
    expect(new BlindIndex([{ id: 'renamed', key: current.key }]).query(['camera'])).toEqual([[hash]]);
    expect(new BlindIndex([key('other')]).query(['camera'])).not.toEqual([[hash]]);
  });

  it('gives a text the same tokens whatever the index hashed before', () => {
    const busy = new BlindIndex([current]);
    // Enough words and beginnings to turn its remembered hashes over more than once.
    for (let i = 0; i < 30_000; i++) busy.document([`w${i.toString(36)}`, String(i)]);
    const words = indexWords('available availability 12345 w1zz zanzibar');
    expect(busy.document(words)).toEqual(new BlindIndex([current]).document(words));
  });

  it('names the key in a token no hash can be, one token whatever the key id holds', () => {
    expect(keyToken('2025-01_a')).toMatch(/^k[0-9a-f]+$/);
    expect(HASH.test(keyToken('abcdef'))).toBe(false);
    expect(keyToken('a')).not.toBe(keyToken('A'));
  });
});
