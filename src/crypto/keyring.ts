// The keys of encryption at rest (ENCRYPTION_KEYS): `keyId:base64Key,…`, 32-byte keys, the
// first one encrypts, every one decrypts. Parsing lives here so config and tests share it.
import { createHmac } from 'node:crypto';

export interface EncryptionKey {
  /** Written next to every value it seals, so a value names the key that opens it. */
  readonly id: string;
  readonly key: Buffer;
}

/** Key ids are written into stored values and shown by GET /admin/encryption: short and plain. */
const KEY_ID = /^[A-Za-z0-9_-]{1,32}$/;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$|^[A-Za-z0-9_-]+$/;

/** Parses the list; throws an Error whose message names the faulty entry by its id, never a key. */
export function parseKeyRing(value: string): EncryptionKey[] {
  const keys: EncryptionKey[] = [];
  if (value.trim() === '') throw new Error('no keys');
  const entries = value.split(',').map((entry) => entry.trim());
  for (const [index, entry] of entries.entries()) {
    // "k1:…,,k2:…" or a stray comma: most likely a key lost in editing, so the list is refused.
    if (entry === '') throw new Error(`entry ${index + 1} is empty`);
    const colon = entry.indexOf(':');
    if (colon < 0) throw new Error(`entry ${index + 1} is not keyId:base64Key`);
    const id = entry.slice(0, colon);
    const encoded = entry.slice(colon + 1);
    if (!KEY_ID.test(id)) throw new Error(`entry ${index + 1}: a key id is 1 to 32 letters, digits, - or _`);
    if (!BASE64.test(encoded)) throw new Error(`key "${id}" is not base64`);
    const key = Buffer.from(encoded, encoded.includes('-') || encoded.includes('_') ? 'base64url' : 'base64');
    if (key.length !== 32) throw new Error(`key "${id}" is ${key.length} bytes; AES-256 needs 32`);
    if (keys.some((known) => known.id === id)) throw new Error(`key id "${id}" appears twice`);
    keys.push({ id, key });
  }
  return keys;
}

/**
 * A key's check value: an HMAC of a fixed text under the key. Stored beside the data, it tells
 * whether a key given under an id is the one that id had before (a key mistyped or swapped
 * would seal new values that the right key cannot open, and fail to open the old ones), and
 * reveals nothing of the key.
 */
export function keyCheckValue(key: EncryptionKey): string {
  return createHmac('sha256', key.key).update('parley encryption key check').digest('base64url');
}
