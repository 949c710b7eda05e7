import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { createParley, type Parley } from '../../src/server.js';
import { ADMIN_ID, anonymous, asService, asUser, buildConversation, Client, sendMessage, startServer, type TestServer, uniqueId } from '../support/harness.js';
import { databaseKinds, postgresUrl } from '../support/services.js';
import { waitUntil } from '../support/wait.js';

interface SyncEvent {
  id: string;
  cursor: string;
  type: string;
  conversationId: string;
  data: Record<string, unknown>;
}

async function syncAll(client: Client, since: string, limit = 100): Promise<{ events: SyncEvent[]; cursor: string }> {
  const events: SyncEvent[] = [];
  let cursor = since;
  for (;;) {
    const page = await client.get(`/sync?since=${cursor}&limit=${limit}`);
    expect(page.status).toBe(200);
    events.push(...page.body.events);
    cursor = page.body.cursor;
    if (!page.body.hasMore) return { events, cursor };
  }
}

describe.each(databaseKinds())('event log and /sync on %s', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer(kind);
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('gives a participant every event of their conversations once, in order, and nothing of others', async () => {
    const me = uniqueId();
    const friend = uniqueId();
    const head = await asUser(server, me).get('/sync');
    expect(head.status).toBe(200);
    expect(head.body).toMatchObject({ events: [], hasMore: false });

    const mine = await buildConversation(server, me, [friend], { message: 'hello' });
    const theirs = await buildConversation(server, friend, [uniqueId()]);
    await sendMessage(server, friend, theirs.id, 'not for me');
    const reply = await sendMessage(server, friend, mine.id, 'hi back');
    await asUser(server, me).post(`/conversations/${mine.id}/read`);

    const { events } = await syncAll(asUser(server, me), head.body.cursor, 2);
    expect(events.map((e) => e.type)).toEqual(['conversation.created', 'message.sent', 'message.sent', 'message.read']);
    expect(events.every((e) => e.conversationId === mine.id)).toBe(true);
    const cursors = events.map((e) => Number(e.cursor));
    expect([...cursors].sort((a, b) => a - b)).toEqual(cursors);
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
    expect(events[2]).toMatchObject({ type: 'message.sent', actorId: friend, source: 'parley', data: { id: reply.id, seq: 2 } });
    expect(events[3]?.data).toMatchObject({ conversationId: mine.id, userId: me, lastReadSeq: 2, messageId: reply.id });
    // message.received is for downstream notification services, never for clients.
    expect(events.some((e) => e.type === 'message.received')).toBe(false);

    // The event at the cursor itself is not sent again.
    const last = events.at(-1) as SyncEvent;
    const after = await asUser(server, me).get(`/sync?since=${last.cursor}`);
    expect(after.body).toMatchObject({ events: [], cursor: last.cursor, hasMore: false });
  });

  it('logs the messages of one conversation in seq order while many senders write to it at once', async () => {
    const owner = uniqueId();
    const senders = Array.from({ length: 11 }, () => uniqueId());
    const group = await buildConversation(server, owner, senders, { type: 'GROUP', title: 'busy' });
    const start = (await asUser(server, owner).get('/sync?since=0&limit=1')).body.cursor as string;
    await Promise.all(
      [owner, ...senders].map(async (sender) => {
        for (let i = 0; i < 25; i++) await sendMessage(server, sender, group.id, `${sender} ${i}`);
      }),
    );
    const { events } = await syncAll(asUser(server, owner), start);
    const seqs = events.filter((e) => e.type === 'message.sent' && e.conversationId === group.id).map((e) => e.data.seq as number);
    expect(seqs).toHaveLength(300);
    expect(seqs).toEqual([...seqs].sort((x, y) => x - y));
  });

  it('answers 400 to malformed cursors and limits', async () => {
    for (const query of ['since=abc', 'since=-1', 'since=1.5', 'since=99999999999999999999', 'since=1&limit=0', 'since=1&limit=5000']) {
      const response = await asUser(server, uniqueId()).get(`/sync?${query}`);
      expect(response.status, query).toBe(400);
      expect(response.body.error.code).toBe('VALIDATION_FAILED');
    }
  });

  it('answers 410 RESYNC_REQUIRED for a cursor older than the retained log', async () => {
    const me = uniqueId();
    await buildConversation(server, me, [uniqueId()]);
    const head = Number((await asUser(server, me).get('/sync')).body.cursor);
    // Retention prunes the log; here the prune horizon is set the way the pruner records it.
    await server.parley.ctx.database.db
      .insertInto('meta')
      .values({ key: 'events.pruned_through', value: String(head) })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value: String(head) }))
      .execute();
    const stale = await asUser(server, me).get(`/sync?since=${head - 1}`);
    expect(stale.status).toBe(410);
    expect(stale.body.error.code).toBe('RESYNC_REQUIRED');
    expect((await asUser(server, me).get(`/sync?since=${head}`)).status).toBe(200);
    await server.parley.ctx.database.db.deleteFrom('meta').where('key', '=', 'events.pruned_through').execute();
  });

  it('moves a quiet reader\'s cursor up to the head on the last page, so it keeps up with the log and its retention', async () => {
    const quiet = asUser(server, uniqueId());
    const start = (await quiet.get('/sync')).body.cursor as string;
    // Others talk; none of it is the quiet reader's.
    const talker = uniqueId();
    const others = await buildConversation(server, talker, [uniqueId()]);
    await sendMessage(server, talker, others.id, 'not for the quiet one');
    const head = Number((await asUser(server, talker).get('/sync')).body.cursor);
    const page = await quiet.get(`/sync?since=${start}`);
    expect(page.body).toMatchObject({ events: [], hasMore: false });
    expect(Number(page.body.cursor)).toBeGreaterThanOrEqual(head);

    // Retention pruned what they never saw: their cursor is still good.
    await server.parley.ctx.database.db
      .insertInto('meta')
      .values({ key: 'events.pruned_through', value: String(head) })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value: String(head) }))
      .execute();
    try {
      expect((await quiet.get(`/sync?since=${page.body.cursor}`)).status).toBe(200);
    } finally {
      await server.parley.ctx.database.db.deleteFrom('meta').where('key', '=', 'events.pruned_through').execute();
    }

    // A full page stops at its last event: the reader reads on from there.
    const me = uniqueId();
    const mine = await buildConversation(server, me, [uniqueId()]);
    await sendMessage(server, me, mine.id, 'one');
    await sendMessage(server, me, mine.id, 'two');
    const first = await asUser(server, me).get(`/sync?since=${head}&limit=1`);
    expect(first.body.hasMore).toBe(true);
    expect(first.body.cursor).toBe(first.body.events[0].cursor);
  });

  it('a deleted or removed message is a tombstone in the log too: no page of /sync quotes its text afterwards', async () => {
    const a = uniqueId();
    const b = uniqueId();
    const conversation = await buildConversation(server, a, [b]);
    const before = (await asUser(server, b).get('/sync')).body.cursor as string;
    const kept = await sendMessage(server, a, conversation.id, 'kept words stay');
    const deleted = await sendMessage(server, a, conversation.id, 'regretted words 7731');
    const removed = await sendMessage(server, a, conversation.id, 'abusive words 9942');
    const reply = await sendMessage(server, b, conversation.id, 'answering that', { replyToId: deleted.id });
    expect((await asUser(server, a).delete(`/messages/${deleted.id}`)).status).toBe(204);
    expect((await asUser(server, ADMIN_ID).post(`/admin/messages/${removed.id}/moderation`, { action: 'remove' })).status).toBe(200);

    for (const reader of [a, b]) {
      const { events } = await syncAll(asUser(server, reader), before);
      const text = JSON.stringify(events);
      expect(text).not.toContain('regretted words');
      expect(text).not.toContain('abusive words');
      expect(text).toContain('kept words stay');
      const sent = new Map(events.filter((e) => e.type === 'message.sent').map((e) => [e.data.id, e.data]));
      expect(sent.get(deleted.id)).toMatchObject({ content: '', isDeleted: true, attachments: [] });
      expect(sent.get(removed.id)).toMatchObject({ content: '', isDeleted: true });
      expect(sent.get(kept.id)).toMatchObject({ content: 'kept words stay', isDeleted: false });
      expect(sent.get(reply.id)).toMatchObject({ content: 'answering that', replyTo: { id: deleted.id, preview: '', isDeleted: true } });
      // Each deletion is announced once, as before, and the announcement keeps its own shape.
      const deletions = events.filter((e) => e.type === 'message.deleted');
      expect(deletions.map((e) => e.data.id)).toEqual([deleted.id, removed.id]);
      for (const deletion of deletions) expect(deletion.data).not.toHaveProperty('content');
      // The message as the log now shows it was deleted when its announcement says.
      for (const deletion of deletions) expect(sent.get(deletion.data.id)?.deletedAt).toBe(deletion.data.deletedAt);
    }
  });

  it('answers 410 RESYNC_REQUIRED for a cursor this log never handed out (ahead of it), not an empty page forever', async () => {
    const me = uniqueId();
    const conversation = await buildConversation(server, me, [uniqueId()]);
    const head = (await asUser(server, me).get('/sync')).body.cursor as string;
    const ahead = await asUser(server, me).get(`/sync?since=${BigInt(head) + 100n}`);
    expect(ahead.status).toBe(410);
    expect(ahead.body.error.code).toBe('RESYNC_REQUIRED');
    // The head itself, with nothing after it yet, is an empty page; what comes next arrives.
    expect((await asUser(server, me).get(`/sync?since=${head}`)).body).toEqual({ events: [], cursor: head, hasMore: false });
    const sent = await sendMessage(server, me, conversation.id, 'after the head');
    const next = await asUser(server, me).get(`/sync?since=${head}`);
    expect(next.body.events.map((e: SyncEvent) => e.data.id)).toContain(sent.id);
  });
});

