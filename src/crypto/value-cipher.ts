// Encryption at rest of text values (message content, originals, previews, event payloads).
// AES-256-GCM, a fresh 96-bit nonce per value, and the value's place (column and row id) as
// associated data: a sealed value copied into another row or column does not open.
//
// A sealed value reads `\u0001e1:<keyId>:<base64 nonce‖ciphertext‖tag>`. Values without that
// mark are plaintext (written before encryption was turned on) and are read as they are; a
// rotation seals them. The empty string stays empty: tombstones reveal nothing.
//
// A value may instead carry another place's sealed value, as it was sealed there, with a tail of
// plaintext: `\u0001e1:<keyId>:~<source row id>~<base64>~<mac>~<tail>` (`~` is in neither
// base64 alphabet). The MAC (HMAC-SHA256 under a key derived from the encryption key) binds
// the carried value and the tail to the place and row that hold them, so the whole opens only
// there, unaltered; the carried value opens only as the source place's value of its row.
// storage/sealed.ts says which places carry which.
import { createCipheriv, createDecipheriv, hkdfSync, randomFillSync, timingSafeEqual } from 'node:crypto';
import { AppError, UndecryptableError } from '../errors.js';
import { Hmac256 } from './hmac.js';
import type { EncryptionKey } from './keyring.js';
import { Remembered } from '../remembered.js';

export const SEALED_MARK = '\u0001e1:';
const NONCE_BYTES = 12;
/** The nonce's length in base64 (12 bytes, a multiple of 3: whole characters, no padding). */
const NONCE_CHARS = 16;
const TAG_BYTES = 16;
/** `~`: what begins the body of a carried value in place of the base64, and separates its parts. */
const CARRIED = '~';
const MAC_KEY_LABEL = 'parley carried value';

/** The MAC of carried values under an encryption key: HMAC-SHA256 under a key derived from it. */
export const carriedValueMac = (encryptionKey: Buffer) => new Hmac256(Buffer.from(hkdfSync('sha256', encryptionKey, Buffer.alloc(0), MAC_KEY_LABEL, 32)));

/** What a carried value's MAC covers: where it is held, and everything it holds. */
const carriedMessage = (place: string, rowId: string, sourceRowId: string, encoded: string, tail: string) =>
  `${place}\u0000${rowId}\u0000${sourceRowId}\u0000${encoded}\u0000${tail}`;
/**
 * Values sealed for readers that follow (`sealForReaders`), remembered by their nonce and checked
 * against their whole encoded body: fan-out and delivery read a new message's content (carried by
 * its event) or an event's payload moments after it was sealed, and opening it then costs a lookup. Few, so that an entry is dropped within a fraction of a second at full load:
 * a larger cache kept values long enough for them to reach the old generation of the heap, and
 * its collection cost the sends more than the decryptions it saved.
 */
const RECENT_VALUES = 512;
/** Values longer than this sealed are not remembered (opening one decrypts it), so the memory stays bounded. */
const RECENT_SEALED_CHARS = 2000;
/** Nonces drawn from the system's random source at a time (as Node's randomUUID does). */
const NONCES_PER_DRAW = 256;

/**
 * Fresh random nonces, drawn in bulk: a call into the random source for 12 bytes costs about a
 * third of a seal, and a send seals several values. Every nonce is used once; nonces are stored
 * in the clear beside their values, so holding the next ones in memory reveals nothing.
 */
class NonceSource {
  private readonly pool = Buffer.alloc(NONCE_BYTES * NONCES_PER_DRAW);
  private next = this.pool.length;

  /** A view into the pool, refilled in place once spent: use it at once (createCipheriv and the sealed value copy it). */
  take(): Buffer {
    if (this.next === this.pool.length) {
      randomFillSync(this.pool);
      this.next = 0;
    }
    const nonce = this.pool.subarray(this.next, this.next + NONCE_BYTES);
    this.next += NONCE_BYTES;
    return nonce;
  }
}

interface RecentValue {
  keyId: string;
  encoded: string;
  place: string;
  rowId: string;
  value: string;
}

export class ValueCipher {
  /** Encryption off: values are stored and read as they are. */
  static readonly off = new ValueCipher([]);

