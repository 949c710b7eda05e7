// Encryption at rest of stored files (attachment bytes, thumbnails): the STREAM construction
// (Hoang, Reyhanitabar, Rogaway, Vizár 2015) over AES-256-GCM, so a file is sealed and opened
// chunk by chunk in constant memory and any byte range opens without reading the whole file.
//
// A sealed file is a header, then chunks of `chunkBytes` plaintext sealed separately, each
// followed by its 16-byte tag; the last chunk holds 0..chunkBytes bytes. Chunk i is sealed with
// the nonce `prefix(7) ‖ i (uint32 BE) ‖ last (1 byte)`, the prefix random per file, and with
// `header ‖ place` as associated data (place: the blob's storage key). So a reordered, repeated,
// dropped or cut chunk fails, as does a file copied to another key or a header altered.
//
// Header: magic "\x89PRLY\r\n\x1a" (8) ‖ version 1 (1) ‖ chunkBytes (uint32 BE) ‖ key id length
// (1) ‖ key id ‖ nonce prefix (7). Files without the magic were stored before encryption was
// turned on and are read as they are. The magic starts with a byte no UTF-8 text and no
// accepted file type starts with.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';
import { AppError, UndecryptableError } from '../errors.js';
import type { EncryptionKey } from './keyring.js';

export const BLOB_MAGIC = Buffer.from([0x89, 0x50, 0x52, 0x4c, 0x59, 0x0d, 0x0a, 0x1a]);
const VERSION = 1;
export const DEFAULT_CHUNK_BYTES = 64 * 1024;
/** Bounds a header may name: a smaller chunk wastes tags, a larger one memory. */
const MIN_CHUNK_BYTES = 16;
const MAX_CHUNK_BYTES = 16 * 1024 * 1024;
const TAG_BYTES = 16;
const PREFIX_BYTES = 7;
const MAX_KEY_ID_BYTES = 32;
const FIXED_HEADER_BYTES = BLOB_MAGIC.length + 1 + 4 + 1;
/** The longest header there is: reading this many bytes always yields the whole header. */
export const MAX_HEADER_BYTES = FIXED_HEADER_BYTES + MAX_KEY_ID_BYTES + PREFIX_BYTES;
const MAX_CHUNKS = 2 ** 32;

export interface BlobHeader {
  readonly keyId: string;
  readonly chunkBytes: number;
  readonly noncePrefix: Buffer;
  /** The header as stored; it is authenticated with every chunk. */
  readonly bytes: Buffer;
}

/** An inclusive range of plaintext bytes. */
export interface PlainRange {
  start: number;
  end: number;
}

/** What to read of a sealed file to serve one plaintext range, and how to cut what opens. */
export interface ChunkSpan {
  /** Inclusive ciphertext byte offsets: whole chunks, header excluded. */
  cipherStart: number;
  cipherEnd: number;
  firstChunk: number;
  /** True when the span reaches the file's last chunk (sealed with the last flag). */
  endsAtFinal: boolean;
  /** Plaintext bytes of the first chunk before the range. */
  skip: number;
  /** Plaintext bytes of the range. */
  take: number;
}

/** A stored file that fails authentication: never opened into garbage. */
export function blobTampered(reason: string, cause?: unknown): AppError {
  return new UndecryptableError(`a stored file could not be decrypted: ${reason}`, cause);
}

export function keyMissing(keyId: string): AppError {
  return new AppError('ENCRYPTION_KEY_MISSING', `a stored file is sealed with encryption key "${keyId}", which is not configured`, {
    keyId,
  });
}

/**
 * Reads a header from the first bytes of a stored file: the header, `'plain'` for a file that
 * is not sealed, or `'more'` when these bytes are too few to tell. Throws when the magic is there
 * but the rest is not a header this version writes.
 */