describe.each(databaseKinds().filter((k) => k === 'postgres'))('no reader skips an event (%s, two instances)', () => {
  let server: TestServer;
  let second: Parley;
  beforeAll(async () => {
    server = await startServer('postgres');
    second = await createParley(loadConfig({ ...server.env }));
    await second.listen();
  });
  afterAll(async () => {
    await second?.close();
    await server?.stop();
  });

  it('a reader polling during concurrent commits from two instances receives every event exactly once, in order', async () => {
    const reader = uniqueId('reader');
    const writers = Array.from({ length: 8 }, () => uniqueId('w'));
    const secondPrefix = `${second.http.listeningOrigin}${second.ctx.config.apiPrefix}`;
    const conversations: { id: string }[] = [];
    for (const writer of writers) conversations.push(await buildConversation(server, writer, [reader]));
    const start = (await asUser(server, reader).get('/sync')).body.cursor as string;

    let done = false;
    const received: SyncEvent[] = [];
    const poller = (async () => {
      let cursor = start;
      while (!done) {
        const { events, cursor: next } = await syncAll(asUser(server, reader), cursor, 7);
        received.push(...events);
        cursor = next;
      }
      const { events } = await syncAll(asUser(server, reader), cursor);
      received.push(...events);
    })();

    const sends = writers.flatMap((writer, i) =>
      Array.from({ length: 25 }, (_, n) => {
        const client = new Client(n % 2 ? secondPrefix : server.prefix, { 'x-user-id': writer });
        return client.post(`/conversations/${conversations[i]?.id}/messages`, { content: `m${n}` });
      }),
    );
    const results = await Promise.all(sends);
    expect(results.every((r) => r.status === 201)).toBe(true);
    done = true;
    await poller;

    const everything = (await syncAll(asUser(server, reader), start, 1000)).events;
    expect(everything).toHaveLength(200);
    expect(received.map((e) => e.id)).toEqual(everything.map((e) => e.id));
    expect(new Set(received.map((e) => e.id)).size).toBe(200);
  });
});