  private readonly byId: Map<string, Buffer>;
  private readonly macs: Map<string, Hmac256>;
  private readonly nonces = new NonceSource();
  /**
   * By the base64 of their nonce (unique to each sealed value; cheaper to look up than the whole
   * value). Held in memory only, as the plaintext passing through a request is; never written.
   */
  private readonly recent = new Remembered<RecentValue>(RECENT_VALUES);

  constructor(readonly keys: readonly EncryptionKey[]) {
    this.byId = new Map(keys.map((k) => [k.id, k.key]));
    this.macs = new Map(keys.map((k) => [k.id, carriedValueMac(k.key)]));
  }

  get enabled(): boolean {
    return this.keys.length > 0;
  }

  /** The key new values are sealed with; undefined when encryption is off. */
  get currentKeyId(): string | undefined {
    return this.keys[0]?.id;
  }

  /** Drops the plaintext of values sealed lately: an erasure leaves none of its texts in memory. */
  forgetRecent(): void {
    this.recent.clear();
  }

  seal(place: string, rowId: string, value: string): string {
    return this.sealAndRemember(place, rowId, value, false);
  }

  /** Seals a value that readers will open moments later (a message's content, an event's payload): it is remembered for them. */
  sealForReaders(place: string, rowId: string, value: string): string {
    return this.sealAndRemember(place, rowId, value, true);
  }

  private sealAndRemember(place: string, rowId: string, value: string, remember: boolean): string {
    const current = this.keys[0];
    if (current === undefined || value === '') return value;
    const nonce = this.nonces.take();
    const cipher = createCipheriv('aes-256-gcm', current.key, nonce);
    cipher.setAAD(associatedData(place, rowId));
    // The text encoded first: the cipher decodes a string argument in a slower way (about 2 µs a value).
    const encoded = Buffer.concat([nonce, cipher.update(Buffer.from(value, 'utf8')), cipher.final(), cipher.getAuthTag()]).toString('base64');
    const sealed = `${SEALED_MARK}${current.id}:${encoded}`;
    if (remember && sealed.length <= RECENT_SEALED_CHARS) this.recent.set(encoded.slice(0, NONCE_CHARS), { keyId: current.id, encoded, place, rowId, value });
    return sealed;
  }

  sealNullable(place: string, rowId: string, value: string | null): string | null {
    return value === null ? null : this.seal(place, rowId, value);
  }

  /**
   * The plaintext of a stored value. A value under a key that is not configured, or one that
   * fails authentication (altered, or moved from another row), is never returned as garbage:
   * it throws ENCRYPTION_KEY_MISSING or INTERNAL.
   */
  open(place: string, rowId: string, stored: string): string {
    if (!stored.startsWith(SEALED_MARK)) return stored;
    const separator = stored.indexOf(':', SEALED_MARK.length);
    if (separator < 0) throw new UndecryptableError('a stored value could not be decrypted');
    if (stored[separator + 1] === CARRIED) throw new UndecryptableError('a stored value carries another where none may be carried');
    return this.openEncoded(stored.slice(SEALED_MARK.length, separator), place, rowId, stored.slice(separator + 1));
  }

  /**
   * What `place` stores for `rowId` to carry `sealed`, a value sealed for `sourceRowId` in another
   * place, as it is (nothing is sealed again), with `tail` beside it in plaintext. Undefined when
   * `sealed` is not a value sealed on its own.
   */
  carry(place: string, rowId: string, sealed: string, sourceRowId: string, tail = ''): string | undefined {
    const separator = sealed.indexOf(':', SEALED_MARK.length);
    if (!sealed.startsWith(SEALED_MARK) || separator < 0 || sealed[separator + 1] === CARRIED || sourceRowId.includes(CARRIED)) return undefined;
    const mac = this.macs.get(sealed.slice(SEALED_MARK.length, separator));
    if (mac === undefined) return undefined;
    const encoded = sealed.slice(separator + 1);
    const sealedFor = mac.of(carriedMessage(place, rowId, sourceRowId, encoded, tail), 'base64url');
    return `${sealed.slice(0, separator + 1)}${CARRIED}${sourceRowId}${CARRIED}${encoded}${CARRIED}${sealedFor}${CARRIED}${tail}`;
  }

