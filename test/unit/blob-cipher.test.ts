// The sealed-file format (src/crypto/blob-cipher.ts): round trips at every size around the chunk
// boundaries, ranges opened from their chunks alone, and every way of altering a file refused.
import { randomBytes } from 'node:crypto';
import { Readable, type Transform } from 'node:stream';
import { describe, expect, it } from 'vitest';
import {
  BLOB_MAGIC,
  BlobCipher,
  chunkSpan,
  headerOfStart,
  MAX_HEADER_BYTES,
  plainSizeOf,
  readBlobHeader,
  sealedSize,
} from '../../src/crypto/blob-cipher.js';
import type { EncryptionKey } from '../../src/crypto/keyring.js';
import { AppError } from '../../src/errors.js';

const CHUNK = 32;
const TAG = 16;
const key = (id: string): EncryptionKey => ({ id, key: randomBytes(32) });
const k1 = key('k1');
const k2 = key('k2');
const cipher = new BlobCipher([k1, k2], CHUNK);
const PLACE = 'ab/cd/01HXYZ';

/** Feeds `input` in pieces of the given sizes (cycled), collects the output. */
async function run(transform: Transform, input: Buffer, pieces: number[] = [7, 1, 64, 33]): Promise<Buffer> {
  const parts: Buffer[] = [];
  let at = 0;
  for (let i = 0; at < input.length; i++) {
    const size = pieces[i % pieces.length] as number;
    parts.push(input.subarray(at, at + size));
    at += size;
  }
  const out: Buffer[] = [];
  for await (const chunk of Readable.from(parts).pipe(transform)) out.push(chunk as Buffer);
  return Buffer.concat(out);
}

const seal = (plain: Buffer, place = PLACE, by = cipher) => run(by.sealStream(place), plain);
const open = (sealed: Buffer, place = PLACE, by = cipher) => run(by.openStream(place), sealed);

function header(sealed: Buffer) {
  const parsed = headerOfStart(sealed.subarray(0, MAX_HEADER_BYTES));
  if (parsed === null) throw new Error('not sealed');
  return parsed;
}

/** The sealed chunks of a file, header apart. */
function chunksOf(sealed: Buffer) {
  const h = header(sealed);
  const body = sealed.subarray(h.bytes.length);
  const chunks: Buffer[] = [];
  for (let at = 0; at < body.length; at += CHUNK + TAG) chunks.push(body.subarray(at, at + CHUNK + TAG));
  return { head: h.bytes, chunks };
}

async function expectRefused(promise: Promise<unknown>, code: 'INTERNAL' | 'ENCRYPTION_KEY_MISSING' = 'INTERNAL') {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
}