describe.each(databaseKinds().filter((k) => k === 'postgres'))('a send that waits for its turn (%s)', () => {
  let server: TestServer;
  let admin: pg.Client;
  beforeAll(async () => {
    server = await startServer('postgres');
    admin = new pg.Client({ connectionString: server.databaseUrl });
    await admin.connect();
  });
  afterAll(async () => {
    await admin?.end();
    await server?.stop();
  });

  /** Sessions of this database waiting for an advisory lock: writers queued for a turn. */
  const waiting = async () =>
    (await admin.query("select count(*)::int as n from pg_locks where locktype = 'advisory' and not granted and database = (select oid from pg_database where datname = current_database())")).rows[0].n as number;
  /**
   * Sends over every pooled connection at once, so each knows the statements of a send: a
   * connection's first send prepares them and begins again, behind whoever queued meanwhile.
   */
  const everyConnectionHasSent = async () => {
    const owners = Array.from({ length: 20 }, () => uniqueId('warm'));
    const conversations = await Promise.all(owners.map((owner) => buildConversation(server, owner, [uniqueId('peer')])));
    await Promise.all(conversations.flatMap((c, i) => [1, 2].map((n) => sendMessage(server, owners[i] as string, c.id as string, `warm-up ${n}`))));
  };
  /**
   * Stages a send racing a change to many conversations: another change holds the conversation's
   * turn, `sender`'s send queues behind it, then `change` must queue behind the send rather than
   * go ahead of both. Answers the send and the change once the holder commits.
   */
  const raceBehindASend = async <T,>(conversationId: string, sender: string, text: string, change: () => Promise<T>) => {
    await everyConnectionHasSent();
    await admin.query(server.parley.ctx.store.dialect.beginWithTurn(conversationId));
    const sending = sendMessage(server, sender, conversationId, text);
    await waitUntil(async () => (await waiting()) === 1, 'the send waiting for its turn');
    let answered = false;
    const changing = change().finally(() => (answered = true));
    await waitUntil(async () => answered || (await waiting()) === 2, 'the change waiting for the turn after the send');
    expect(answered, 'the change went ahead of the turn').toBe(false);
    await admin.query('commit');
    return { sent: await sending, changed: await changing };
  };

  it('reads the members as the change before it left them: one removed meanwhile gets no copy', async () => {
    const owner = uniqueId('owner');
    const [stays, leaves] = [uniqueId('stays'), uniqueId('leaves')];
    const group = await buildConversation(server, owner, [stays, leaves], { type: 'GROUP', title: 'turns' });

    // A change that has the conversation's turn and removes a member, not yet committed.
    await admin.query(server.parley.ctx.store.dialect.beginWithTurn(group.id));
    await admin.query('update participants set left_at = $1 where conversation_id = $2 and user_id = $3', [new Date().toISOString(), group.id, leaves]);
    const sending = sendMessage(server, owner, group.id, 'after the removal');
    // The send queues for the turn; then the removal commits.
    await waitUntil(
      async () =>
        (await admin.query("select 1 from pg_locks where locktype = 'advisory' and not granted and database = (select oid from pg_database where datname = current_database())")).rowCount === 1,
      'the send waiting for its turn',
    );
    await admin.query('commit');
    const sent = await sending;

    // The copies notification services receive (webhooks, streams): one per recipient.
    const received = await admin.query<{ data: string }>("select data from events where type = 'message.received' and conversation_id = $1", [group.id]);
    const recipients = received.rows.map((row) => (JSON.parse(row.data) as { recipientId: string; preview: string }))
      .filter((copy) => copy.preview === 'after the removal').map((copy) => copy.recipientId);
    expect(recipients).toEqual([stays]);
    expect(sent.seq).toBeGreaterThan(0);
  });

  it("erases a user in their conversations' turns: a send of theirs that went first is logged before its tombstone and their leaving", async () => {
    const [erased, peer] = [uniqueId('erased'), uniqueId('peer')];
    const conversation = await buildConversation(server, erased, [peer], { message: 'first' });
    const since = (await asUser(server, peer).get('/sync')).body.cursor as string;
    const { sent, changed: erasure } = await raceBehindASend(conversation.id, erased, 'sent before the erasure', () => asUser(server, ADMIN_ID).delete(`/users/${erased}`));
    expect(erasure.status).toBe(200);
    expect(erasure.body).toMatchObject({ erased: true, messages: 2 });

    // The peer reads the log in the order the changes committed: the message, its tombstone, the leaving.
    const { events } = await syncAll(asUser(server, peer), since);
    const order = events.map((e) => (e.type === 'participant.removed' ? e.type : `${e.type}:${String(e.data.id ?? e.data.messageId)}`));
    const sentAt = order.indexOf(`message.sent:${sent.id}`);
    const deletedAt = order.indexOf(`message.deleted:${sent.id}`);
    expect(sentAt).toBeGreaterThanOrEqual(0);
    expect(deletedAt).toBeGreaterThan(sentAt);
    expect(order.indexOf('participant.removed')).toBeGreaterThan(deletedAt);
    // The message.sent the erasure rewrote is a tombstone deleted when the erasure says.
    expect(events[sentAt]?.data).toMatchObject({ content: '', isDeleted: true, deletedAt: events[deletedAt]?.data.deletedAt });
  });

  it("brings a context's conversations up to it in their turns: a send that went first is logged before the platform's note", async () => {
    const [buyer, pro, job] = [uniqueId('buyer'), uniqueId('pro'), uniqueId('job')];
    expect((await asService(server).put(`/contexts/job/${job}`, { title: 'Fix the sink' })).status).toBe(201);
    const conversation = await buildConversation(server, buyer, [pro], { context: { type: 'job', id: job } });
    const since = (await asUser(server, pro).get('/sync')).body.cursor as string;
    const { sent, changed } = await raceBehindASend(conversation.id, buyer, 'sent before the booking', () => asService(server).put(`/contexts/job/${job}`, { state: 'booked' }));
    expect(changed.status).toBe(200);

    const { events } = await syncAll(asUser(server, pro), since);
    const messages = events.filter((e) => e.type === 'message.sent').map((e) => ({ seq: e.data.seq, type: e.data.messageType }));
    expect(messages).toEqual([
      { seq: sent.seq, type: 'TEXT' },
      { seq: (sent.seq as number) + 1, type: 'SYSTEM' },
    ]);
  });

  it('takes an id written into the begin of a send as a value: quotes and backslashes change nothing', async () => {
    const owner = uniqueId('owner');
    const conversation = await buildConversation(server, owner, [uniqueId('peer')]);
    for (const id of [`${conversation.id}'`, `x' or '1'='1`, `\\'; select pg_sleep(5); --`, `${conversation.id}\\`]) {
      const refused = await asUser(server, owner).post(`/conversations/${encodeURIComponent(id)}/messages`, { content: 'hello' });
      expect(refused.status).toBe(404);
      expect(refused.body).toMatchObject({ error: { code: 'NOT_FOUND' } });
    }
    const stored = await admin.query('select count(*)::int as n from messages where conversation_id = $1', [conversation.id]);
    expect(stored.rows[0]?.n).toBe(0);
    // The connections those sends used serve the next ones.
    const sent = await Promise.all(Array.from({ length: 12 }, (_, i) => sendMessage(server, owner, conversation.id, `m${i}`)));
    expect(sent.map((m) => m.seq).sort((a, b) => a - b)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
  });

  it('gives up on a lock another session holds after DATABASE_LOCK_TIMEOUT_MS: 503, nothing written, and the next send goes on', async () => {
    const impatient = await startServer('postgres', { DATABASE_LOCK_TIMEOUT_MS: '300' });
    const holder = new pg.Client({ connectionString: impatient.databaseUrl });
    await holder.connect();
    try {
      const owner = uniqueId('owner');
      const conversation = await buildConversation(impatient, owner, [uniqueId('peer')]);
      const first = await sendMessage(impatient, owner, conversation.id, 'before');
      // Maintenance, or a stuck session, holds the messages table.
      await holder.query('begin; lock table messages in access exclusive mode');
      const refused = await asUser(impatient, owner).post(`/conversations/${conversation.id}/messages`, { content: 'waits' });
      await holder.query('rollback');
      expect(refused.status).toBe(503);
      expect(refused.body).toMatchObject({ error: { code: 'UNAVAILABLE' } });
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
      const after = await sendMessage(impatient, owner, conversation.id, 'after');
      expect(after.seq).toBe(first.seq + 1);
    } finally {
      await holder.end();
      await impatient.stop();
    }
  });

  it('answers 503 and is not ready while the database refuses writes (a standby after a failover), and serves again once it takes them', async () => {
    const owner = uniqueId('owner');
    const conversation = await buildConversation(server, owner, [uniqueId('peer')]);
    const first = await sendMessage(server, owner, conversation.id, 'before');
    const { rows } = await admin.query<{ name: string }>('select current_database() as name');
    const database = pg.escapeIdentifier(rows[0]!.name);
    // New sessions start read-only; the pool's present ones are ended, so it opens new ones.
    const reconnectAll = () => admin.query('select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()');
    await admin.query(`alter database ${database} set default_transaction_read_only = on`);
    try {
      await reconnectAll();
      await waitUntil(async () => (await anonymous(server).get('/ready')).body.checks?.database?.reason === 'read-only', 'readiness sees the read-only database');
      const ready = await anonymous(server).get('/ready');
      expect(ready.status).toBe(503);
      const refused = await asUser(server, owner).post(`/conversations/${conversation.id}/messages`, { content: 'refused' });
      expect(refused.status).toBe(503);
      expect(refused.body).toMatchObject({ error: { code: 'UNAVAILABLE' } });
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    } finally {
      await admin.query(`alter database ${database} reset default_transaction_read_only`);
      await reconnectAll();
    }
    await waitUntil(async () => (await anonymous(server).get('/ready')).status === 200, 'ready again');
    const after = await sendMessage(server, owner, conversation.id, 'after');
    expect(after.seq).toBe(first.seq + 1);
  });

  it('answers 503 with Retry-After while the database refuses new connections, and serves again once it takes them', async () => {
    const owner = uniqueId('owner');
    const conversation = await buildConversation(server, owner, [uniqueId('peer')]);
    const first = await sendMessage(server, owner, conversation.id, 'before');
    const { rows } = await admin.query<{ name: string }>('select current_database() as name');
    const database = pg.escapeIdentifier(rows[0]!.name);
    // A database's connections are refused from a session in another one (the server's base database).
    const outside = new pg.Client({ connectionString: postgresUrl });
    await outside.connect();
    await outside.query(`alter database ${database} allow_connections false`);
    try {
      // The pool's sessions end; the ones it opens next are refused (SQLSTATE 55000).
      await admin.query('select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()');
      for (const answer of [
        await asUser(server, owner).post(`/conversations/${conversation.id}/messages`, { content: 'refused' }),
        await asUser(server, owner).get(`/conversations/${conversation.id}/messages`),
        await asUser(server, owner).get('/sync?since=0'),
      ]) {
        expect(answer.status).toBe(503);
        expect(answer.body).toMatchObject({ error: { code: 'UNAVAILABLE' } });
        expect(Number(answer.headers.get('retry-after'))).toBeGreaterThan(0);
      }
    } finally {
      await outside.query(`alter database ${database} allow_connections true`);
      await outside.end();
    }
    const after = await sendMessage(server, owner, conversation.id, 'after');
    expect(after.seq).toBe(first.seq + 1);
  });

  it('rolls back a send whose wait for its turn fails, and its pooled connection serves the next sends', async () => {
    const owner = uniqueId('owner');
    const conversation = await buildConversation(server, owner, [uniqueId('peer')]);
    const first = await sendMessage(server, owner, conversation.id, 'before');

    // Another writer has the turn; the send queues behind it, and its wait is cancelled (as a
    // lock_timeout or statement_timeout would end it), inside the transaction it began.
    await admin.query(server.parley.ctx.store.dialect.beginWithTurn(conversation.id));
    const failing = asUser(server, owner).post(`/conversations/${conversation.id}/messages`, { content: 'cancelled' });
    let waiting: number | undefined;
    await waitUntil(async () => {
      const { rows } = await admin.query<{ pid: number }>(
        "select pid from pg_locks where locktype = 'advisory' and not granted and database = (select oid from pg_database where datname = current_database())",
      );
      waiting = rows[0]?.pid;
      return waiting !== undefined;
    }, 'the send waiting for its turn');
    await admin.query('select pg_cancel_backend($1)', [waiting]);
    const refused = await failing;
    await admin.query('commit');
    // Nothing was written and the same request may be sent again: UNAVAILABLE, with when to retry.
    expect(refused.status).toBe(503);
    expect(refused.body).toMatchObject({ error: { code: 'UNAVAILABLE' } });
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);

    // The connection the cancelled send used is back in the pool with no transaction left open:
    // the sends after it succeed, and the seq goes on without a gap.
    const after = [];
    for (let i = 0; i < 3; i++) after.push(await sendMessage(server, owner, conversation.id, `after ${i}`));
    expect(after.map((m) => m.seq)).toEqual([first.seq + 1, first.seq + 2, first.seq + 3]);
    const stored = await admin.query("select count(*)::int as n from messages where conversation_id = $1 and content = 'cancelled'", [conversation.id]);
    expect(stored.rows[0]?.n).toBe(0);
  });
});
