import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdf, upload } from '../support/attachments.js';
import { ADMIN_ID, asService, asUser, buildConversation, sendMessage, startServer, type TestServer, uniqueId } from '../support/harness.js';
import { databaseKinds } from '../support/services.js';
import { waitUntil } from '../support/wait.js';

/** Every file under a folder, recursively. */
function filesUnder(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder).flatMap((name) => {
    const full = path.join(folder, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

describe.each(databaseKinds())('GDPR export and erasure on %s', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer(kind);
  });
  afterAll(async () => {
    await server?.stop();
  });

  /** Everything the database holds, as text (the search index included). */
  async function databaseText(): Promise<string> {
    const { db, dialect } = server.parley.ctx.database;
    if (dialect.name === 'sqlite') {
      // The file and its WAL, after a checkpoint: what is on disk, not what a query shows.
      await sql`pragma wal_checkpoint(TRUNCATE)`.execute(db);
      const file = path.join(server.env.DATA_DIR as string, 'parley.db');
      return [file, `${file}-wal`].filter(existsSync).map((f) => readFileSync(f).toString('latin1')).join('\n');
    }
    const tables = (await db.introspection.getTables()).map((t) => t.name);
    const union = tables.map((table) => `select to_jsonb(x)::text as r from "${table}" x`).join(' union all ');
    const { rows } = await sql<{ r: string }>`${sql.raw(union)}`.execute(db);
    return rows.map((row) => row.r).join('\n');
  }

  it('exports everything about a user to that user and the service key, streams it, audits it; others get 404', async () => {
    const a = uniqueId('exp');
    const b = uniqueId('peer');
    const blocked = uniqueId('blk');
    const conversation = await buildConversation(server, a, [b]);
    const mine = await sendMessage(server, a, conversation.id, 'first from a');
    await sendMessage(server, a, conversation.id, 'second from a');
    const theirs = await sendMessage(server, b, conversation.id, 'from b');
    expect((await asUser(server, a).post(`/messages/${theirs.id}/reactions`, { emoji: '👍' })).status).toBeLessThan(300);
    expect((await asUser(server, a).post('/blocks', { userId: blocked })).status).toBeLessThan(300);
    const read = await asUser(server, ADMIN_ID).get(`/admin/conversations/${conversation.id}/messages?reason=dispute%20check`);
    expect(read.status).toBe(200);

    const response = await asUser(server, a).get(`/users/${a}/export`);
    expect(response.status).toBe(200);
    const doc = response.body;
    expect(doc.profile.id).toBe(a);
    expect(doc.conversations.map((c: { id: string }) => c.id)).toEqual([conversation.id]);
    expect(doc.messages.map((m: { content: string }) => m.content)).toEqual(
      expect.arrayContaining(['first from a', 'second from a']),
    );
    expect(doc.messages).toHaveLength(2);
    expect(doc.messages.find((m: { id: string }) => m.id === mine.id)).toMatchObject({ conversationId: conversation.id, attachments: [] });
    expect(doc.reactions).toEqual([expect.objectContaining({ messageId: theirs.id, emoji: '👍' })]);
    expect(doc.blocks).toEqual([expect.objectContaining({ userId: blocked })]);
    expect(doc.readPointers).toEqual([expect.objectContaining({ conversationId: conversation.id })]);
    expect(doc.accessLog).toEqual([expect.objectContaining({ moderatorId: ADMIN_ID, conversationId: conversation.id, reason: 'dispute check' })]);

    expect((await asService(server).get(`/users/${a}/export`)).status).toBe(200);
    expect((await asUser(server, b).get(`/users/${a}/export`)).status).toBe(404);
    expect((await asUser(server, ADMIN_ID).get(`/users/${a}/export`)).status).toBe(404);

    const audit = await asUser(server, ADMIN_ID).get(`/admin/audit-log?action=user.exported&targetId=${a}`);
    expect(audit.body.data).toHaveLength(2);
  });

  it('streams a long history in pages', async () => {
    const a = uniqueId('long');
    const conversation = await buildConversation(server, a, [uniqueId()]);
    for (let i = 0; i < 1_100; i += 100) {
      await Promise.all(Array.from({ length: 100 }, (_, j) => sendMessage(server, a, conversation.id, `m${i + j}`)));
    }
    const doc = (await asService(server).get(`/users/${a}/export`)).body;
    expect(doc.messages).toHaveLength(1_100);
    expect(new Set(doc.messages.map((m: { id: string }) => m.id)).size).toBe(1_100);
  });

  it('erases a user everywhere: no byte of their texts is left, others keep tombstones, twice answers the same', async () => {
    const marker = `zq${randomBytes(6).toString('hex')}`;
    const a = uniqueId('gone');
    const b = uniqueId('stays');
    const conversation = await buildConversation(server, a, [b]);
    const sent = await sendMessage(server, a, conversation.id, `hello ${marker}sent`);
    const edited = await sendMessage(server, a, conversation.id, 'plain');
    expect((await asUser(server, a).patch(`/messages/${edited.id}`, { content: `now ${marker}edited` })).status).toBe(200);
    const bytes = pdf(4096);
    bytes.write(`${marker}file`, 100);
    const file = await upload(server, a, { name: 'notes.pdf', bytes, type: 'application/pdf' }, { conversationId: conversation.id });
    expect(file.status).toBe(201);
    await sendMessage(server, a, conversation.id, `see ${marker}caption`, { attachmentIds: [file.body.id] });
    const reply = await sendMessage(server, b, conversation.id, 'my answer', { replyToId: sent.id });
    await sendMessage(server, a, conversation.id, `last ${marker}preview`);
    await waitUntil(async () => (await asUser(server, b).get(`/search?q=${marker}sent`)).body.data?.length === 1, 'indexed');
    expect(await databaseText()).toContain(marker);

    const erased = await asService(server).delete(`/users/${a}`);
    expect(erased.status).toBe(200);
    expect(erased.body).toEqual({ erased: true, deferred: [], messages: 4 });
    const again = await asUser(server, ADMIN_ID).delete(`/users/${a}`);
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ erased: true, deferred: [] });
    expect((await asService(server).delete(`/users/${uniqueId('never')}`)).status).toBe(200);
    expect((await asUser(server, b).delete(`/users/${a}`)).status).toBe(403);

    const asB = asUser(server, b);
    const messages = await asB.get(`/conversations/${conversation.id}/messages`);
    expect(messages.status).toBe(200);
    expect(messages.body.data).toHaveLength(5);
    const tombstones = messages.body.data.filter((m: { senderId: string }) => m.senderId === a);
    expect(tombstones.every((m: { isDeleted: boolean; content: string }) => m.isDeleted && m.content === '')).toBe(true);
    expect(messages.body.data.find((m: { id: string }) => m.id === reply.id)).toMatchObject({ content: 'my answer' });

    const answers = [
      messages,
      await asB.get('/conversations'),
      await asB.get(`/conversations/${conversation.id}`),
      await asB.get('/sync?since=0&limit=500'),
      await asB.get(`/search?q=${marker}`),
      await asB.get(`/users/${a}`),
      await asService(server).get(`/users/${b}/export`),
      await asUser(server, ADMIN_ID).get(`/admin/conversations/${conversation.id}/messages?reason=after%20erasure`),
      await asUser(server, ADMIN_ID).get('/admin/audit-log?limit=100'),
    ];
    for (const answer of answers) expect(JSON.stringify(answer.body)).not.toContain(marker);
    expect((await asB.get(`/search?q=${marker}sent`)).body.data).toEqual([]);

    expect(await databaseText()).not.toContain(marker);
    const uploads = filesUnder(path.join(server.env.DATA_DIR as string, 'uploads'));
    for (const stored of uploads) expect(readFileSync(stored).toString('latin1')).not.toContain(marker);

    // The audit log keeps the erasure, with the user's id only as a pseudonym.
    const audit = await asUser(server, ADMIN_ID).get('/admin/audit-log?action=user.erased');
    expect(audit.body.data.length).toBeGreaterThanOrEqual(2);
    expect(JSON.stringify(audit.body)).not.toContain(a);
    expect(audit.body.data[0].target.id).toMatch(/^hmac:[0-9a-f]{32}$/);
  });

  it('leaves conversations in a disputed context for later and says so', async () => {
    const a = uniqueId('disp');
    const b = uniqueId();
    const contextId = uniqueId('booking');
    const conversation = await buildConversation(server, a, [b], { context: { type: 'booking', id: contextId } });
    await sendMessage(server, a, conversation.id, 'kept while disputed');
    const context = await asService(server).put(`/contexts/booking/${contextId}`, { state: 'disputed' });
    expect(context.status).toBeLessThan(300);

    const erased = await asService(server).delete(`/users/${a}`);
    expect(erased.body).toEqual({ erased: true, deferred: [conversation.id], messages: 0 });
    const messages = await asUser(server, b).get(`/conversations/${conversation.id}/messages`);
    expect(JSON.stringify(messages.body)).toContain('kept while disputed');
  });
});
