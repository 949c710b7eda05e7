// Encryption at rest (ENCRYPTION_KEYS): no plaintext of a message in the database, everything
// still readable through the API, values bound to their rows, a missing key reported, and a key
// rotation that resumes after a restart and lets the old key go.
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import { blobKeys } from '../../src/attachments/blob-store.js';
import type { EncryptedBlobStore } from '../../src/attachments/encrypted-blob-store.js';
import { afterEach, describe, expect, it } from 'vitest';
import { ADMIN_ID, asUser, buildConversation, sendMessage, startServer, type TestServer, uniqueId } from '../support/harness.js';
import { Receiver } from '../support/receiver.js';
import { databaseKinds } from '../support/services.js';
import { storedText, storedTextOnceGone } from '../support/stored-text.js';
import { pdf, upload } from '../support/attachments.js';
import { waitUntil } from '../support/wait.js';

const newKey = (id: string) => `${id}:${randomBytes(32).toString('base64')}`;
const SECRET = 'webhook-secret-for-tests-0123456789';

describe.each(databaseKinds())('encryption at rest on %s', (kind) => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  async function serve(env: Record<string, string>): Promise<TestServer> {
    const server = await startServer(kind, env);
    cleanups.push(() => server.stop());
    return server;
  }

  const status = async (server: TestServer) => {
    const response = await asUser(server, ADMIN_ID).get('/admin/encryption');
    expect(response.status).toBe(200);
    return response.body;
  };

  it('stores no plaintext of a message, while reads, edits, sync, search and webhooks see the text', async () => {
    const receiver = new Receiver(SECRET);
    await receiver.start();
    cleanups.push(() => receiver.stop());
    const server = await serve({ ENCRYPTION_KEYS: newKey('k1'), WEBHOOK_URL: receiver.url, WEBHOOK_SECRET: SECRET });
    const a = uniqueId('enc');
    const b = uniqueId('peer');
    const conversation = await buildConversation(server, a, [b]);
    const secret = `zanzibarquux${randomBytes(4).toString('hex')}`;
    const message = await sendMessage(server, a, conversation.id, `the pickup code is ${secret} tomorrow`);
    const edited = `edited ${secret}x and more`;
    expect((await asUser(server, a).patch(`/messages/${message.id}`, { content: edited })).status).toBe(200);
    // A masked message keeps its original for moderators: sealed too.
    const masked = await sendMessage(server, b, conversation.id, `call me on +44 7700 900123, ${secret}y`);
    expect(masked.moderation.status).toBe('masked');

    const list = await asUser(server, b).get(`/conversations/${conversation.id}/messages`);
    expect(list.body.data.map((m: { content: string }) => m.content)).toContain(edited);
    const conversations = await asUser(server, a).get('/conversations');
    expect(conversations.body.data[0].lastMessage.preview).toContain(`${secret}y`.slice(0, 10));
    const sync = await asUser(server, b).get('/sync?since=0');
    expect(JSON.stringify(sync.body)).toContain(edited);
    const moderatorView = await asUser(server, ADMIN_ID).get(`/admin/conversations/${conversation.id}/messages?reason=encryption%20check`);
    expect(JSON.stringify(moderatorView.body)).toContain('+44 7700 900123');
    await waitUntil(async () => (await asUser(server, a).get(`/search?q=${secret}x`)).body.data?.length === 1, 'the edit found by search');
    await receiver.waitFor(() => receiver.unique().some((event) => JSON.stringify(event).includes(edited)));

    // The WAL as the writes left it, then the files after a checkpoint.
    const wal = path.join(server.env.DATA_DIR as string, 'parley.db-wal');
    const walText = kind === 'sqlite' && existsSync(wal) ? readFileSync(wal).toString('latin1') : '';
    expect(walText).not.toContain(secret);
    const stored = await storedText(server);
    expect(stored).toContain(message.id);
    expect(stored).not.toContain(secret);
    expect(stored).not.toContain('7700 900123');
    const counts = await status(server);
    expect(counts.enabled).toBe(true);
    expect(counts.currentKeyId).toBe('k1');
    expect(counts.unencryptedValues).toBe(0);
    expect(counts.keys).toEqual([{ keyId: 'k1', configured: true, values: expect.any(Number) }]);
    expect(counts.keys[0].values).toBeGreaterThan(0);
  });

  it('binds a value to its row, and reports a value under a key that is not configured instead of serving it', async () => {
    const server = await serve({ ENCRYPTION_KEYS: newKey('k1') });
    const a = uniqueId('enc');
    const conversation = await buildConversation(server, a, [uniqueId('peer')]);
    const first = await sendMessage(server, a, conversation.id, 'first words');
    const second = await sendMessage(server, a, conversation.id, 'second words');
    await waitUntil(async () => (await asUser(server, a).get('/search?q=words')).body.data?.length === 2, 'the messages indexed');
    const { db } = server.parley.ctx.database;
    // A sealed value copied into another row does not open there.
    const sealed = await db.selectFrom('messages').select('content').where('id', '=', first.id).executeTakeFirstOrThrow();
    await db.updateTable('messages').set({ content: sealed.content }).where('id', '=', second.id).execute();
    const moved = await asUser(server, a).get(`/messages/${second.id}`);
    expect(moved.status).toBe(500);
    expect(JSON.stringify(moved.body)).not.toContain('first words');

    await server.restart({ ENCRYPTION_KEYS: newKey('k2') });
    const unreadable = await asUser(server, a).get(`/messages/${first.id}`);
    expect(unreadable.status).toBe(500);
    expect(unreadable.body.error.code).toBe('ENCRYPTION_KEY_MISSING');
    expect(unreadable.body.error.message).toContain('"k1"');
    // Search cannot match what the missing key indexed: it says so rather than answer with less.
    const search = await asUser(server, a).get('/search?q=words');
    expect(search.status).toBe(500);
    expect(search.body.error).toMatchObject({ code: 'ENCRYPTION_KEY_MISSING', details: { keyId: 'k1' } });
    const counts = await status(server);
    expect(counts.keys).toContainEqual({ keyId: 'k1', configured: false, values: expect.any(Number) });
    // The search index's entries made under the removed key are counted too: that key cannot go unnoticed.
    const index = counts.stores.filter((store: { name: string }) => store.name.startsWith('search index'));
    expect(index).toEqual([{ name: 'search index', values: { k1: 2 }, unencrypted: 0 }]);

    // An export that meets it is cut off: never a whole document that leaves the message out.
    const exported = await fetch(`${server.prefix}/users/${a}/export`, { headers: { 'x-user-id': a } })
      .then(async (response) => JSON.parse(await response.text()) as unknown)
      .then(
        () => 'whole',
        () => 'cut off',
      );
    expect(exported).toBe('cut off');

    // It takes no settings: a body that carries some is refused, not silently ignored.
    const withSettings = await asUser(server, ADMIN_ID).post('/admin/encryption/rotate', { keyId: 'k1' });
    expect(withSettings.status).toBe(400);
    expect(withSettings.body.error.code).toBe('VALIDATION_FAILED');
    // A rotation that meets a value it cannot open stops, and says why; it does not claim to run on.
    expect((await asUser(server, ADMIN_ID).post('/admin/encryption/rotate', {})).status).toBe(202);
    await waitUntil(async () => (await status(server)).rotation.status === 'stopped', 'the rotation stopped');
    const stopped = (await status(server)).rotation;
    expect(stopped).toMatchObject({ keyId: 'k2', status: 'stopped', finishedAt: null });
    expect(stopped.reason).toContain('"k1"');
  });

  it('rotates every stored value to a new key, resumes after a restart, and then the old key can go', async () => {
    const k1 = newKey('k1');
    const k2 = newKey('k2');
    // Some values stored before encryption was turned on: a rotation seals them as well.
    const server = await serve({});
    const a = uniqueId('rot');
    const b = uniqueId('peer');
    const conversation = await buildConversation(server, a, [b]);
    const texts: string[] = [];
    const send = async (n: number) => {
      for (let i = 0; i < n; i++) {
        const text = `rotation text ${texts.length}`;
        texts.push(text);
        await sendMessage(server, i % 2 ? a : b, conversation.id, text);
      }
    };
    await send(5);
    // A file and a searchable word from before encryption too.
    const bytes = pdf(200_000);
    const file = await upload(server, a, { name: 'quote.pdf', bytes, type: 'application/pdf' }, { conversationId: conversation.id });
    expect(file.status).toBe(201);
    await sendMessage(server, a, conversation.id, 'quote attached, word quetzalcoatl', { attachmentIds: [(file.body as { id: string }).id] });
    texts.push('quote attached, word quetzalcoatl');
    const searchA = async (q: string) => (await asUser(server, a).get(`/search?q=${encodeURIComponent(q)}&limit=100`)).body.data as { content: string }[];
    // In the word index before encryption is turned on.
    expect(await searchA('rotation')).toHaveLength(5);
    await server.restart({ ENCRYPTION_KEYS: k1 });
    await send(20);
    expect((await status(server)).unencryptedValues).toBeGreaterThan(0);
    // Search finds what was indexed before encryption (still in the word index) beside what was indexed since.
    await waitUntil(async () => (await searchA('rotation')).length === 25, 'every rotation text found, from before encryption and after');
    expect((await searchA('quetz')).map((hit) => hit.content)).toEqual(['quote attached, word quetzalcoatl']);

    // k2 first: new values under k2, k1 still opens the older ones. One value a second, so the
    // walk is caught in the middle by the restart below.
    await server.restart({ ENCRYPTION_KEYS: `${k2},${k1}`, ENCRYPTION_ROTATION_VALUES_PER_SECOND: '1' });
    await send(5);
    const rotatedAt = Date.now();
    const started = await asUser(server, ADMIN_ID).post('/admin/encryption/rotate', {});
    expect(started.status).toBe(202);
    expect(started.body.rotation).toMatchObject({ keyId: 'k2', status: 'running' });
    await waitUntil(async () => (await status(server)).rotation.resealed > 0, 'the first batch re-sealed');
    const midway = await status(server);
    expect(midway.rotation.status).toBe('running');
    // The pace is a cap, never an average: no burst of a whole batch, then a long wait.
    expect(midway.rotation.resealed).toBeLessThanOrEqual(Math.ceil((Date.now() - rotatedAt) / 1000) + 1);
    expect(midway.keys.find((k: { keyId: string }) => k.keyId === 'k1').values).toBeGreaterThan(0);

    await server.restart({ ENCRYPTION_ROTATION_VALUES_PER_SECOND: '100000' });
    await waitUntil(async () => (await status(server)).rotation.status === 'done', 'the rotation resumed and finished');
    const done = await status(server);
    expect(done.unencryptedValues).toBe(0);
    expect(done.keys).toEqual([
      { keyId: 'k2', configured: true, values: expect.any(Number) },
      { keyId: 'k1', configured: true, values: 0 },
    ]);
    const audit = await asUser(server, ADMIN_ID).get('/admin/audit-log?action=encryption.rotated');
    expect(audit.body.data).toHaveLength(1);
    // What was stored in plaintext before is in the files no more, the WAL's earlier pages included.
    for (const text of ['rotation text 0', 'quetzalcoatl']) expect(await storedTextOnceGone(server, text)).not.toContain(text);

    // k1 removed: everything still reads.
    await server.restart({ ENCRYPTION_KEYS: k2 });
    const page = await asUser(server, a).get(`/conversations/${conversation.id}/messages?limit=100`);
    expect(page.status).toBe(200);
    expect(page.body.data.map((m: { content: string }) => m.content).sort()).toEqual([...texts].sort());
    const sync = await asUser(server, a).get('/sync?since=0');
    expect(sync.status).toBe(200);
    for (const text of texts) expect(JSON.stringify(sync.body)).toContain(text);
    const { db } = server.parley.ctx.database;
    const plain = await db.selectFrom('messages').select('id').where(sql<boolean>`content like 'rotation text%'`).execute();
    expect(plain).toEqual([]);
    // The file written before encryption is sealed now and still downloads; the old word is found.
    const stores = Object.fromEntries(done.stores.map((s: { name: string; values: object; unencrypted: number }) => [s.name, s]));
    expect(stores.files).toMatchObject({ values: { k2: 1 }, unencrypted: 0 });
    // The search index is one store, whatever the walk's steps were: every entry under k2, no words left.
    expect(done.stores.filter((s: { name: string }) => s.name.startsWith('search index')).map((s: { name: string }) => s.name)).toEqual(['search index']);
    expect(stores['search index']).toMatchObject({ values: { k2: expect.any(Number) }, unencrypted: 0 });
    expect(Object.keys(stores['search index'].values)).toEqual(['k2']);
    const download = await fetch(`${server.prefix}/attachments/${(file.body as { id: string }).id}`, { headers: { 'x-user-id': a } });
    expect(download.status).toBe(200);
    expect(Buffer.from(await download.arrayBuffer()).equals(bytes)).toBe(true);
    await waitUntil(async () => (await asUser(server, a).get('/search?q=quetzal')).body.data?.length === 1, 'the old word found under k2');
  });

  /**
   * A server whose walks count as dead after 1.5 s of silence (the other instance's saves below come
   * far more often, even on a loaded machine), with five messages sealed under k1
   * and restarted with k2 first (`env` beside it): a rotation to k2 has values to re-seal.
   */
  async function sealedUnderAnOlderKey(env: Record<string, string> = {}): Promise<TestServer> {
    const [k1, k2] = [newKey('k1'), newKey('k2')];
    const server = await startServer(kind, { ENCRYPTION_KEYS: k1 }, { timings: { rotationAbandonedMs: 1_500 } });
    cleanups.push(() => server.stop());
    const a = uniqueId('rot');
    const conversation = await buildConversation(server, a, [uniqueId('peer')]);
    for (let i = 0; i < 5; i++) await sendMessage(server, a, conversation.id, `sealed under k1, ${i}`);
    await server.restart({ ENCRYPTION_KEYS: `${k2},${k1}`, ...env });
    return server;
  }

  it('leaves a rotation another instance walks to it, and takes it over once that walk stops saving progress (its instance died)', async () => {
    const server = await sealedUnderAnOlderKey();
    const encryption = server.parley.ctx.store.encryption;
    // Another instance walks the rotation to k2: it saves its progress after every batch.
    const walkedElsewhere = (savedAt: string) =>
      JSON.stringify({ keyId: 'k2', status: 'running', startedAt: savedAt, finishedAt: null, step: null, after: null, resealed: 0, savedAt });
    const audited = async () => (await asUser(server, ADMIN_ID).get('/admin/audit-log?action=encryption.rotated')).body.data.length;
    const auditedBefore = await audited();
    for (let beat = 0; beat < 8; beat++) {
      await encryption.saveRotationState(walkedElsewhere(new Date().toISOString()));
      // Asked here meanwhile: the rotation carries on where it walks, not here, and is not a new one.
      if (beat === 4) expect((await asUser(server, ADMIN_ID).post('/admin/encryption/rotate', {})).status).toBe(202);
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect((await status(server)).rotation).toMatchObject({ keyId: 'k2', status: 'running', resealed: 0 });
    }
    expect(await audited()).toBe(auditedBefore);
    // That instance dies: its walk saves nothing more, and this one finishes it.
    await waitUntil(async () => (await status(server)).rotation.status === 'done', 'the rotation taken over and finished');
    const done = await status(server);
    expect(done.keys.find((k: { keyId: string }) => k.keyId === 'k1').values).toBe(0);
    expect(done.rotation.resealed).toBeGreaterThan(0);
  });

  it('ends a walk another instance took over at its next save; leaves a stopped rotation to a start or a request', async () => {
    // One value a second: the walk is in its first batches when another instance takes it over.
    const server = await sealedUnderAnOlderKey({ ENCRYPTION_ROTATION_VALUES_PER_SECOND: '1' });
    expect((await asUser(server, ADMIN_ID).post('/admin/encryption/rotate', {})).status).toBe(202);
    await waitUntil(async () => (await status(server)).rotation.resealed > 0, 'the walk under way');
    const encryption = server.parley.ctx.store.encryption;
    const elsewhere = { keyId: 'k2', status: 'running', startedAt: new Date().toISOString(), finishedAt: null, step: null, after: null, resealed: 999 };
    // The other instance goes on saving its progress (this one would take over a silent walk).
    const walksOn = () => encryption.saveRotationState(JSON.stringify({ ...elsewhere, savedAt: new Date().toISOString() }));
    // One save after another: none still on its way when the test writes its own state below.
    let beat = walksOn();
    await beat;
    const heartbeat = setInterval(() => (beat = beat.then(walksOn)), 50);
    try {
      await server.parley.ctx.encryption.settled();
      // This walk ended without writing over the other's progress.
      expect((await status(server)).rotation).toMatchObject({ status: 'running', resealed: 999 });
    } finally {
      clearInterval(heartbeat);
      await beat;
    }

    // Stopped (a key was missing): not tried again every few seconds, but by a request.
    await encryption.saveRotationState(JSON.stringify({ ...elsewhere, status: 'stopped', reason: 'a key was missing', savedAt: null }));
    for (let beat = 0; beat < 6; beat++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect((await status(server)).rotation).toMatchObject({ status: 'stopped', resealed: 999 });
    }
    // Asked again: it carries on from where it stopped (its progress kept), and the request is audited.
    const audited = async () => (await asUser(server, ADMIN_ID).get('/admin/audit-log?action=encryption.rotated')).body.data.length;
    const auditedBefore = await audited();
    const resumed = await asUser(server, ADMIN_ID).post('/admin/encryption/rotate', {});
    expect(resumed.body.rotation).toMatchObject({ status: 'running', resealed: expect.any(Number) });
    expect(resumed.body.rotation.resealed).toBeGreaterThanOrEqual(999);
    expect(await audited()).toBe(auditedBefore + 1);
  });

  it('passes over values no key opens (a damaged file, a damaged text), names them, and finishes the rotation', async () => {
    const k1 = newKey('k1');
    const server = await serve({ ENCRYPTION_KEYS: k1 });
    const a = uniqueId('rot');
    const conversation = await buildConversation(server, a, [uniqueId('peer')]);
    const files: string[] = [];
    for (const name of ['damaged.pdf', 'sound.pdf']) {
      const file = await upload(server, a, { name, bytes: pdf(100_000), type: 'application/pdf' }, { conversationId: conversation.id });
      expect(file.status).toBe(201);
      files.push((file.body as { id: string }).id);
    }
    const withFiles = await sendMessage(server, a, conversation.id, 'two quotes attached', { attachmentIds: files });
    const damagedText = await sendMessage(server, a, conversation.id, 'this text will be damaged in storage');
    const soundText = await sendMessage(server, a, conversation.id, 'this text stays sound');

    // One byte of the sealed file and one character of the sealed text changed, as storage may rot.
    const blobs = server.parley.ctx.attachments.blobs as EncryptedBlobStore;
    const key = blobKeys(files[0]!).file;
    const chunks: Buffer[] = [];
    for await (const chunk of await blobs.underlying.read(key)) chunks.push(chunk as Buffer);
    const stored = Buffer.concat(chunks);
    stored[stored.length >> 1] = stored[stored.length >> 1]! ^ 0xff;
    const scratch = path.join(server.parley.ctx.attachments.stagingDir, `damaged-${uniqueId()}`);
    writeFileSync(scratch, stored);
    await blobs.underlying.put(key, scratch, { contentType: 'application/octet-stream', size: stored.length });
    const { db } = server.parley.ctx.database;
    const row = await db.selectFrom('messages').select('content').where('id', '=', damagedText.id).executeTakeFirstOrThrow();
    const flipped = row.content.slice(0, -6) + (row.content.at(-6) === 'A' ? 'B' : 'A') + row.content.slice(-5);
    await db.updateTable('messages').set({ content: flipped }).where('id', '=', damagedText.id).execute();

    await server.restart({ ENCRYPTION_KEYS: `${newKey('k2')},${k1}`, ENCRYPTION_ROTATION_VALUES_PER_SECOND: '100000' });
    expect((await asUser(server, ADMIN_ID).post('/admin/encryption/rotate', {})).status).toBe(202);
    await waitUntil(async () => (await status(server)).rotation.status === 'done', 'the rotation finished');
    const done = await status(server);
    expect(done.rotation.damaged.values).toEqual(
      expect.arrayContaining([
        { store: 'files', id: files[0] },
        { store: 'messages.content', id: damagedText.id },
      ]),
    );
    expect(done.rotation.damaged.count).toBe(done.rotation.damaged.values.length);
    // The damaged ones stay under k1, which still counts them; everything else moved to k2.
    const stores = Object.fromEntries(done.stores.map((s: { name: string; values: object }) => [s.name, s.values]));
    expect(stores.files).toEqual({ k1: 1, k2: 1 });
    expect(stores['messages.content']).toMatchObject({ k1: 1 });
    const sound = await fetch(`${server.prefix}/attachments/${files[1]}`, { headers: { 'x-user-id': a } });
    expect(sound.status).toBe(200);
    expect((await asUser(server, a).get(`/messages/${soundText.id}`)).body.content).toBe('this text stays sound');
    // Never served as garbage.
    expect((await fetch(`${server.prefix}/attachments/${files[0]}`, { headers: { 'x-user-id': a } })).status).toBe(500);
    // The list outlives a restart; a damaged file goes with its message, and k1 then holds only the damaged text.
    await server.restart({});
    expect((await status(server)).rotation.damaged).toEqual(done.rotation.damaged);
    expect((await asUser(server, a).delete(`/messages/${withFiles.id}`)).status).toBe(204);
    await waitUntil(async () => (await status(server)).stores.find((s: { name: string }) => s.name === 'files').values.k1 === undefined, 'the damaged file removed');
  });

  it('refuses to start without keys on a database that holds sealed values', async () => {
    const k1 = newKey('k1');
    const server = await serve({ ENCRYPTION_KEYS: k1 });
    const [a, b] = [uniqueId('a'), uniqueId('b')];
    const conversation = await buildConversation(server, a, [b]);
    await sendMessage(server, a, conversation.id, 'sealed before the keys went missing');
    for (const keys of ['', ' ']) {
      await expect(server.restart({ ENCRYPTION_KEYS: keys })).rejects.toThrow(/^ENCRYPTION_KEYS: this database holds values sealed/);
    }
    await server.restart({ ENCRYPTION_KEYS: k1 });
    const page = await asUser(server, b).get(`/conversations/${conversation.id}/messages`);
    expect(page.body.data[0].content).toBe('sealed before the keys went missing');

    // Sealed by a version that did not remember it: the migration that came with it finds the sealed values.
    const { db } = server.parley.ctx.database;
    await db.deleteFrom('meta').where('key', '=', 'encryption.sealing').execute();
    // (and of every later migration: they are run again, as on a database that never had them)
    await sql`delete from kysely_migration where name >= '013_remember_sealing'`.execute(db);
    await expect(server.restart({ ENCRYPTION_KEYS: '' })).rejects.toThrow(/^ENCRYPTION_KEYS: this database holds values sealed/);
    await server.restart({ ENCRYPTION_KEYS: k1 });
  });

  it('refuses to start with another key under an id the database knows', async () => {
    const k1 = newKey('k1');
    const server = await serve({ ENCRYPTION_KEYS: k1 });
    const [a, b] = [uniqueId('a'), uniqueId('b')];
    const conversation = await buildConversation(server, a, [b]);
    await sendMessage(server, a, conversation.id, 'sealed under the first k1');
    // A key mistyped or swapped under the same id would seal new values the right key cannot open.
    for (const keys of [newKey('k1'), `${newKey('k2')},${newKey('k1')}`]) {
      await expect(server.restart({ ENCRYPTION_KEYS: keys })).rejects.toThrow(/^ENCRYPTION_KEYS: key "k1" is not the key this database knows/);
    }
    // A new id is new: it is remembered beside k1.
    const k2 = newKey('k2');
    await server.restart({ ENCRYPTION_KEYS: `${k2},${k1}` });
    const page = await asUser(server, b).get(`/conversations/${conversation.id}/messages`);
    expect(page.body.data[0].content).toBe('sealed under the first k1');
    await expect(server.restart({ ENCRYPTION_KEYS: `${newKey('k2')},${k1}` })).rejects.toThrow(/^ENCRYPTION_KEYS: key "k2" is not/);
    await server.restart({ ENCRYPTION_KEYS: k1 });
  });

  it('refuses to rotate when encryption is off', async () => {
    const server = await serve({});
    const refused = await asUser(server, ADMIN_ID).post('/admin/encryption/rotate', {});
    expect(refused.status).toBe(409);
    expect((await status(server)).enabled).toBe(false);
    expect((await asUser(server, uniqueId('u')).get('/admin/encryption')).status).toBe(403);
  });
});
