import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_ID, asService, asUser, buildConversation, startServer, type TestServer, uniqueId } from '../support/harness.js';
import { databaseKinds } from '../support/services.js';

describe.each(databaseKinds())('the audit log on %s', (kind) => {
  let server: TestServer;
  const admin = () => asUser(server, ADMIN_ID);
  beforeAll(async () => {
    server = await startServer(kind);
  });
  afterAll(async () => {
    await server?.stop();
  });

  const db = () => server.parley.ctx.database.db;
  const readConversation = (id: string, reason: string) =>
    admin().request('GET', `/admin/conversations/${id}/messages?reason=${encodeURIComponent(reason)}`, undefined, { 'x-request-id': `req-${reason.replace(/\W/g, '')}` });

  it('appends one chained entry per audited action, newest first, with filters and pages', async () => {
    const a = uniqueId();
    const first = await buildConversation(server, a, [uniqueId()]);
    const second = await buildConversation(server, a, [uniqueId()]);
    expect((await readConversation(first.id, 'dispute 1')).status).toBe(200);
    expect((await readConversation(second.id, 'dispute 2')).status).toBe(200);
    expect((await asService(server).get(`/admin/conversations/${first.id}/messages?reason=fraud%20check`)).status).toBe(200);

    const log = await admin().get('/admin/audit-log?limit=100');
    expect(log.status).toBe(200);
    const entries = log.body.data;
    expect(entries.length).toBeGreaterThanOrEqual(3);
    const [newest, middle, oldest] = entries;
    expect(newest).toMatchObject({
      action: 'conversation.read',
      actor: { type: 'service', id: null },
      target: { type: 'conversation', id: first.id, conversationId: first.id },
      reason: 'fraud check',
    });
    expect(oldest).toMatchObject({
      action: 'conversation.read',
      actor: { type: 'user', id: ADMIN_ID, ip: '127.0.0.1', requestId: 'req-dispute1' },
      target: { type: 'conversation', id: first.id },
      reason: 'dispute 1',
    });
    // Each entry names the hash of the one before it.
    expect(newest.prevHash).toBe(middle.hash);
    expect(middle.prevHash).toBe(oldest.hash);
    expect(newest.seq).toBe(middle.seq + 1);
    expect(newest.hash).toMatch(/^[0-9a-f]{64}$/);

    const byTarget = await admin().get(`/admin/audit-log?targetId=${second.id}`);
    expect(byTarget.body.data.map((e: { reason: string }) => e.reason)).toEqual(['dispute 2']);
    const byActor = await admin().get(`/admin/audit-log?actorId=${ADMIN_ID}&action=conversation.read`);
    expect(byActor.body.data.every((e: { actor: { id: string } }) => e.actor.id === ADMIN_ID)).toBe(true);
    const future = await admin().get(`/admin/audit-log?since=${encodeURIComponent(new Date(Date.now() + 60_000).toISOString())}`);
    expect(future.body.data).toEqual([]);
    const since = await admin().get(`/admin/audit-log?since=${encodeURIComponent(middle.at)}`);
    expect(since.body.data.map((e: { seq: number }) => e.seq)).toEqual(expect.arrayContaining([newest.seq, middle.seq]));

    const page1 = await admin().get('/admin/audit-log?limit=2');
    expect(page1.body.data).toHaveLength(2);
    const page2 = await admin().get(`/admin/audit-log?limit=2&cursor=${page1.body.nextCursor}`);
    expect(page2.body.data[0].seq).toBe(page1.body.data[1].seq - 1);

    expect((await admin().get('/admin/audit-log?action=nonsense')).status).toBe(400);
    expect((await admin().get('/admin/audit-log?since=yesterday')).status).toBe(400);
    expect((await admin().get('/admin/audit-log?cursor=abc')).status).toBe(400);
  });

  it('requires a reason for a moderator read and 404s an unknown conversation', async () => {
    const conversation = await buildConversation(server, uniqueId(), [uniqueId()]);
    expect((await admin().get(`/admin/conversations/${conversation.id}/messages`)).status).toBe(400);
    expect((await admin().get(`/admin/conversations/${conversation.id}/messages?reason=%20%20`)).status).toBe(400);
    expect((await admin().get(`/admin/conversations/${'x'.repeat(10)}/messages?reason=check`)).status).toBe(404);
  });

  it('keeps one chain under concurrent appends', async () => {
    const conversation = await buildConversation(server, uniqueId(), [uniqueId()]);
    const responses = await Promise.all(Array.from({ length: 20 }, (_, i) => readConversation(conversation.id, `burst ${i}`)));
    expect(responses.every((r) => r.status === 200)).toBe(true);
    const verified = await admin().get('/admin/audit-log/verify');
    expect(verified.body.ok).toBe(true);
    const burst = (await admin().get(`/admin/audit-log?targetId=${conversation.id}&limit=100`)).body.data;
    expect(burst).toHaveLength(20);
    expect(new Set(burst.map((e: { seq: number }) => e.seq)).size).toBe(20);
  });

  it('refuses UPDATE and DELETE in the database itself', async () => {
    const conversation = await buildConversation(server, uniqueId(), [uniqueId()]);
    await readConversation(conversation.id, 'trigger check');
    await expect(sql`update audit_log set note = 'rewritten'`.execute(db())).rejects.toThrow(/append-only/);
    await expect(sql`delete from audit_log`.execute(db())).rejects.toThrow(/append-only/);
    if (kind === 'postgres') await expect(sql`truncate audit_log`.execute(db())).rejects.toThrow(/append-only/);
    expect((await admin().get('/admin/audit-log/verify')).body.ok).toBe(true);
  });

  it('a note cut in the middle of an emoji is refused, and the chain still verifies', async () => {
    const a = uniqueId();
    const conversation = await buildConversation(server, a, [uniqueId()]);
    const sent = await asUser(server, a).post(`/conversations/${conversation.id}/messages`, { content: 'see you at 5' });
    const before = (await admin().get('/admin/audit-log?limit=1')).body.data[0];
    const cut = await admin().post(`/admin/messages/${sent.body.id}/moderation`, { action: 'approve', note: 'fine \ud83d' });
    expect(cut.status).toBe(400);
    expect(cut.body.error.code).toBe('VALIDATION_FAILED');
    expect((await admin().get('/admin/audit-log?limit=1')).body.data[0]).toEqual(before);
    expect((await admin().post(`/admin/messages/${sent.body.id}/moderation`, { action: 'approve', note: 'fine 😀' })).status).toBe(200);
    expect((await admin().get('/admin/audit-log/verify')).body.ok).toBe(true);
  });

  it('verify finds an entry changed, removed or forged directly in the database', async () => {
    const conversation = await buildConversation(server, uniqueId(), [uniqueId()]);
    for (const reason of ['one', 'two', 'three']) await readConversation(conversation.id, reason);
    const verified = await admin().get('/admin/audit-log/verify');
    expect(verified.status).toBe(200);
    const head = (await admin().get('/admin/audit-log?limit=1')).body.data[0];
    expect(verified.body).toEqual({ ok: true, entries: head.seq, lastHash: head.hash });

    // Someone with the database's credentials drops the triggers to rewrite history.
    if (kind === 'postgres') {
      await sql`drop trigger audit_log_no_update on audit_log`.execute(db());
    } else {
      await sql`drop trigger audit_log_no_update`.execute(db());
      await sql`drop trigger audit_log_no_delete`.execute(db());
    }
    const victim = head.seq - 1;
    const original = await db().selectFrom('audit_log').selectAll().where('seq', '=', victim).executeTakeFirstOrThrow();

    // Changed: one field of one entry.
    await db().updateTable('audit_log').set({ reason: 'nothing to see' }).where('seq', '=', victim).execute();
    expect((await admin().get('/admin/audit-log/verify')).body).toEqual({ ok: false, brokenAt: victim });
    // Changed together with its own hash, recomputed without the key: still found.
    await db().updateTable('audit_log').set({ reason: original.reason, hash: 'f'.repeat(64) }).where('seq', '=', victim).execute();
    expect((await admin().get('/admin/audit-log/verify')).body).toEqual({ ok: false, brokenAt: victim });
    await db().updateTable('audit_log').set({ hash: original.hash }).where('seq', '=', victim).execute();
    expect((await admin().get('/admin/audit-log/verify')).body.ok).toBe(true);

    // Removed.
    await db().deleteFrom('audit_log').where('seq', '=', victim).execute();
    expect((await admin().get('/admin/audit-log/verify')).body).toEqual({ ok: false, brokenAt: victim });
    await db().insertInto('audit_log').values(original).execute();
    expect((await admin().get('/admin/audit-log/verify')).body.ok).toBe(true);

    // Inserted: an entry that chains to the head but was not made with the key.
    const forged = { ...original, seq: head.seq + 1, id: 'forged', prev_hash: head.hash, hash: '0'.repeat(64) };
    await db().insertInto('audit_log').values(forged).execute();
    expect((await admin().get('/admin/audit-log/verify')).body).toEqual({ ok: false, brokenAt: head.seq + 1 });
    await db().deleteFrom('audit_log').where('id', '=', 'forged').execute();
    expect((await admin().get('/admin/audit-log/verify')).body).toEqual({ ok: true, entries: head.seq, lastHash: head.hash });

    // Inserted before the first entry, where no append puts one: the list would show it, so verify names it.
    for (const seq of [0, -7]) {
      await db().insertInto('audit_log').values({ ...original, seq, id: `forged-${seq}` }).execute();
      expect((await admin().get('/admin/audit-log/verify')).body).toEqual({ ok: false, brokenAt: seq });
      await db().deleteFrom('audit_log').where('id', '=', `forged-${seq}`).execute();
    }
    // SQLite keeps what a column is given: a seq that is not a whole number, or none, is named as the list shows it.
    if (kind === 'sqlite') {
      for (const [seq, shown] of [[victim + 0.5, victim], [0.5, 0], [null, 0]] as const) {
        await db().insertInto('audit_log').values({ ...original, seq: seq as number, id: 'forged-between' }).execute();
        expect((await admin().get('/admin/audit-log/verify')).body, String(seq)).toEqual({ ok: false, brokenAt: shown });
        await db().deleteFrom('audit_log').where('id', '=', 'forged-between').execute();
      }
    }
    expect((await admin().get('/admin/audit-log/verify')).body).toEqual({ ok: true, entries: head.seq, lastHash: head.hash });
  });
});