export function readBlobHeader(head: Buffer): BlobHeader | 'plain' | 'more' {
  const magicSeen = Math.min(head.length, BLOB_MAGIC.length);
  if (!head.subarray(0, magicSeen).equals(BLOB_MAGIC.subarray(0, magicSeen))) return 'plain';
  if (head.length < FIXED_HEADER_BYTES) return 'more';
  const version = head[BLOB_MAGIC.length];
  if (version !== VERSION) throw blobTampered(`format version ${version} is not known`);
  const chunkBytes = head.readUInt32BE(BLOB_MAGIC.length + 1);
  const idLength = head[FIXED_HEADER_BYTES - 1] as number;
  if (chunkBytes < MIN_CHUNK_BYTES || chunkBytes > MAX_CHUNK_BYTES || idLength === 0 || idLength > MAX_KEY_ID_BYTES) {
    throw blobTampered('the header is damaged');
  }
  const length = FIXED_HEADER_BYTES + idLength + PREFIX_BYTES;
  if (head.length < length) return 'more';
  const bytes = Buffer.from(head.subarray(0, length));
  return {
    keyId: bytes.toString('latin1', FIXED_HEADER_BYTES, FIXED_HEADER_BYTES + idLength),
    chunkBytes,
    noncePrefix: bytes.subarray(length - PREFIX_BYTES),
    bytes,
  };
}

/**
 * The header of a stored file from its first min(MAX_HEADER_BYTES, size) bytes, or null when the
 * file is not sealed. Unlike readBlobHeader it decides: a file too short for a header is plain,
 * unless it carries the whole magic.
 */
export function headerOfStart(head: Buffer): BlobHeader | null {
  const header = readBlobHeader(head);
  if (header === 'plain') return null;
  if (header !== 'more') return header;
  if (head.length < BLOB_MAGIC.length) return null;
  throw blobTampered('the header is cut short');
}

/** The stored size of `plainBytes` sealed under this header. */
export function sealedSize(plainBytes: number, header: Pick<BlobHeader, 'bytes' | 'chunkBytes'>): number {
  const chunks = Math.max(1, Math.ceil(plainBytes / header.chunkBytes));
  return header.bytes.length + plainBytes + chunks * TAG_BYTES;
}

function chunkCount(storedBytes: number, header: BlobHeader): number {
  const body = storedBytes - header.bytes.length;
  const chunks = Math.ceil(body / (header.chunkBytes + TAG_BYTES));
  // Every chunk holds a tag, the last one too: anything shorter is a cut file.
  if (body < TAG_BYTES || body - (chunks - 1) * (header.chunkBytes + TAG_BYTES) < TAG_BYTES) {
    throw blobTampered('the file is cut short');
  }
  return chunks;
}

/** The plaintext size of a sealed file of `storedBytes`, from its size alone. */
export function plainSizeOf(storedBytes: number, header: BlobHeader): number {
  return storedBytes - header.bytes.length - chunkCount(storedBytes, header) * TAG_BYTES;
}

/** The chunks that cover a plaintext range of a sealed file of `storedBytes`. */
export function chunkSpan(header: BlobHeader, storedBytes: number, range: PlainRange): ChunkSpan {
  const chunks = chunkCount(storedBytes, header);
  const sealedChunk = header.chunkBytes + TAG_BYTES;
  const firstChunk = Math.floor(range.start / header.chunkBytes);
  // A range past the stored chunks: the file is shorter than the one that was sealed.
  if (firstChunk >= chunks) throw blobTampered('the file is cut short');
  const lastChunk = Math.min(Math.floor(range.end / header.chunkBytes), chunks - 1);
  return {
    cipherStart: header.bytes.length + firstChunk * sealedChunk,
    cipherEnd: Math.min(header.bytes.length + (lastChunk + 1) * sealedChunk, storedBytes) - 1,
    firstChunk,
    endsAtFinal: lastChunk === chunks - 1,
    skip: range.start - firstChunk * header.chunkBytes,
    take: range.end - range.start + 1,
  };
}

/** Bytes received in pieces of any size, taken out in pieces of the size the format needs. */
class ByteQueue {
  private parts: Buffer[] = [];
  length = 0;

  push(bytes: Buffer): void {
    if (bytes.length === 0) return;
    this.parts.push(bytes);
    this.length += bytes.length;
  }

  /** The first `count` bytes (count ≤ length), removed from the queue. */
  take(count: number): Buffer {
    const first = this.parts[0];
    let out: Buffer;
    if (first === undefined || count === 0) {
      out = Buffer.alloc(0);
    } else if (first.length >= count) {
      out = first.subarray(0, count);
      if (first.length === count) this.parts.shift();
      else this.parts[0] = first.subarray(count);
    } else {
      out = Buffer.allocUnsafe(count);
      let filled = 0;
      while (filled < count) {
        const part = this.parts[0] as Buffer;
        const used = Math.min(part.length, count - filled);
        part.copy(out, filled, 0, used);
        filled += used;
        if (used === part.length) this.parts.shift();
        else this.parts[0] = part.subarray(used);
      }
    }
    this.length -= out.length;
    return out;
  }

