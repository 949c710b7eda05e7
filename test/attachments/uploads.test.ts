// Uploads and downloads on real SQLite and PostgreSQL, with the local-folder driver and with the
// S3 driver against a real S3-compatible server (s3rver) on loopback.
import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  abortedUpload,
  DRIVERS,
  executable,
  fetchLink,
  jpegWithGps,
  pdf,
  png,
  pngDeclaring,
  refusedWhileSending,
  type S3Server,
  stagedFiles,
  startS3,
  storedObjects,
  upload,
  uploadRaw,
  compoundDocument,
} from '../support/attachments.js';
import { asUser, buildConversation, startServer, type TestServer, uniqueId } from '../support/harness.js';
import { waitUntil } from '../support/wait.js';
import { databaseKinds } from '../support/services.js';

const MAX_IMAGE_BYTES = 60_000;
const MAX_FILE_BYTES = 100_000;

const combos = databaseKinds().flatMap((database) => DRIVERS.map((driver) => ({ database, driver })));

describe.each(combos)('attachments on $database with the $driver driver', ({ database, driver }) => {
  let server: TestServer;
  let s3: S3Server | undefined;

  beforeAll(async () => {
    s3 = driver === 's3' ? await startS3() : undefined;
    server = await startServer(database, {
      MAX_IMAGE_BYTES: String(MAX_IMAGE_BYTES),
      MAX_FILE_BYTES: String(MAX_FILE_BYTES),
      MAX_IMAGE_PIXELS: '4000000',
      ...(s3?.env ?? {}),
    });
  });
  afterAll(async () => {
    await server?.stop();
    await s3?.stop();
  });

  /** What storage holds once background work (thumbnails) has settled. */
  async function snapshot(): Promise<string[]> {
    await server.parley.ctx.attachments.thumbnails.idle();
    return storedObjects(server);
  }

  /** Nothing new in storage or staging after a refused upload. */
  async function expectNothingLeft(before: string[]) {
    expect(await storedObjects(server)).toEqual(before);
    expect(await stagedFiles(server)).toEqual([]);
  }

  it('stores a photo upright, without EXIF or GPS, with its size and a WebP thumbnail', async () => {
    const alice = uniqueId('alice');
    const original = await jpegWithGps(400, 200, 6);
    const before = await sharp(original).metadata();
    expect(before.exif).toBeDefined();
    expect(before.orientation).toBe(6);

    const response = await upload(server, alice, { name: 'scratch.jpg', bytes: original, type: 'image/jpeg' });
    expect(response.status).toBe(201);
    const attachment = response.body;
    expect(attachment).toMatchObject({ name: 'scratch.jpg', mimeType: 'image/jpeg', width: 200, height: 400 });
    expect(attachment.url).toContain('sig=');
    expect(attachment.thumbnailUrl).toContain('/thumbnail?');

    // The signed link works without any header (as <img src> would).
    const download = await fetchLink(server, attachment.url);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('image/jpeg');
    const bytes = Buffer.from(await download.arrayBuffer());
    expect(bytes.length).toBe(attachment.size);
    const after = await sharp(bytes).metadata();
    expect(after.exif).toBeUndefined();
    expect(after.orientation).toBeUndefined();
    expect([after.width, after.height]).toEqual([200, 400]);
    expect(bytes.includes(Buffer.from('ParleyCam'))).toBe(false);
    expect(bytes.includes(Buffer.from('GPS'))).toBe(false);

    const thumbnail = await fetchLink(server, attachment.thumbnailUrl);
    expect(thumbnail.status).toBe(200);
    const thumb = await sharp(Buffer.from(await thumbnail.arrayBuffer())).metadata();
    expect(thumb.format).toBe('webp');
    expect(Math.max(thumb.width ?? 0, thumb.height ?? 0)).toBeLessThanOrEqual(320);
  });

  it('serves documents as downloads with nosniff and a sandbox, byte for byte', async () => {
    const alice = uniqueId('alice');
    const text = Buffer.from('Quote for the repair: 120 EUR, parts included.\n'.repeat(20));
    const response = await upload(server, alice, { name: 'quote.txt', bytes: text, type: 'text/plain' });
    expect(response.status).toBe(201);
    expect(response.body.mimeType).toBe('text/plain; charset=utf-8');
    expect(response.body.thumbnailUrl).toBeNull();
    const download = await fetchLink(server, response.body.url);
    expect(download.status).toBe(200);
    expect(Buffer.from(await download.arrayBuffer()).equals(text)).toBe(true);
    if (driver === 'local') {
      expect(download.headers.get('content-disposition')).toMatch(/^attachment; filename="quote.txt"/);
      expect(download.headers.get('x-content-type-options')).toBe('nosniff');
      expect(download.headers.get('content-security-policy')).toMatch(/sandbox/);
      expect(download.headers.get('cache-control')).toBe('private, max-age=300');
    } else {
      expect(download.url).not.toContain('/api/v1/');
      expect(download.headers.get('content-disposition')).toMatch(/^attachment; filename="quote.txt"/);
      // The store's own answer is private too: no shared cache in front of the bucket keeps it.
      expect(download.headers.get('cache-control')).toBe('private, max-age=300');
    }
  });

  it('keeps a file under a name that ends as its type does: a text sent as page.html downloads as page.html.txt', async () => {
    const alice = uniqueId('alice');
    const page = await upload(server, alice, { name: 'page.html', bytes: Buffer.from('see <b>this</b> in bold'), type: 'text/html' });
    expect(page.status).toBe(201);
    expect(page.body).toMatchObject({ name: 'page.html.txt', mimeType: 'text/plain; charset=utf-8' });
    const download = await fetchLink(server, page.body.url);
    expect(download.headers.get('content-disposition')).toMatch(/^attachment; filename="page.html.txt"/);
    const disguised = await upload(server, alice, { name: 'photo.jpg', bytes: pdf(1000), type: 'image/jpeg' });
    expect(disguised.body).toMatchObject({ name: 'photo.jpg.pdf', mimeType: 'application/pdf' });
    const fine = await upload(server, alice, { name: 'Scratch.PNG', bytes: await png() });
    expect(fine.body.name).toBe('Scratch.PNG');
  });

  it('keeps a name as the user chose it: accents, dashes and the quotes a browser sends as %22', async () => {
    const alice = uniqueId('alice');
    const name = 'Tarifs café – été "final".pdf';
    const quoted = await upload(server, alice, { name, bytes: pdf(500), type: 'application/pdf' });
    expect(quoted.status).toBe(201);
    expect(quoted.body.name).toBe(name);
    const download = await fetchLink(server, quoted.body.url);
    expect(download.headers.get('content-disposition')).toBe(
      `attachment; filename="Tarifs caf_ _ _t_ _final_.pdf"; filename*=UTF-8''${encodeURIComponent(name)}`,
    );
  });

  it('answers single byte ranges with 206 (for audio and video seeking)', async () => {
    const alice = uniqueId('alice');
    const text = Buffer.from('0123456789abcdefghijklmnopqrstuvwxyz');
    const { body } = await upload(server, alice, { name: 'range.txt', bytes: text });
    const partial = await fetchLink(server, body.url, { range: 'bytes=10-15' });
    expect(partial.status).toBe(206);
    expect(await partial.text()).toBe('abcdef');
    expect(partial.headers.get('content-range')).toBe(`bytes 10-15/${text.length}`);
    // s3rver answers suffix ranges with the start of the object; S3 itself serves them.
    if (driver === 's3') return;
    const suffix = await fetchLink(server, body.url, { range: 'bytes=-4' });
    expect(suffix.status).toBe(206);
    expect(await suffix.text()).toBe('wxyz');
    // A download resumed once it was complete: 416, naming the size.
    for (const past of [`bytes=${text.length}-`, `bytes=${text.length + 10}-${text.length + 20}`]) {
      const refused = await fetchLink(server, body.url, { range: past });
      expect(refused.status).toBe(416);
      expect(refused.headers.get('content-range')).toBe(`bytes */${text.length}`);
      expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('RANGE_NOT_SATISFIABLE');
    }
    // Under If-Range the range holds only for a validator of this file; Parley gives none: the whole file.
    const conditional = await fetchLink(server, body.url, { range: 'bytes=0-4', 'if-range': '"some-etag"' });
    expect(conditional.status).toBe(200);
    expect(await conditional.text()).toBe(text.toString());
  });

  it('refuses altered and expired links, and links made for someone else', async () => {
    const alice = uniqueId('alice');
    const { body } = await upload(server, alice, { name: 'a.png', bytes: await png() });
    const url = new URL(body.url, server.baseUrl);
    const altered = (name: string, value: string) => {
      const copy = new URL(url);
      copy.searchParams.set(name, value);
      return copy.toString();
    };
    const sig = url.searchParams.get('sig') as string;
    for (const link of [
      altered('sig', `${sig.slice(0, -1)}${sig.endsWith('A') ? 'B' : 'A'}`),
      altered('u', uniqueId('mallory')),
      altered('exp', String(Number(url.searchParams.get('exp')) + 3600)),
      url.toString().replace(body.id, `${body.id.slice(0, -1)}${body.id.endsWith('0') ? '1' : '0'}`),
      url.toString().replace(`/attachments/${body.id}?`, `/attachments/${body.id}/thumbnail?`),
    ]) {
      const response = await fetch(link);
      expect([403, 404]).toContain(response.status);
      const error = (await response.json()) as { error: { code: string } };
      expect(['FORBIDDEN', 'NOT_FOUND']).toContain(error.error.code);
    }
    const signer = server.parley.ctx.attachments.signer;
    // A link lives for ATTACHMENT_URL_TTL_SECONDS at least, whenever in the rounding step it is made.
    const ttl = server.parley.ctx.config.attachments.urlTtlSeconds;
    for (let offset = 0; offset < ttl * 1000; offset += 7_001) {
      const madeAt = Date.now() + offset;
      const lifetime = Number(new URL(signer.sign(body.id, 'file', alice, madeAt), server.baseUrl).searchParams.get('exp')) * 1000 - madeAt;
      expect(lifetime).toBeGreaterThanOrEqual(ttl * 1000);
      expect(lifetime).toBeLessThanOrEqual(ttl * 1.2 * 1000 + 1000);
    }
    const expired = signer.sign(body.id, 'file', alice, Date.now() - 3_600_000);
    const response = await fetchLink(server, expired);
    expect(response.status).toBe(403);
    expect(((await response.json()) as { error: { message: string } }).error.message).toMatch(/expired/);
  });

  it('answers 404 to an outsider on every attachment route, and 401 without credentials or a link', async () => {
    const alice = uniqueId('alice');
    const bob = uniqueId('bob');
    const outsider = uniqueId('eve');
    const conversation = await buildConversation(server, alice, [bob]);
    const { body } = await upload(server, alice, { name: 'p.png', bytes: await png() }, { conversationId: conversation.id });
    expect(body.id).toBeDefined();
    const eve = asUser(server, outsider);
    expect((await eve.get(`/attachments/${body.id}`)).status).toBe(404);
    expect((await eve.get(`/attachments/${body.id}/thumbnail`)).status).toBe(404);
    expect((await eve.post(`/attachments/${body.id}/complete`)).status).toBe(404);
    // Not sent yet: the other participant does not see it either.
    expect((await asUser(server, bob).get(`/attachments/${body.id}`)).status).toBe(404);
    // A link signed for the outsider opens nothing.
    const forEve = server.parley.ctx.attachments.signer.sign(body.id, 'file', outsider);
    expect((await fetchLink(server, forEve)).status).toBe(404);
    // Uploading into a conversation one is not in.
    const intoTheirs = await upload(server, outsider, { name: 'x.png', bytes: await png() }, { conversationId: conversation.id });
    expect(intoTheirs.status).toBe(404);
    expect((await asUser(server, outsider).post('/attachments/uploads', { name: 'a.pdf', mimeType: 'application/pdf', size: 10, conversationId: conversation.id })).status).toBe(404);
    // Without credentials or a link: 401, the same for a file that does not exist.
    expect((await fetch(`${server.prefix}/attachments/${body.id}`)).status).toBe(401);
    expect((await fetch(`${server.prefix}/attachments/${body.id}/thumbnail`)).status).toBe(401);
    expect((await fetch(`${server.prefix}/attachments/no-such-file`)).status).toBe(401);
  });

  describe('bad input: a clear error, never a 500, never a file left behind', () => {
    it('an executable that calls itself a PNG is 415', async () => {
      const before = await snapshot();
      const response = await upload(server, uniqueId('u'), { name: 'photo.png', bytes: executable(), type: 'image/png' });
      expect(response.status).toBe(415);
      expect(response.body.error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
      await expectNothingLeft(before);
    });

    it('markup a browser would run is 415', async () => {
      const before = await snapshot();
      for (const [name, content] of [
        ['x.svg', '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'],
        ['x.html', '<!DOCTYPE html><html><script>alert(1)</script></html>'],
        ['x.txt', '<?xml version="1.0"?><a/>'],
        // Markup after a comment, a tag that is no document's, or below a first line of text.
        ['logo.svg', '<!-- logo -->\n<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"></svg>'],
        ['img.html', '<img src=x onerror=alert(1)>\n'],
        ['meta.txt', 'see below\n<meta http-equiv="refresh" content="0;url=https://evil.example">'],
        ['later.txt', `${'notes '.repeat(12_000)}\n<!DOCTYPE html><html><body>hi</body></html>`],
        // A "/" ends a tag's name for a browser as a blank does.
        ['slash-script.txt', 'notes\n<script/src=//evil.example/x.js></script>'],
        ['slash-svg.txt', 'notes\n<svg/onload=alert(1)>'],
        ['slash-iframe.txt', 'notes\n<IFRAME/src=//evil.example>'],
        ['slash-html.txt', 'notes\n<html/>'],
        ['slash-meta.txt', 'notes\n<meta/http-equiv="refresh" content="0;url=https://evil.example">'],
        // Below some text: an element that makes a page, a handler or a javascript: link on any tag, a namespaced script.
        ['body.txt', 'notes\n<body onload=alert(1)>'],
        ['img.txt', 'notes\n<img src=x\nonerror=alert(1)>'],
        ['frames.txt', 'notes\n<frameset><frame src=https://evil.example></frameset>'],
        ['form.txt', 'notes\n<form action=https://evil.example><input name=pw></form>'],
        ['xhtml.txt', 'notes\n<x:script xmlns:x="http://www.w3.org/1999/xhtml">alert(1)</x:script>'],
        ['link.txt', 'notes\n<a href="javascript:alert(1)">click</a>'],
      ] as const) {
        const response = await upload(server, uniqueId('u'), { name, bytes: Buffer.from(content), type: 'text/plain' });
        expect(response.status).toBe(415);
      }
      await expectNothingLeft(before);
    });

    it('an old Word file is taken by its bytes, whatever its name; another compound document is 415', async () => {
      const user = uniqueId('u');
      // WordDocument in the directory's second sector: found by following the chain.
      const word = compoundDocument(['1Table', 'CompObj', 'SummaryInformation', 'Data', 'WordDocument']);
      for (const name of ['letter.doc', 'letter', 'letter.bin']) {
        const response = await upload(server, user, { name, bytes: word, type: 'application/octet-stream' });
        expect(response.status).toBe(201);
        expect(response.body.mimeType).toBe('application/msword');
        expect(response.body.name.endsWith('.doc')).toBe(true);
      }
      const before = await snapshot();
      for (const name of ['sheet.doc', 'setup.DOC']) {
        const response = await upload(server, user, { name, bytes: compoundDocument(['Workbook', 'SummaryInformation']), type: 'application/msword' });
        expect(response.status).toBe(415);
      }
      await expectNothingLeft(before);
    });

    it('text that quotes no runnable markup is plain text', async () => {
      const response = await upload(server, uniqueId('u'), {
        name: 'notes.txt',
        bytes: Buffer.from('Price < 100 EUR, and 3 > 2.\nUse <b> for bold, <i>italics</i>.\nA <note> on monday = fine, see the online form.'),
      });
      expect(response.status).toBe(201);
    });

    it('an empty file is 400', async () => {
      const before = await snapshot();
      const response = await upload(server, uniqueId('u'), { name: 'empty.pdf', bytes: new Uint8Array(0) });
      expect(response.status).toBe(400);
      expect(response.body.error.code).toBe('VALIDATION_FAILED');
      await expectNothingLeft(before);
    });

    it('a file at the limit is taken; one byte over is 413, images with their own limit', async () => {
      const user = uniqueId('u');
      expect((await upload(server, user, { name: 'max.pdf', bytes: pdf(MAX_FILE_BYTES) })).status).toBe(201);
      const before = await snapshot();
      const over = await upload(server, user, { name: 'over.pdf', bytes: pdf(MAX_FILE_BYTES + 1) });
      expect(over.status).toBe(413);
      expect(over.body.error.code).toBe('PAYLOAD_TOO_LARGE');
      // Refused part way through: what is left of the body must not be read as the next request.
      // The connection ends with the answer, or (refused before any of it was read) its body is
      // drained and the connection kept; which one depends on how much had arrived, so what is
      // checked is the next request, sent through the same client's pool of connections.
      const farOver = await upload(server, user, { name: 'far-over.pdf', bytes: pdf(20 * MAX_FILE_BYTES) });
      expect(farOver.status).toBe(413);
      expect((await asUser(server, user).get('/conversations')).status).toBe(200);
      const noisy = await sharp(randomBytes(150 * 150 * 3), {
        raw: { width: 150, height: 150, channels: 3 },
      })
        .png()
        .toBuffer();
      expect(noisy.length).toBeGreaterThan(MAX_IMAGE_BYTES);
      expect(noisy.length).toBeLessThanOrEqual(MAX_FILE_BYTES);
      const bigImage = await upload(server, user, { name: 'noise.png', bytes: noisy });
      expect(bigImage.status).toBe(413);
      await expectNothingLeft(before);
    });

    it('answers an upload refused part way while its body still arrives, and the connection serves the next request', async () => {
      const user = uniqueId('u');
      const before = await snapshot();
      const boundary = '----parleyrefused';
      const part = (name: string, filename: string) =>
        Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"; filename="${filename}"\r\nContent-Type: application/pdf\r\n\r\n`);
      const closing = Buffer.from(`\r\n--${boundary}--\r\n`);
      // A file in a field of another name: refused at its part's head.
      const wrongField = await refusedWhileSending(server, user, {
        boundary,
        first: Buffer.concat([part('other', 'a.pdf'), pdf(1000)]),
        rest: Buffer.concat([pdf(50_000), closing]),
      });
      expect(wrongField).toEqual({ status: 400, next: 200 });
      // A file past the limit: refused once the limit is passed, with as much again still to come.
      const tooLarge = await refusedWhileSending(server, user, {
        boundary,
        first: Buffer.concat([part('file', 'big.pdf'), pdf(MAX_FILE_BYTES + 10_000)]),
        rest: Buffer.concat([pdf(2 * MAX_FILE_BYTES), closing]),
      });
      expect(tooLarge).toEqual({ status: 413, next: 200 });
      await waitUntil(async () => (await stagedFiles(server)).length === 0, 'the staging emptied');
      await expectNothingLeft(before);
    });

    it('a truncated JPEG is 400', async () => {
      const before = await snapshot();
      const jpeg = await sharp({ create: { width: 300, height: 300, channels: 3, background: '#0a0' } }).jpeg().toBuffer();
      const response = await upload(server, uniqueId('u'), { name: 'cut.jpg', bytes: jpeg.subarray(0, Math.floor(jpeg.length / 2)) });
      expect(response.status).toBe(400);
      expect(response.body.error.message).toMatch(/damaged or truncated/);
      await expectNothingLeft(before);
    });

    it('a PNG that declares 50,000 × 50,000 pixels is 413 without decoding it', async () => {
      const before = await snapshot();
      const rssBefore = process.memoryUsage().rss;
      const response = await upload(server, uniqueId('u'), { name: 'bomb.png', bytes: pngDeclaring(50_000, 50_000) });
      expect(response.status).toBe(413);
      expect(response.body.error.message).toMatch(/pixels/);
      expect(process.memoryUsage().rss - rssBefore).toBeLessThan(200 * 1024 * 1024);
      await expectNothingLeft(before);
    });

    it('two files, no file, a 10 MB field or conversationId twice is 400', async () => {
      const user = uniqueId('u');
      const before = await snapshot();
      const two = await uploadRaw(server, user, [
        { name: 'file', filename: 'a.txt', body: 'first' },
        { name: 'file', filename: 'b.txt', body: 'second' },
      ]);
      expect(two.status).toBe(400);
      expect(two.body.error.message).toMatch(/exactly one file/);
      const none = await uploadRaw(server, user, [{ name: 'conversationId', body: 'c1' }]);
      expect(none.status).toBe(400);
      expect(none.body.error.message).toMatch(/no file/);
      const hugeField = await uploadRaw(server, user, [
        { name: 'conversationId', body: 'x'.repeat(10 * 1024 * 1024) },
        { name: 'file', filename: 'a.txt', body: 'hello' },
      ]);
      expect(hugeField.status).toBe(400);
      expect(hugeField.body.error.code).toBe('VALIDATION_FAILED');
      const twoConversations = await uploadRaw(server, user, [
        { name: 'conversationId', body: 'c_first' },
        { name: 'conversationId', body: 'c_second' },
        { name: 'file', filename: 'a.txt', body: 'hello' },
      ]);
      expect(twoConversations.status).toBe(400);
      expect(twoConversations.body.error).toMatchObject({ code: 'VALIDATION_FAILED', message: 'send conversationId once' });
      const notMultipart = await asUser(server, user).post('/attachments', { file: 'x' });
      expect(notMultipart.status).toBe(415);
      const textNotFile = await uploadRaw(server, user, [{ name: 'file', body: 'hello' }]);
      expect(textNotFile.status).toBe(400);
      expect(textNotFile.body.error.message).toMatch(/must be a file/);
      // Bytes without a filename, as FormData sends a Blob named '': 400, not a failure of Parley's.
      const post = async (body: string) =>
        fetch(`${server.prefix}/attachments`, { method: 'POST', headers: { 'x-user-id': user, 'content-type': 'multipart/form-data; boundary=XX' }, body });
      const unnamed = await post('--XX\r\nContent-Disposition: form-data; name="file"\r\nContent-Type: application/octet-stream\r\n\r\nbytes\r\n--XX--\r\n');
      expect(unnamed.status).toBe(400);
      expect(((await unnamed.json()) as { error: { code: string; message: string } }).error).toMatchObject({ code: 'VALIDATION_FAILED', message: expect.stringMatching(/file name is missing/) });
      const form = new FormData();
      form.append('file', new Blob([new Uint8Array([1, 2, 3])]), '');
      const fromFormData = await fetch(`${server.prefix}/attachments`, { method: 'POST', headers: { 'x-user-id': user }, body: form });
      expect(fromFormData.status).toBe(400);
      await expectNothingLeft(before);
    });

    it('a multipart body without a boundary, or cut off before its end, is 400 and leaves nothing', async () => {
      const user = uniqueId('u');
      const before = await snapshot();
      const post = async (contentType: string, body: string) => {
        const response = await fetch(`${server.prefix}/attachments`, { method: 'POST', headers: { 'x-user-id': user, 'content-type': contentType }, body });
        return { status: response.status, body: (await response.json()) as { error: { code: string; message: string } } };
      };
      const noBoundary = await post('multipart/form-data', 'whatever');
      expect(noBoundary.status).toBe(400);
      expect(noBoundary.body.error).toMatchObject({ code: 'VALIDATION_FAILED', message: expect.stringMatching(/multipart body has no boundary/) });
      const cutOff = await post(
        'multipart/form-data; boundary=XX',
        '--XX\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\nContent-Type: text/plain\r\n\r\nhello, and then noth',
      );
      expect(cutOff.status).toBe(400);
      expect(cutOff.body.error).toMatchObject({ code: 'VALIDATION_FAILED', message: 'the multipart body ended before its last part did' });
      await expectNothingLeft(before);
    });

    it('path-like, control-character, overlong and right-to-left names are 400', async () => {
      const user = uniqueId('u');
      const before = await snapshot();
      for (const filename of ['../../etc/passwd', 'a\u0000.txt', 'a\u0085b.txt', `${'a'.repeat(5000)}.txt`, 'invoice\u202Etxt.exe', '..\\..\\boot.ini']) {
        const response = await uploadRaw(server, user, [{ name: 'file', filename, body: 'plain text' }]);
        expect(response.status, filename.slice(0, 30)).toBe(400);
        expect(response.body.error.code).toBe('VALIDATION_FAILED');
      }
      await expectNothingLeft(before);
    });

    it('an upload aborted half way leaves nothing behind', async () => {
      const user = uniqueId('u');
      const before = await snapshot();
      await abortedUpload(server, user, MAX_FILE_BYTES - 1000);
      // The server streams the half it received into staging and notices the cut connection on
      // its own schedule: wait for the staged file to appear (it may already be gone), then for
      // the staging to empty.
      await waitUntil(async () => (await stagedFiles(server)).length > 0, 'the upload staged', 10_000).catch(() => undefined);
      await waitUntil(async () => (await stagedFiles(server)).length === 0, 'the staging emptied', 45_000);
      await expectNothingLeft(before);
      expect(await server.parley.ctx.store.attachments.bytesUploadedSince(user, '2000-01-01T00:00:00.000Z')).toBe(0);
    }, 60_000);
  });

  it('stops a user at the daily quota with 429 and Retry-After', async () => {
    const limited = await startServer(database, { ATTACHMENT_QUOTA_MB_PER_DAY: '1', ...(s3?.env ?? {}) });
    try {
      const user = uniqueId('u');
      expect((await upload(limited, user, { name: 'a.pdf', bytes: pdf(600_000) })).status).toBe(201);
      const refused = await upload(limited, user, { name: 'b.pdf', bytes: pdf(600_000) });
      expect(refused.status).toBe(429);
      expect(refused.body.error.code).toBe('RATE_LIMITED');
      // Room comes back when the first file leaves the 24-hour window, not in an hour.
      const retryAfter = Number(refused.headers.get('retry-after'));
      expect(retryAfter).toBeGreaterThan(23 * 3600);
      expect(retryAfter).toBeLessThanOrEqual(24 * 3600);
      // Another user is not affected.
      expect((await upload(limited, uniqueId('u'), { name: 'c.pdf', bytes: pdf(600_000) })).status).toBe(201);

      // Uploads sent together are counted one after another: one fits, the rest are refused, and
      // nothing of the refused ones is kept.
      const eager = uniqueId('u');
      const together = await Promise.all(Array.from({ length: 8 }, (_, i) => upload(limited, eager, { name: `d${i}.pdf`, bytes: pdf(400_000) })));
      expect(together.map((response) => response.status).sort()).toEqual([201, 201, 429, 429, 429, 429, 429, 429]);
      expect(await limited.parley.ctx.store.attachments.bytesUploadedSince(eager, '2000-01-01T00:00:00.000Z')).toBeLessThanOrEqual(1024 * 1024);
    } finally {
      await limited.stop();
    }
  });

  it('counts a file against the quota after its message is deleted', async () => {
    const limited = await startServer(database, { ATTACHMENT_QUOTA_MB_PER_DAY: '1', ...(s3?.env ?? {}) });
    try {
      const [alice, bob] = [uniqueId('alice'), uniqueId('bob')];
      const conversation = await buildConversation(limited, alice, [bob]);
      const first = await upload(limited, alice, { name: 'a.pdf', bytes: pdf(600_000) });
      expect(first.status).toBe(201);
      const sent = await asUser(limited, alice).post(`/conversations/${conversation.id}/messages`, { attachmentIds: [first.body.id] });
      expect(sent.status).toBe(201);
      expect((await asUser(limited, alice).delete(`/messages/${sent.body.id}`)).status).toBe(204);
      // The bytes are gone from storage; the upload still happened today.
      expect((await storedObjects(limited)).filter((key) => key.includes(first.body.id))).toEqual([]);
      const second = await upload(limited, alice, { name: 'b.pdf', bytes: pdf(600_000) });
      expect(second.status).toBe(429);
      // A day later the sweep forgets the removed file, and there is room again.
      await limited.parley.ctx.attachments.sweep(Date.now() + 25 * 3_600_000);
      expect(await limited.parley.ctx.store.attachments.bytesUploadedSince(alice, '2000-01-01T00:00:00.000Z')).toBe(0);
    } finally {
      await limited.stop();
    }
  });

  it('leaves no thumbnail of a photo deleted while its thumbnail was being made', async () => {
    const [alice, bob] = [uniqueId('alice'), uniqueId('bob')];
    const conversation = await buildConversation(server, alice, [bob]);
    // The thumbnail's write is held until the message is deleted: the order in which a
    // deletion that comes right after the upload meets the work in the background.
    const blobs = server.parley.ctx.attachments.blobs;
    const put = blobs.put.bind(blobs);
    let reached!: () => void;
    const thumbnailReady = new Promise<void>((resolve) => (reached = resolve));
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    blobs.put = async (key, source, info) => {
      if (key.endsWith('.thumb.webp')) {
        reached();
        await released;
      }
      return put(key, source, info);
    };
    try {
      const uploaded = await upload(server, alice, { name: 'photo.png', bytes: await png(640, 480) });
      expect(uploaded.status).toBe(201);
      await thumbnailReady;
      const sent = await asUser(server, alice).post(`/conversations/${conversation.id}/messages`, { attachmentIds: [uploaded.body.id] });
      expect((await asUser(server, alice).delete(`/messages/${sent.body.id}`)).status).toBe(204);
      release();
      expect((await snapshot()).filter((key) => key.includes(uploaded.body.id))).toEqual([]);
    } finally {
      blobs.put = put;
      release();
    }
  });

  it('removes files never sent after ATTACHMENT_ORPHAN_HOURS, from storage too', async () => {
    const user = uniqueId('u');
    const { body } = await upload(server, user, { name: 'orphan.png', bytes: await png() });
    await server.parley.ctx.attachments.thumbnails.ensure(body.id);
    const before = await snapshot();
    const mine = before.filter((key) => key.includes(body.id));
    expect(mine.length).toBe(2); // the file and its thumbnail
    const attachments = server.parley.ctx.attachments;
    await attachments.sweep(Date.now());
    expect((await asUser(server, user).get(`/attachments/${body.id}`)).status).toBe(200);
    await attachments.sweep(Date.now() + 25 * 3_600_000);
    expect((await asUser(server, user).get(`/attachments/${body.id}`)).status).toBe(404);
    expect((await storedObjects(server)).filter((key) => key.includes(body.id))).toEqual([]);
  });

  it.runIf(driver === 'local')('goes on when the upload folder is removed under it: files lost with it are 404, new uploads are stored', async () => {
    const user = uniqueId('u');
    const { body: lost } = await upload(server, user, { name: 'lost.png', bytes: await png() });
    await server.parley.ctx.attachments.thumbnails.ensure(lost.id);
    await rm(server.parley.ctx.config.attachments.uploadDir, { recursive: true, force: true });

    for (const path of [`/attachments/${lost.id}`, `/attachments/${lost.id}/thumbnail`]) {
      const gone = await asUser(server, user).get(path);
      expect(gone.status, path).toBe(404);
      expect(gone.body.error.code).toBe('NOT_FOUND');
      // Not the file's headers: a browser following the link would save the error as the file.
      expect(gone.headers.get('content-disposition')).toBeNull();
    }
    const bytes = pdf(20_000);
    const stored = await upload(server, user, { name: 'after.pdf', bytes, type: 'application/pdf' });
    expect(stored.status).toBe(201);
    const download = await fetchLink(server, stored.body.url);
    expect(download.status).toBe(200);
    expect(Buffer.from(await download.arrayBuffer()).equals(bytes)).toBe(true);
    const { body: photo } = await upload(server, user, { name: 'after.png', bytes: await png() });
    await server.parley.ctx.attachments.thumbnails.ensure(photo.id);
    expect((await fetchLink(server, photo.thumbnailUrl)).status).toBe(200);
  });
});