  /** Whether a stored value carries another place's sealed value (`carry`). */
  static isCarried(stored: string): boolean {
    return stored.startsWith(SEALED_MARK) && stored[stored.indexOf(':', SEALED_MARK.length) + 1] === CARRIED;
  }

  /**
   * Opens what `place` stores for `rowId` that carries a value of `sourcePlace`: the MAC must
   * hold for this place and row, and the carried value opens only as `sourcePlace`'s value of
   * the row it names, so nothing sealed elsewhere (an original kept for moderators) is let in.
   */
  openCarried(place: string, rowId: string, sourcePlace: string, stored: string): { sourceRowId: string; value: string; tail: string } {
    const separator = stored.indexOf(':', SEALED_MARK.length);
    const idEnd = stored.indexOf(CARRIED, separator + 2);
    const encodedEnd = idEnd < 0 ? -1 : stored.indexOf(CARRIED, idEnd + 1);
    const macEnd = encodedEnd < 0 ? -1 : stored.indexOf(CARRIED, encodedEnd + 1);
    if (!ValueCipher.isCarried(stored) || macEnd < 0) throw new UndecryptableError('a stored value could not be decrypted');
    const keyId = stored.slice(SEALED_MARK.length, separator);
    const mac = this.macs.get(keyId);
    if (mac === undefined) throw missingKey(keyId);
    const sourceRowId = stored.slice(separator + 2, idEnd);
    const encoded = stored.slice(idEnd + 1, encodedEnd);
    const tail = stored.slice(macEnd + 1);
    const expected = Buffer.from(mac.of(carriedMessage(place, rowId, sourceRowId, encoded, tail), 'base64url'), 'utf8');
    const found = Buffer.from(stored.slice(encodedEnd + 1, macEnd), 'utf8');
    if (found.length !== expected.length || !timingSafeEqual(found, expected)) {
      throw new UndecryptableError('a stored value could not be decrypted');
    }
    return { sourceRowId, value: this.openEncoded(keyId, sourcePlace, sourceRowId, encoded), tail };
  }

  private openEncoded(keyId: string, place: string, rowId: string, encoded: string): string {
    // The very value, for the place and row it was sealed for: one moved elsewhere is decrypted, and fails.
    const recent = this.recent.get(encoded.slice(0, NONCE_CHARS));
    if (recent !== undefined && recent.encoded === encoded && recent.keyId === keyId && recent.place === place && recent.rowId === rowId) {
      return recent.value;
    }
    const key = this.byId.get(keyId);
    if (key === undefined) throw missingKey(keyId);
    const body = Buffer.from(encoded, 'base64');
    try {
      const decipher = createDecipheriv('aes-256-gcm', key, body.subarray(0, NONCE_BYTES));
      decipher.setAAD(associatedData(place, rowId));
      decipher.setAuthTag(body.subarray(body.length - TAG_BYTES));
      return Buffer.concat([decipher.update(body.subarray(NONCE_BYTES, body.length - TAG_BYTES)), decipher.final()]).toString('utf8');
    } catch (error) {
      throw new UndecryptableError('a stored value could not be decrypted', error);
    }
  }

  openNullable(place: string, rowId: string, stored: string | null): string | null {
    return stored === null ? null : this.open(place, rowId, stored);
  }

  /** The id of the key a stored value is sealed with; null for plaintext. */
  static keyIdOf(stored: string): string | null {
    if (!stored.startsWith(SEALED_MARK)) return null;
    return stored.slice(SEALED_MARK.length, stored.indexOf(':', SEALED_MARK.length));
  }

  /** True when the value is as the current configuration would write it (rotation skips it). */
  isCurrent(stored: string): boolean {
    if (stored === '') return true;
    return ValueCipher.keyIdOf(stored) === (this.currentKeyId ?? null);
  }
}

function missingKey(keyId: string): AppError {
  return new AppError('ENCRYPTION_KEY_MISSING', `a stored value is sealed with encryption key "${keyId}", which is not configured`, { keyId });
}

function associatedData(place: string, rowId: string): Buffer {
  return Buffer.from(`${place}\u0000${rowId}`, 'utf8');
}