describe('sealed files', () => {
  it('round-trip at every size around the chunk boundaries, with the size known from the stored size', async () => {
    for (const size of [0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 2 * CHUNK, 3 * CHUNK + 5, 1000]) {
      const plain = randomBytes(size);
      const sealed = await seal(plain);
      expect(sealed.subarray(0, BLOB_MAGIC.length).equals(BLOB_MAGIC)).toBe(true);
      const h = header(sealed);
      expect(h.keyId).toBe('k1');
      expect(h.chunkBytes).toBe(CHUNK);
      expect(sealed.length).toBe(sealedSize(size, h));
      expect(plainSizeOf(sealed.length, h)).toBe(size);
      expect((await open(sealed)).equals(plain)).toBe(true);
    }
  });

  it('hold no plaintext, and two seals of one file differ (a random nonce prefix per file)', async () => {
    const plain = Buffer.from('PARLEY-UNIT-MARKER '.repeat(20));
    const a = await seal(plain);
    const b = await seal(plain);
    expect(a.includes(Buffer.from('PARLEY-UNIT-MARKER'))).toBe(false);
    expect(a.equals(b)).toBe(false);
  });

  it('open under any configured key; a key that is not configured is ENCRYPTION_KEY_MISSING', async () => {
    const plain = randomBytes(100);
    const underK2 = await seal(plain, PLACE, new BlobCipher([k2], CHUNK));
    expect(header(underK2).keyId).toBe('k2');
    expect((await open(underK2)).equals(plain)).toBe(true);
    await expectRefused(open(underK2, PLACE, new BlobCipher([k1], CHUNK)), 'ENCRYPTION_KEY_MISSING');
    // A key that kept its id but not its bytes opens nothing either.
    await expectRefused(open(underK2, PLACE, new BlobCipher([{ id: 'k2', key: randomBytes(32) }], CHUNK)));
  });

  it('are bound to their storage key: a file copied to another key does not open', async () => {
    const sealed = await seal(randomBytes(100));
    await expectRefused(open(sealed, 'ab/cd/01OTHER'));
  });

  it('refuse truncation: at a chunk boundary, inside a chunk, down to the header', async () => {
    const sealed = await seal(randomBytes(3 * CHUNK + 5));
    const { head, chunks } = chunksOf(sealed);
    expect(chunks).toHaveLength(4);
    await expectRefused(open(Buffer.concat([head, ...chunks.slice(0, 3)])));
    await expectRefused(open(Buffer.concat([head, ...chunks.slice(0, 1)])));
    await expectRefused(open(sealed.subarray(0, sealed.length - 1)));
    await expectRefused(open(sealed.subarray(0, sealed.length - TAG - 3)));
    await expectRefused(open(head));
    await expectRefused(open(sealed.subarray(0, head.length - 2)));
    // A full multiple of the chunk size: the last full chunk carries the flag, so dropping an empty tail is not possible.
    const even = chunksOf(await seal(randomBytes(2 * CHUNK)));
    expect(even.chunks).toHaveLength(2);
    await expectRefused(open(Buffer.concat([even.head, ...even.chunks.slice(0, 1)])));
  });

  it('refuse chunks swapped, repeated or appended', async () => {
    const sealed = await seal(randomBytes(3 * CHUNK + 5));
    const { head, chunks } = chunksOf(sealed);
    const [c0, c1, c2, c3] = chunks as [Buffer, Buffer, Buffer, Buffer];
    await expectRefused(open(Buffer.concat([head, c1, c0, c2, c3])));
    await expectRefused(open(Buffer.concat([head, c0, c0, c2, c3])));
    await expectRefused(open(Buffer.concat([head, c0, c1, c2, c3, c3])));
    await expectRefused(open(Buffer.concat([sealed, Buffer.from([0])])));
    // A chunk from another file sealed under the same key and storage key, at the same position.
    const other = chunksOf(await seal(randomBytes(3 * CHUNK + 5)));
    await expectRefused(open(Buffer.concat([head, c0, other.chunks[1] as Buffer, c2, c3])));
  });

  it('refuse any altered byte, header included', async () => {
    const sealed = await seal(randomBytes(2 * CHUNK + 3));
    const h = header(sealed);
    for (let at = 0; at < sealed.length; at++) {
      // The magic altered makes the file read as plaintext: it then opens as the stored bytes, never as the plaintext.
      if (at < BLOB_MAGIC.length) continue;
      const altered = Buffer.from(sealed);
      altered[at] = (altered[at] as number) ^ 0x01;
      const refusal = open(altered).then(
        () => 'opened',
        (error: unknown) => (error instanceof AppError ? error.code : 'other'),
      );
      // The key id byte changed names a key that is not there; everything else fails authentication.
      expect(['INTERNAL', 'ENCRYPTION_KEY_MISSING']).toContain(await refusal);
    }
    expect(h.bytes.length).toBeLessThanOrEqual(MAX_HEADER_BYTES);
  });

  it('emit nothing of a chunk that fails: at most the authentic chunks before it, then the error', async () => {
    const plain = randomBytes(3 * CHUNK);
    const sealed = await seal(plain);
    const h = header(sealed);
    const altered = Buffer.from(sealed);
    const inThird = h.bytes.length + 2 * (CHUNK + TAG) + 4;
    altered[inThird] = (altered[inThird] as number) ^ 0xff;
    const received: Buffer[] = [];
    const opening = cipher.openStream(PLACE);
    Readable.from([altered]).pipe(opening);
    const error = await (async () => {
      try {
        for await (const chunk of opening) received.push(chunk as Buffer);
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(AppError);
    // Whatever arrived is authentic plaintext, and none of the third chunk.
    const got = Buffer.concat(received);
    expect(got.length).toBeLessThanOrEqual(2 * CHUNK);
    expect(got.equals(plain.subarray(0, got.length))).toBe(true);
  });

  it('pass through files stored before encryption was turned on', async () => {
    for (const plain of [Buffer.from('%PDF-1.4 hello'), Buffer.from([0x89, 0x50]), Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3, 4, 5, 6]), Buffer.alloc(0)]) {
      expect((await open(plain)).equals(plain)).toBe(true);
    }
    expect(readBlobHeader(Buffer.from('%PDF'))).toBe('plain');
    expect(readBlobHeader(BLOB_MAGIC.subarray(0, 3))).toBe('more');
  });

  it('open any range from the chunks that cover it alone', async () => {
    const sizes = [1, CHUNK, CHUNK + 1, 3 * CHUNK + 5];
    for (const size of sizes) {
      const plain = randomBytes(size);
      const sealed = await seal(plain);
      const h = header(sealed);
      for (let start = 0; start < size; start++) {
        for (let end = start; end < size; end += 1 + Math.floor(size / 7)) {
          const span = chunkSpan(h, sealed.length, { start, end });
          const read = sealed.subarray(span.cipherStart, span.cipherEnd + 1);
          // Whole chunks only, and no more of them than the range needs.
          expect(span.cipherStart).toBeGreaterThanOrEqual(h.bytes.length);
          expect(read.length).toBeLessThanOrEqual((Math.floor(end / CHUNK) - Math.floor(start / CHUNK) + 1) * (CHUNK + TAG));
          const opened = await run(cipher.openSpanStream(PLACE, h, span), read);
          expect(opened.equals(plain.subarray(start, end + 1))).toBe(true);
        }
      }
    }
  });

  it('refuse a range whose chunk is altered, moved or cut', async () => {
    const plain = randomBytes(3 * CHUNK + 5);
    const sealed = await seal(plain);
    const h = header(sealed);
    const span = chunkSpan(h, sealed.length, { start: CHUNK + 2, end: 2 * CHUNK + 3 });
    expect(span.firstChunk).toBe(1);
    expect(span.endsAtFinal).toBe(false);
    const read = Buffer.from(sealed.subarray(span.cipherStart, span.cipherEnd + 1));
    expect((await run(cipher.openSpanStream(PLACE, h, span), read)).equals(plain.subarray(CHUNK + 2, 2 * CHUNK + 4))).toBe(true);
    // The same bytes presented as chunks 0 and 1: the counter differs.
    await expectRefused(run(cipher.openSpanStream(PLACE, h, { ...span, firstChunk: 0 }), read));
    // Presented as reaching the end: the last flag differs.
    await expectRefused(run(cipher.openSpanStream(PLACE, h, { ...span, endsAtFinal: true }), read));
    await expectRefused(run(cipher.openSpanStream(PLACE, h, span), read.subarray(0, read.length - 1)));
    await expectRefused(run(cipher.openSpanStream('ab/cd/01OTHER', h, span), read));
    read[5] = (read[5] as number) ^ 0x01;
    await expectRefused(run(cipher.openSpanStream(PLACE, h, span), read));
  });

  it('refuse a header of a version this build does not know', async () => {
    const sealed = await seal(randomBytes(10));
    const altered = Buffer.from(sealed);
    altered[BLOB_MAGIC.length] = 2;
    await expectRefused(open(altered));
    expect(() => headerOfStart(altered.subarray(0, MAX_HEADER_BYTES))).toThrow(/version 2/);
  });
});
