// Direct uploads to S3: a presigned form bound to one key, size and type; the client uploads to
// the store itself; completing checks the stored bytes exactly as an upload through Parley.
// Against s3rver, which does not enforce the form's conditions: Parley's own checks are proven.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { beforeNextStore, executable, fetchLink, jpegWithGps, png, type S3Server, startS3, storedObjects, upload } from '../support/attachments.js';
import { asService, asUser, buildConversation, type Client, startServer, type TestServer, uniqueId } from '../support/harness.js';
import { cuttableNetwork } from '../support/network.js';
import { databaseKinds } from '../support/services.js';
import sharp from 'sharp';

/** Posts the file to the presigned form, as a browser would. */
async function postToStore(upload: { url: string; fields: Record<string, string> }, bytes: Uint8Array, name: string) {
  const form = new FormData();
  for (const [field, value] of Object.entries(upload.fields)) form.append(field, value);
  form.append('file', new Blob([bytes]), name);
  return fetch(upload.url, { method: 'POST', body: form });
}

describe.each(databaseKinds())('direct uploads to S3 on %s', (database) => {
  let server: TestServer;
  let s3: S3Server;

  beforeAll(async () => {
    s3 = await startS3();
    server = await startServer(database, { ...s3.env, MAX_IMAGE_BYTES: '200000' });
  });
  afterAll(async () => {
    await server?.stop();
    await s3?.stop();
  });

  it('presigns, takes the bytes from the store, checks and strips them, then serves them', async () => {
    const alice = uniqueId('alice');
    const bob = uniqueId('bob');
    const conversation = await buildConversation(server, alice, [bob]);
    const photo = await jpegWithGps(300, 200, 6);
    const created = await asUser(server, alice).post('/attachments/uploads', {
      name: 'camera.jpg',
      mimeType: 'image/jpeg',
      size: photo.length,
      conversationId: conversation.id,
    });
    expect(created.status).toBe(201);
    expect(created.body.attachment.status).toBe('pending');
    expect(created.body.upload.method).toBe('POST');
    expect(Date.parse(created.body.upload.expiresAt) - Date.now()).toBeGreaterThan(9 * 60_000);
    const id = created.body.attachment.id as string;
    // Pending: not downloadable, not sendable.
    expect((await asUser(server, alice).get(`/attachments/${id}`)).status).toBe(404);
    const early = await asUser(server, alice).post(`/conversations/${conversation.id}/messages`, { attachmentIds: [id] });
    expect(early.status).toBe(400);
    expect((await asUser(server, alice).post(`/attachments/${id}/complete`)).status).toBe(409);

    const stored = await postToStore(created.body.upload, photo, 'camera.jpg');
    expect(stored.status).toBeLessThan(300);
    expect((await asUser(server, bob).post(`/attachments/${id}/complete`)).status).toBe(404);
    const completed = await asUser(server, alice).post(`/attachments/${id}/complete`);
    expect(completed.status).toBe(200);
    expect(completed.body).toMatchObject({ id, mimeType: 'image/jpeg', width: 200, height: 300 });

    const sent = await asUser(server, alice).post(`/conversations/${conversation.id}/messages`, { attachmentIds: [id] });
    expect(sent.status).toBe(201);
    const seen = (await asUser(server, bob).get(`/messages/${sent.body.id}`)).body.attachments[0];
    const download = await fetchLink(server, seen.url);
    expect(download.status).toBe(200);
    const metadata = await sharp(Buffer.from(await download.arrayBuffer())).metadata();
    expect(metadata.exif).toBeUndefined();
    expect((await fetchLink(server, seen.thumbnailUrl)).status).toBe(200);
  });

  it('serves the bytes it checked, whatever the form writes after completion', async () => {
    const alice = uniqueId('alice');
    const bob = uniqueId('bob');
    const conversation = await buildConversation(server, alice, [bob]);
    const photo = await jpegWithGps(300, 200, 6);
    const created = await asUser(server, alice).post('/attachments/uploads', { name: 'camera.jpg', mimeType: 'image/jpeg', size: photo.length });
    const id = created.body.attachment.id as string;
    expect((await postToStore(created.body.upload, photo, 'camera.jpg')).status).toBeLessThan(300);
    const completed = await asUser(server, alice).post(`/attachments/${id}/complete`);
    expect(completed.status).toBe(200);
    // The form is valid until it expires: posting it again, with the photo as it was, after the check.
    expect((await postToStore(created.body.upload, photo, 'camera.jpg')).status).toBeLessThan(300);

    const sent = await asUser(server, alice).post(`/conversations/${conversation.id}/messages`, { attachmentIds: [id] });
    const seen = (await asUser(server, bob).get(`/messages/${sent.body.id}`)).body.attachments[0];
    const served = Buffer.from(await (await fetchLink(server, seen.url)).arrayBuffer());
    expect(served.length).toBe(completed.body.size);
    expect((await sharp(served).metadata()).exif).toBeUndefined();

    // Deleting the message leaves nothing of the file in the store, the form's last write included.
    expect((await asUser(server, alice).delete(`/messages/${sent.body.id}`)).status).toBe(204);
    await server.parley.ctx.attachments.thumbnails.idle();
    expect((await storedObjects(server)).filter((key) => key.includes(id))).toEqual([]);
  });

  it('takes away what a form wrote after its uploader was erased, once the form has expired', async () => {
    const alice = uniqueId('alice');
    const photo = await jpegWithGps(300, 200, 6);
    const created = await asUser(server, alice).post('/attachments/uploads', { name: 'camera.jpg', mimeType: 'image/jpeg', size: photo.length });
    const id = created.body.attachment.id as string;
    expect((await asService(server).delete(`/users/${alice}`)).status).toBe(200);
    // The form was signed before the erasure and the store still takes it.
    expect((await postToStore(created.body.upload, photo, 'camera.jpg')).status).toBeLessThan(300);
    expect((await storedObjects(server)).filter((key) => key.includes(id))).not.toEqual([]);

    const formEnds = Date.parse(created.body.upload.expiresAt as string);
    await server.parley.ctx.attachments.sweep(formEnds - 60_000);
    expect((await storedObjects(server)).filter((key) => key.includes(id))).not.toEqual([]);
    await server.parley.ctx.attachments.sweep(formEnds + 60_000);
    expect((await storedObjects(server)).filter((key) => key.includes(id))).toEqual([]);
  });

  it('deleting a conversation for everyone takes the direct uploads made for it and not sent, completed or not, from the store', async () => {
    const alice = uniqueId('alice');
    const conversation = await buildConversation(server, alice, [uniqueId('bob')]);
    const photo = await png();
    const announce = () =>
      asUser(server, alice).post('/attachments/uploads', { name: 'a.png', mimeType: 'image/png', size: photo.length, conversationId: conversation.id });
    const completed = await announce();
    expect((await postToStore(completed.body.upload, photo, 'a.png')).status).toBeLessThan(300);
    expect((await asUser(server, alice).post(`/attachments/${completed.body.attachment.id}/complete`)).status).toBe(200);
    await server.parley.ctx.attachments.thumbnails.ensure(completed.body.attachment.id);
    // Posted to the store, never completed.
    const posted = await announce();
    expect((await postToStore(posted.body.upload, photo, 'a.png')).status).toBeLessThan(300);
    const storedOf = async (id: string) => (await storedObjects(server)).filter((key) => key.includes(id));
    expect(await storedOf(completed.body.attachment.id)).toHaveLength(2);
    expect(await storedOf(posted.body.attachment.id)).toHaveLength(1);

    expect((await asService(server).delete(`/conversations/${conversation.id}`)).status).toBe(204);
    expect((await asUser(server, alice).get(`/attachments/${completed.body.attachment.id}`)).status).toBe(404);
    expect((await asService(server).get(`/attachments/${completed.body.attachment.id}`)).status).toBe(404);
    expect((await asUser(server, alice).post(`/attachments/${posted.body.attachment.id}/complete`)).status).toBe(404);
    expect(await storedOf(completed.body.attachment.id)).toEqual([]);
    expect(await storedOf(posted.body.attachment.id)).toEqual([]);
  });

  it('a direct upload completed while its conversation is deleted for everyone answers 404 and leaves nothing stored', async () => {
    const alice = uniqueId('alice');
    const conversation = await buildConversation(server, alice, [uniqueId('bob')]);
    const photo = await png();
    const posted = await asUser(server, alice).post('/attachments/uploads', { name: 'a.png', mimeType: 'image/png', size: photo.length, conversationId: conversation.id });
    expect((await postToStore(posted.body.upload, photo, 'a.png')).status).toBeLessThan(300);
    // The deletion commits while the completion checks and stores the bytes.
    beforeNextStore(server, async () => {
      expect((await asService(server).delete(`/conversations/${conversation.id}`)).status).toBe(204);
    });
    const id = posted.body.attachment.id as string;
    expect((await asUser(server, alice).post(`/attachments/${id}/complete`)).status).toBe(404);
    expect((await asUser(server, alice).get(`/attachments/${id}`)).status).toBe(404);
    expect((await storedObjects(server)).filter((key) => key.includes(id))).toEqual([]);
  });

  it('lists a direct upload in its uploader’s export once completed, not while only announced or posted to the store', async () => {
    const alice = uniqueId('alice');
    const photo = await png();
    const announce = async (name: string) => {
      const created = await asUser(server, alice).post('/attachments/uploads', { name, mimeType: 'image/png', size: photo.length });
      expect(created.status).toBe(201);
      return created.body as { attachment: { id: string }; upload: { url: string; fields: Record<string, string> } };
    };
    await announce('announced.png');
    const posted = await announce('posted.png');
    expect((await postToStore(posted.upload, photo, 'posted.png')).status).toBeLessThan(300);
    const done = await announce('done.png');
    expect((await postToStore(done.upload, photo, 'done.png')).status).toBeLessThan(300);
    expect((await asUser(server, alice).post(`/attachments/${done.attachment.id}/complete`)).status).toBe(200);
    const uploadsExported = async () => {
      const exported = await asUser(server, alice).get(`/users/${alice}/export`);
      expect(exported.status).toBe(200);
      return exported.body.uploads as { id: string; name: string; url: string }[];
    };

    const uploads = await uploadsExported();
    expect(uploads).toEqual([expect.objectContaining({ id: done.attachment.id, name: 'done.png' })]);
    expect((await fetchLink(server, uploads[0]?.url as string)).status).toBe(200);
    // Completed, the other is listed too.
    expect((await asUser(server, alice).post(`/attachments/${posted.attachment.id}/complete`)).status).toBe(200);
    expect((await uploadsExported()).map((file) => file.id)).toEqual([posted.attachment.id, done.attachment.id]);
    // Their thumbnails are made in the background: done before the next test lists the store.
    await server.parley.ctx.attachments.thumbnails.idle();
  });

  it('refuses on completion what an upload through Parley would refuse, and removes it from the store', async () => {
    const alice = uniqueId('alice');
    const before = await storedObjects(server);
    // Announced as a PNG, uploaded as an executable.
    const created = await asUser(server, alice).post('/attachments/uploads', { name: 'a.png', mimeType: 'image/png', size: 2048 });
    expect(created.status).toBe(201);
    await postToStore(created.body.upload, executable(), 'a.png');
    const completed = await asUser(server, alice).post(`/attachments/${created.body.attachment.id}/complete`);
    expect(completed.status).toBe(415);
    expect(await storedObjects(server)).toEqual(before);
    expect((await asUser(server, alice).post(`/attachments/${created.body.attachment.id}/complete`)).status).toBe(404);

    // Announced small, uploaded larger than the image limit (the store did not enforce the form).
    const small = await png(8, 8);
    const big = await sharp(Buffer.alloc(400 * 400 * 3, 90), { raw: { width: 400, height: 400, channels: 3 } }).png({ compressionLevel: 0 }).toBuffer();
    expect(big.length).toBeGreaterThan(200_000);
    const announced = await asUser(server, alice).post('/attachments/uploads', { name: 'b.png', mimeType: 'image/png', size: small.length });
    await postToStore(announced.body.upload, big, 'b.png');
    expect((await asUser(server, alice).post(`/attachments/${announced.body.attachment.id}/complete`)).status).toBe(413);
    expect(await storedObjects(server)).toEqual(before);

    // Announced at one size (what the quota counted), uploaded at another within the limits.
    const other = await asUser(server, alice).post('/attachments/uploads', { name: 'c.png', mimeType: 'image/png', size: 10 });
    await postToStore(other.body.upload, small, 'c.png');
    const refused = await asUser(server, alice).post(`/attachments/${other.body.attachment.id}/complete`);
    expect(refused.status).toBe(400);
    expect(refused.body.error.details).toMatchObject({ field: 'size' });
    expect(await storedObjects(server)).toEqual(before);
  });

  /** A direct upload announced by a new user and written to the store by the form, not completed yet. */
  async function postedNotCompleted(name: string, mimeType: string, bytes: Buffer): Promise<{ alice: string; id: string }> {
    const alice = uniqueId('alice');
    const created = await asUser(server, alice).post('/attachments/uploads', { name, mimeType, size: bytes.length });
    expect((await postToStore(created.body.upload, bytes, name)).status).toBeLessThan(300);
    return { alice, id: created.body.attachment.id as string };
  }

  it('two completions of one upload at once (a client retrying): both answer the file, which stays stored', async () => {
    const { alice, id } = await postedNotCompleted('p.png', 'image/png', await png(300, 200));
    // The retry finds the form's bytes, then reads them only once the first completion has stored them and taken them away.
    const { blobs } = server.parley.ctx.attachments;
    const read = blobs.read.bind(blobs);
    let retryReading!: () => void;
    const retryAtRead = new Promise<void>((resolve) => (retryReading = resolve));
    let retry: ReturnType<Client['post']> | undefined;
    beforeNextStore(server, async () => {
      blobs.read = async (key, range) => {
        blobs.read = read;
        retryReading();
        await first;
        return read(key, range);
      };
      retry = asUser(server, alice).post(`/attachments/${id}/complete`);
      await retryAtRead;
    });
    const first = asUser(server, alice).post(`/attachments/${id}/complete`);
    const answers = [await first, await (retry as ReturnType<Client['post']>)];
    for (const answer of answers) {
      expect(answer.status).toBe(200);
      expect(answer.body).toMatchObject({ id, mimeType: 'image/png', width: 300, height: 200 });
    }
    const download = await fetchLink(server, answers[1]?.body.url);
    expect(download.status).toBe(200);
    expect((await sharp(Buffer.from(await download.arrayBuffer())).metadata()).width).toBe(300);
  });

  it('a completion that finds the upload already taken by another answers the stored file, which stays', async () => {
    // Re-encoded without its metadata, the photo is stored smaller than announced.
    const { alice, id } = await postedNotCompleted('p.jpg', 'image/jpeg', await jpegWithGps(300, 200, 1));
    // The retry reads the upload as pending, then looks for its bytes only once the other completion has stored them.
    const { blobs } = server.parley.ctx.attachments;
    const size = blobs.size.bind(blobs);
    let reachedStore!: () => void;
    const atStore = new Promise<void>((resolve) => (reachedStore = resolve));
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    blobs.size = async (key) => {
      blobs.size = size;
      reachedStore();
      await released;
      return size(key);
    };
    const retry = asUser(server, alice).post(`/attachments/${id}/complete`);
    await atStore;
    const first = await asUser(server, alice).post(`/attachments/${id}/complete`);
    release();
    const second = await retry;
    for (const answer of [first, second]) expect(answer.status).toBe(200);
    expect(second.body).toMatchObject({ id, size: first.body.size });
    expect((await fetchLink(server, second.body.url)).status).toBe(200);
  });

  it('answers 503 UNAVAILABLE with Retry-After while the store is away, not a server error', async () => {
    const store = await startS3();
    let storeUp = true;
    const alone = await startServer(database, store.env);
    try {
      const alice = uniqueId('alice');
      const photo = await png();
      const created = await asUser(alone, alice).post('/attachments/uploads', { name: 'a.png', mimeType: 'image/png', size: photo.length });
      expect((await postToStore(created.body.upload, photo, 'a.png')).status).toBeLessThan(300);
      await store.stop();
      storeUp = false;
      for (const refused of [
        await upload(alone, alice, { name: 'b.png', bytes: photo }),
        await asUser(alone, alice).post(`/attachments/${created.body.attachment.id}/complete`),
      ]) {
        expect(refused.status).toBe(503);
        expect(refused.body.error.code).toBe('UNAVAILABLE');
        expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
      }
    } finally {
      await alone.stop();
      if (storeUp) await store.stop();
    }
  });

  it('answers 503 when the store takes connections and never answers, after S3_TIMEOUT_MS, and serves again once it answers', async () => {
    const store = await startS3();
    const network = await cuttableNetwork(store.env.S3_ENDPOINT as string);
    const alone = await startServer(database, { ...store.env, S3_ENDPOINT: network.baseUrl, S3_TIMEOUT_MS: '300' });
    try {
      const alice = uniqueId('alice');
      const photo = await png();
      const stored = await upload(alone, alice, { name: 'a.png', bytes: photo });
      expect(stored.status).toBe(201);
      network.hang();
      for (const refused of [await upload(alone, alice, { name: 'b.png', bytes: photo }), await asUser(alone, alice).get(`/attachments/${stored.body.id}/thumbnail`)]) {
        expect(refused.status).toBe(503);
        expect(refused.body.error.code).toBe('UNAVAILABLE');
        expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
      }
      network.restore();
      expect((await upload(alone, alice, { name: 'c.png', bytes: photo })).status).toBe(201);
    } finally {
      await alone.stop();
      await network.close();
      await store.stop();
    }
  });

  it('refuses types and sizes it would never take before presigning', async () => {
    const alice = uniqueId('alice');
    const post = (body: Record<string, unknown>) => asUser(server, alice).post('/attachments/uploads', body);
    expect((await post({ name: 'x.exe', mimeType: 'application/x-msdownload', size: 10 })).status).toBe(415);
    expect((await post({ name: 'x.svg', mimeType: 'image/svg+xml', size: 10 })).status).toBe(415);
    expect((await post({ name: 'x.png', mimeType: 'image/png', size: 200_001 })).status).toBe(413);
    expect((await post({ name: '../x.png', mimeType: 'image/png', size: 10 })).status).toBe(400);
    // Half a UTF-16 pair (JSON can carry one) has no UTF-8: no file system or header could hold the name.
    expect((await post({ name: 'half\ud83d.png', mimeType: 'image/png', size: 10 })).status).toBe(400);
    expect((await post({ name: 'x.png', mimeType: 'image/png', size: 0 })).status).toBe(400);
  });
});

describe('direct uploads with local storage', () => {
  it('are not offered: 404', async () => {
    const server = await startServer('sqlite');
    try {
      const response = await asUser(server, uniqueId('u')).post('/attachments/uploads', { name: 'a.pdf', mimeType: 'application/pdf', size: 10 });
      expect(response.status).toBe(404);
    } finally {
      await server.stop();
    }
  });
});