  /** Everything queued, without removing it. */
  peek(): Buffer {
    if (this.parts.length > 1) this.parts = [Buffer.concat(this.parts)];
    return this.parts[0] ?? Buffer.alloc(0);
  }
}

function nonceOf(prefix: Buffer, counter: number, last: boolean): Buffer {
  if (counter >= MAX_CHUNKS) throw new Error('a file has more chunks than the nonce can count');
  const nonce = Buffer.alloc(PREFIX_BYTES + 5);
  prefix.copy(nonce, 0);
  nonce.writeUInt32BE(counter, PREFIX_BYTES);
  nonce[PREFIX_BYTES + 4] = last ? 1 : 0;
  return nonce;
}

function associatedData(header: BlobHeader, place: string): Buffer {
  return Buffer.concat([header.bytes, Buffer.from(place, 'utf8')]);
}

class SealStream extends Transform {
  private readonly queue = new ByteQueue();
  private readonly header: BlobHeader;
  private readonly associated: Buffer;
  private counter = 0;
  private headerSent = false;

  constructor(
    private readonly key: EncryptionKey,
    place: string,
    chunkBytes: number,
  ) {
    super();
    const id = Buffer.from(key.id, 'latin1');
    const bytes = Buffer.alloc(FIXED_HEADER_BYTES + id.length + PREFIX_BYTES);
    BLOB_MAGIC.copy(bytes, 0);
    bytes[BLOB_MAGIC.length] = VERSION;
    bytes.writeUInt32BE(chunkBytes, BLOB_MAGIC.length + 1);
    bytes[FIXED_HEADER_BYTES - 1] = id.length;
    id.copy(bytes, FIXED_HEADER_BYTES);
    randomBytes(PREFIX_BYTES).copy(bytes, FIXED_HEADER_BYTES + id.length);
    this.header = { keyId: key.id, chunkBytes, noncePrefix: bytes.subarray(bytes.length - PREFIX_BYTES), bytes };
    this.associated = associatedData(this.header, place);
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    try {
      this.queue.push(chunk);
      // A full chunk is sealed only once more bytes follow it: the last one carries the flag.
      while (this.queue.length > this.header.chunkBytes) this.sealChunk(this.queue.take(this.header.chunkBytes), false);
      callback();
    } catch (error) {
      callback(error as Error);
    }
  }

  override _flush(callback: TransformCallback): void {
    try {
      this.sealChunk(this.queue.take(this.queue.length), true);
      callback();
    } catch (error) {
      callback(error as Error);
    }
  }

  private sealChunk(plain: Buffer, last: boolean): void {
    if (!this.headerSent) {
      this.push(this.header.bytes);
      this.headerSent = true;
    }
    const cipher = createCipheriv('aes-256-gcm', this.key.key, nonceOf(this.header.noncePrefix, this.counter, last));
    cipher.setAAD(this.associated);
    const body = cipher.update(plain);
    cipher.final();
    this.push(Buffer.concat([body, cipher.getAuthTag()]));
    this.counter += 1;
  }
}

interface OpenOptions {
  /** Known when only a span of chunks is read; otherwise read from the stream's start. */
  header?: BlobHeader;
  span?: ChunkSpan;
}

class OpenStream extends Transform {
  private readonly queue = new ByteQueue();
  private header: BlobHeader | undefined;
  private plain = false;
  private key: Buffer | undefined;
  private associated: Buffer | undefined;
  private counter: number;
  private readonly endsAtFinal: boolean;
  private skip: number;
  private remaining: number;

  constructor(
    private readonly keys: ReadonlyMap<string, Buffer>,
    private readonly place: string,
    options: OpenOptions,
  ) {
    super();
    this.counter = options.span?.firstChunk ?? 0;
    this.endsAtFinal = options.span?.endsAtFinal ?? true;
    this.skip = options.span?.skip ?? 0;
    this.remaining = options.span?.take ?? Number.POSITIVE_INFINITY;
    if (options.header) this.useHeader(options.header);
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    try {
      if (this.plain) {
        callback(null, chunk);
        return;
      }
      this.queue.push(chunk);
      if (this.header === undefined && !this.detect(false)) {
        callback();
        return;
      }
      const sealedChunk = (this.header as BlobHeader).chunkBytes + TAG_BYTES;
      while (this.queue.length > sealedChunk) this.openChunk(this.queue.take(sealedChunk), false);
      callback();
    } catch (error) {
      callback(error as Error);
    }
  }

