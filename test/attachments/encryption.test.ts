// Attachment bytes and thumbnails encrypted at rest (ENCRYPTION_KEYS), with the local-folder
// driver and with the S3 driver against a real S3-compatible server: what users download is
// what they uploaded, whole and by range; the upload folder and the bucket's files hold no
// plaintext; files stored before encryption are served and resealed; a file under a key that
// is gone, altered or moved is an error, never bytes.
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { rm, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blobKeys } from '../../src/attachments/blob-store.js';
import { EncryptedBlobStore } from '../../src/attachments/encrypted-blob-store.js';
import { BLOB_MAGIC, BlobCipher } from '../../src/crypto/blob-cipher.js';
import type { EncryptionKey } from '../../src/crypto/keyring.js';
import { DRIVERS, fetchLink, filesContaining, jpegWithGps, type S3Server, startS3, upload } from '../support/attachments.js';
import { asUser, buildConversation, startServer, type TestServer, uniqueId } from '../support/harness.js';

const MARKER = Buffer.from('PARLEY-AT-REST-MARKER-7f3a91');
const k1: EncryptionKey = { id: 'k1', key: randomBytes(32) };
const k2: EncryptionKey = { id: 'k2', key: randomBytes(32) };

/** A PDF of about 200 KB (four 64 KiB chunks) with the marker all through it, across chunk boundaries too. */
function markedPdf(size = 200_000): Buffer {
  const bytes = Buffer.alloc(size, 0x20);
  bytes.write('%PDF-1.4\n');
  for (let at = 100; at + MARKER.length < size; at += 9_973) MARKER.copy(bytes, at);
  if (size > 65_536) MARKER.copy(bytes, 65_536 - 10);
  return bytes;
}

async function bytesOf(response: Response): Promise<Buffer> {
  return Buffer.from(await response.arrayBuffer());
}

/** 32 bytes from the middle of a file: found in storage only if the file is stored as it is served. */
const middleOf = (bytes: Buffer) => bytes.subarray(Math.floor(bytes.length / 2), Math.floor(bytes.length / 2) + 32);

describe.each(DRIVERS)('attachments encrypted at rest with the %s driver', (driver) => {
  let server: TestServer;
  let s3: S3Server | undefined;
  let blobs: EncryptedBlobStore;

  beforeAll(async () => {
    s3 = driver === 's3' ? await startS3() : undefined;
    server = await startServer('sqlite', {
      ENCRYPTION_KEYS: `${k1.id}:${k1.key.toString('base64')}`,
      ...(s3?.env ?? {}),
    });
    blobs = server.parley.ctx.attachments.blobs as EncryptedBlobStore;
  });
  afterAll(async () => {
    await server?.stop();
    await s3?.stop();
  });

  /** Every folder where stored bytes (and bytes being checked) live as files. */
  const storageFolders = () => [server.parley.ctx.config.attachments.uploadDir, ...(s3 ? [s3.directory] : [])];

  async function storedBytes(key: string): Promise<Buffer> {
    const chunks: Buffer[] = [];
    for await (const chunk of await blobs.underlying.read(key)) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  }

  /** Puts these bytes under `key` in the underlying store, as they are. */
  async function storeRaw(key: string, bytes: Buffer): Promise<void> {
    const file = path.join(server.parley.ctx.attachments.stagingDir, `raw-${uniqueId()}`);
    await writeFile(file, bytes);
    await blobs.underlying.put(key, file, { contentType: 'application/octet-stream', size: bytes.length });
  }

  async function uploadPdf(userId: string, bytes = markedPdf()) {
    const response = await upload(server, userId, { name: 'quote.pdf', bytes, type: 'application/pdf' });
    expect(response.status).toBe(201);
    return { attachment: response.body as { id: string; url: string; size: number }, bytes };
  }

  const errorCodeOf = async (response: Response) => ((await response.json()) as { error: { code: string } }).error.code;

  it('stores a photo, its thumbnail and a PDF encrypted, and serves them as uploaded, whole and by range', async () => {
    expect(blobs).toBeInstanceOf(EncryptedBlobStore);
    const alice = uniqueId('alice');
    const bob = uniqueId('bob');
    const conversation = await buildConversation(server, alice, [bob]);
    const photo = await upload(server, alice, { name: 'scratch.jpg', bytes: await jpegWithGps(400, 200, 6), type: 'image/jpeg' }, { conversationId: conversation.id });
    expect(photo.status).toBe(201);
    const { attachment: pdf, bytes: pdfBytes } = await uploadPdf(alice);
    expect(pdf.size).toBe(pdfBytes.length);
    const sent = await asUser(server, alice).post(`/conversations/${conversation.id}/messages`, {
      content: 'the photo and the quote',
      attachmentIds: [photo.body.id, pdf.id],
    });
    expect(sent.status).toBe(201);
    const [seenPhoto, seenPdf] = (await asUser(server, bob).get(`/messages/${sent.body.id}`)).body.attachments;

    // The photo as users get it today: upright, stripped, its stated size.
    const photoDownload = await fetchLink(server, seenPhoto.url);
    expect(photoDownload.status).toBe(200);
    // Served by Parley, which opens the file; the bucket's ciphertext is never linked to.
    expect(photoDownload.redirected).toBe(false);
    const photoBytes = await bytesOf(photoDownload);
    expect(photoBytes.length).toBe(seenPhoto.size);
    const metadata = await sharp(photoBytes).metadata();
    expect(metadata.exif).toBeUndefined();
    expect([metadata.width, metadata.height]).toEqual([200, 400]);
    const thumbnail = await fetchLink(server, seenPhoto.thumbnailUrl);
    expect(thumbnail.status).toBe(200);
    const thumbnailBytes = await bytesOf(thumbnail);
    expect(Number(thumbnail.headers.get('content-length'))).toBe(thumbnailBytes.length);
    expect((await sharp(thumbnailBytes).metadata()).format).toBe('webp');

    const pdfDownload = await fetchLink(server, seenPdf.url);
    expect(pdfDownload.status).toBe(200);
    expect((await bytesOf(pdfDownload)).equals(pdfBytes)).toBe(true);
    // Ranges within one chunk, across chunk boundaries, to the end, and as a suffix.
    for (const [header, start, end] of [
      ['bytes=10-20', 10, 20],
      ['bytes=65530-131090', 65_530, 131_090],
      ['bytes=196000-', 196_000, pdfBytes.length - 1],
      ['bytes=-100', pdfBytes.length - 100, pdfBytes.length - 1],
    ] as const) {
      const partial = await fetchLink(server, seenPdf.url, { range: header });
      expect(partial.status).toBe(206);
      expect(partial.headers.get('content-range')).toBe(`bytes ${start}-${end}/${pdfBytes.length}`);
      expect((await bytesOf(partial)).equals(pdfBytes.subarray(start, end + 1))).toBe(true);
    }
    const photoRange = await fetchLink(server, seenPhoto.url, { range: 'bytes=100-199' });
    expect(photoRange.status).toBe(206);
    expect((await bytesOf(photoRange)).equals(photoBytes.subarray(100, 200))).toBe(true);

    // Nothing of the three, as users see them, is in any stored file.
    await server.parley.ctx.attachments.thumbnails.idle();
    const scan = await filesContaining(storageFolders(), [MARKER, middleOf(photoBytes), middleOf(thumbnailBytes)]);
    expect(scan.files).toBeGreaterThanOrEqual(3);
    expect(scan.found).toEqual([]);
    for (const key of [blobKeys(photo.body.id).file, blobKeys(photo.body.id).thumbnail, blobKeys(pdf.id).file]) {
      expect((await storedBytes(key)).subarray(0, BLOB_MAGIC.length).equals(BLOB_MAGIC)).toBe(true);
      expect(await blobs.keyIdOf(key)).toBe('k1');
    }
  });

  it('removes the plaintext of an upload a crash left in the staging folder, once no upload can still be using it', async () => {
    const staging = server.parley.ctx.attachments.stagingDir;
    const [abandoned, current] = [path.join(staging, `crashed-${uniqueId()}`), path.join(staging, `arriving-${uniqueId()}`)];
    await writeFile(abandoned, MARKER);
    await writeFile(current, MARKER);
    // Written before the longest an upload may take (5 minutes to arrive, 5 to be checked), and a minute.
    const longAgo = new Date(Date.now() - 11 * 60_000);
    await utimes(abandoned, longAgo, longAgo);
    await server.parley.ctx.attachments.sweep();
    expect(existsSync(abandoned)).toBe(false);
    expect(existsSync(current)).toBe(true);
    await rm(current);
  });

  it('serves a file stored before encryption was turned on, and reseal() seals it under the first key', async () => {
    const alice = uniqueId('alice');
    const { attachment, bytes } = await uploadPdf(alice);
    const key = blobKeys(attachment.id).file;
    // As it was stored with encryption off: the plaintext under its key. The scan sees it.
    await storeRaw(key, bytes);
    expect((await filesContaining(storageFolders(), [MARKER])).found).not.toEqual([]);
    expect(await blobs.keyIdOf(key)).toBeNull();
    expect(await blobs.size(key)).toBe(bytes.length);
    expect((await bytesOf(await fetchLink(server, attachment.url))).equals(bytes)).toBe(true);
    const partial = await fetchLink(server, attachment.url, { range: 'bytes=70000-70100' });
    expect((await bytesOf(partial)).equals(bytes.subarray(70_000, 70_101))).toBe(true);

    expect(await blobs.reseal(key)).toBe('resealed');
    expect(await blobs.keyIdOf(key)).toBe('k1');
    expect(await blobs.reseal(key)).toBe('current');
    expect((await filesContaining(storageFolders(), [MARKER])).found).toEqual([]);
    expect((await bytesOf(await fetchLink(server, attachment.url))).equals(bytes)).toBe(true);
    expect(await blobs.reseal(blobKeys('01NOTHINGSTOREDHERE0000000').file)).toBe('missing');
    expect(await blobs.keyIdOf(blobKeys('01NOTHINGSTOREDHERE0000000').file)).toBeUndefined();
  });

  it('answers ENCRYPTION_KEY_MISSING, never bytes, for a file under a key that is not configured', async () => {
    const alice = uniqueId('alice');
    const photo = await upload(server, alice, { name: 'a.jpg', bytes: await jpegWithGps(), type: 'image/jpeg' });
    expect(photo.status).toBe(201);
    await server.parley.ctx.attachments.thumbnails.ensure(photo.body.id);
    const keys = blobKeys(photo.body.id);
    // Rotated to k2 by an instance that has it, which this one does not: as if k2 were removed here.
    const rotated = new EncryptedBlobStore(blobs.underlying, new BlobCipher([k2, k1]), server.parley.ctx.attachments.stagingDir);
    expect(await rotated.reseal(keys.file)).toBe('resealed');
    expect(await rotated.reseal(keys.thumbnail)).toBe('resealed');
    expect(await blobs.keyIdOf(keys.file)).toBe('k2');
    const before = await storedBytes(keys.file);

    for (const [link, headers] of [
      [photo.body.url, {}],
      [photo.body.url, { range: 'bytes=0-99' }],
      [photo.body.thumbnailUrl, {}],
    ] as const) {
      const response = await fetchLink(server, link, headers);
      expect(response.status).toBe(500);
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      expect(await errorCodeOf(response)).toBe('ENCRYPTION_KEY_MISSING');
    }
    // This instance cannot reseal it either; the stored file stays as it was.
    await expect(blobs.reseal(keys.file)).rejects.toMatchObject({ code: 'ENCRYPTION_KEY_MISSING' });
    expect((await storedBytes(keys.file)).equals(before)).toBe(true);
    // The instance with k2 still opens it.
    const opened: Buffer[] = [];
    for await (const chunk of await rotated.read(keys.file)) opened.push(chunk as Buffer);
    expect(Buffer.concat(opened).length).toBe(photo.body.size);
  });

  it('refuses an altered file: an error before any byte when the start is altered, a cut stream when a later chunk is', async () => {
    const alice = uniqueId('alice');
    const { attachment, bytes } = await uploadPdf(alice);
    const key = blobKeys(attachment.id).file;
    const sealed = await storedBytes(key);
    const flipped = (at: number) => {
      const altered = Buffer.from(sealed);
      altered[at] = (altered[at] as number) ^ 0x01;
      return altered;
    };

    await storeRaw(key, flipped(100));
    for (const headers of [{}, { range: 'bytes=0-99' }] as Record<string, string>[]) {
      const response = await fetchLink(server, attachment.url, headers);
      expect(response.status).toBe(500);
      expect(await errorCodeOf(response)).toBe('INTERNAL');
    }

    // The third chunk altered: the answer has begun, so it is cut short before that chunk's bytes.
    const headerBytes = sealed.length - bytes.length - 4 * 16;
    await storeRaw(key, flipped(headerBytes + 2 * (65_536 + 16) + 100));
    const whole = await fetchLink(server, attachment.url);
    expect(whole.status).toBe(200);
    const received = await whole.arrayBuffer().then(
      (body) => Buffer.from(body),
      () => 'cut',
    );
    expect(received).toBe('cut');
    // Ranges that need only intact chunks are still served; one that needs the altered chunk is not.
    const intact = await fetchLink(server, attachment.url, { range: 'bytes=0-65535' });
    expect(intact.status).toBe(206);
    expect((await bytesOf(intact)).equals(bytes.subarray(0, 65_536))).toBe(true);
    expect((await fetchLink(server, attachment.url, { range: 'bytes=140000-140010' })).status).toBe(500);

    // Cut short: a range beyond what is left says the file could not be decrypted.
    await storeRaw(key, sealed.subarray(0, 100_000));
    const beyond = await fetchLink(server, attachment.url, { range: `bytes=${bytes.length - 10}-${bytes.length - 1}` });
    expect(beyond.status).toBe(500);
    expect(await beyond.json()).toMatchObject({ error: { code: 'INTERNAL', message: expect.stringContaining('could not be decrypted') } });

    // A sealed file copied under another attachment's key does not open there.
    const other = await uploadPdf(alice, markedPdf(1000));
    await storeRaw(blobKeys(other.attachment.id).file, sealed);
    const moved = await fetchLink(server, other.attachment.url);
    expect(moved.status).toBe(500);
    expect(await errorCodeOf(moved)).toBe('INTERNAL');
  });

  it.runIf(driver === 's3')('refuses direct uploads with 409: the store would hold the plaintext', async () => {
    const response = await asUser(server, uniqueId('alice')).post('/attachments/uploads', { name: 'a.pdf', mimeType: 'application/pdf', size: 1000 });
    expect(response.status).toBe(409);
    expect(response.body.error.message).toMatch(/encrypted at rest/);
  });

  it.runIf(driver === 'local')('keeps answering 404 for direct uploads with local storage', async () => {
    const response = await asUser(server, uniqueId('alice')).post('/attachments/uploads', { name: 'a.pdf', mimeType: 'application/pdf', size: 1000 });
    expect(response.status).toBe(404);
  });
});