  override _flush(callback: TransformCallback): void {
    try {
      if (this.header === undefined && !this.plain) this.detect(true);
      if (this.plain) {
        callback();
        return;
      }
      if (this.queue.length < TAG_BYTES) throw blobTampered('the file is cut short');
      this.openChunk(this.queue.take(this.queue.length), this.endsAtFinal);
      callback();
    } catch (error) {
      callback(error as Error);
    }
  }

  /** Decides from the queued start whether the file is sealed; false while it cannot tell yet. */
  private detect(ended: boolean): boolean {
    const start = this.queue.peek();
    const header = ended ? headerOfStart(start) : readBlobHeader(start);
    if (header === 'more') return false;
    if (header === null || header === 'plain') {
      // Stored before encryption was turned on: served as it is.
      this.plain = true;
      this.push(this.queue.take(this.queue.length));
      return false;
    }
    this.queue.take(header.bytes.length);
    this.useHeader(header);
    return true;
  }

  private useHeader(header: BlobHeader): void {
    const key = this.keys.get(header.keyId);
    if (key === undefined) throw keyMissing(header.keyId);
    this.header = header;
    this.key = key;
    this.associated = associatedData(header, this.place);
  }

  private openChunk(sealed: Buffer, last: boolean): void {
    const header = this.header as BlobHeader;
    let plain: Buffer;
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.key as Buffer, nonceOf(header.noncePrefix, this.counter, last));
      decipher.setAAD(this.associated as Buffer);
      decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
      const body = decipher.update(sealed.subarray(0, sealed.length - TAG_BYTES));
      // Nothing of a chunk leaves before its tag is checked.
      decipher.final();
      plain = body;
    } catch (error) {
      throw blobTampered('it was altered, cut short, reordered or moved from another key', error);
    }
    this.counter += 1;
    if (this.skip > 0) {
      const skipped = Math.min(this.skip, plain.length);
      plain = plain.subarray(skipped);
      this.skip -= skipped;
    }
    if (plain.length > this.remaining) plain = plain.subarray(0, this.remaining);
    this.remaining -= plain.length;
    if (plain.length > 0) this.push(plain);
  }
}

export class BlobCipher {
  private readonly byId: Map<string, Buffer>;

  /** `chunkBytes` is for tests of the format; stored files name their own chunk size. */
  constructor(
    readonly keys: readonly EncryptionKey[],
    private readonly chunkBytes = DEFAULT_CHUNK_BYTES,
  ) {
    if (keys.length === 0) throw new Error('a BlobCipher needs at least one key');
    if (chunkBytes < MIN_CHUNK_BYTES || chunkBytes > MAX_CHUNK_BYTES) throw new Error(`chunk size ${chunkBytes} is out of bounds`);
    this.byId = new Map(keys.map((k) => [k.id, k.key]));
  }

  /** The key new files are sealed with. */
  get currentKeyId(): string {
    return (this.keys[0] as EncryptionKey).id;
  }

  /** Plaintext in, a sealed file out (header first), under the current key, bound to `place`. */
  sealStream(place: string): Transform {
    return new SealStream(this.keys[0] as EncryptionKey, place, this.chunkBytes);
  }

  /**
   * A whole stored file in, its plaintext out; a file without the header passes through as it
   * is. Errors (ENCRYPTION_KEY_MISSING, or INTERNAL for a file that fails authentication) come
   * before the bytes of the chunk at fault: what it emits is always authentic.
   */
  openStream(place: string): Transform {
    return new OpenStream(this.byId, place, {});
  }

  /**
   * The bytes from `span.cipherStart` to `span.cipherEnd` of a sealed file in (see chunkSpan),
   * exactly the plaintext range out.
   */
  openSpanStream(place: string, header: BlobHeader, span: ChunkSpan): Transform {
    return new OpenStream(this.byId, place, { header, span });
  }
}
