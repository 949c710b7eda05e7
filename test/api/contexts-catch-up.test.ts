// A context's change reaches its conversations in batches after the context row commits: every
// conversation exactly once, sends racing it judged by the state their conversation holds, and a
// change that a stop left half applied finished after the next start.
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { asService, asUser, buildConversation, startServer, type TestServer, uniqueId } from '../support/harness.js';
import { databaseKinds } from '../support/services.js';
import { waitUntil } from '../support/wait.js';

/** More than one batch of the catch-up (50), and not a multiple of it. */
const CONVERSATIONS = 120;

interface SyncEvent {
  type: string;
  conversationId: string | null;
  data: Record<string, unknown>;
}

describe.each(databaseKinds())('a context change in batches on %s', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer(kind);
  });
  afterAll(async () => {
    await server?.stop();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  const put = (type: string, id: string, body: unknown) => asService(server).put(`/contexts/${type}/${id}`, body);
  const head = async (user: string) => (await asUser(server, user).get('/sync')).body.cursor as string;
  const eventsSince = async (user: string, since: string): Promise<SyncEvent[]> => {
    const events: SyncEvent[] = [];
    for (let cursor = since; ; ) {
      const page = (await asUser(server, user).get(`/sync?since=${cursor}&limit=1000`)).body;
      events.push(...(page.events as SyncEvent[]));
      cursor = page.cursor;
      if (!page.hasMore) return events;
    }
  };
  /** One conversation per buyer with `seller` about the context; the seller's view covers them all. */
  const buildContext = async (type: string, id: string) => {
    const seller = uniqueId('seller');
    const conversations: { id: string; buyer: string }[] = [];
    for (let i = 0; i < CONVERSATIONS; i += 10) {
      const made = await Promise.all(
        Array.from({ length: Math.min(10, CONVERSATIONS - i) }, async () => {
          const buyer = uniqueId('buyer');
          const conversation = await buildConversation(server, buyer, [seller], { context: { type, id } });
          return { id: conversation.id as string, buyer };
        }),
      );
      conversations.push(...made);
    }
    return { seller, conversations };
  };
  /** How many times each conversation got each event type (SYSTEM messages counted as `note`). */
  const tally = (events: SyncEvent[]) => {
    const counts = new Map<string, { note: number; updated: number }>();
    for (const event of events) {
      const entry = counts.get(event.conversationId ?? '') ?? { note: 0, updated: 0 };
      if (event.type === 'message.sent' && event.data.messageType === 'SYSTEM') entry.note++;
      if (event.type === 'conversation.updated') entry.updated++;
      counts.set(event.conversationId ?? '', entry);
    }
    return counts;
  };
  const notesIn = async (user: string, conversationId: string) =>
    ((await asUser(server, user).get(`/conversations/${conversationId}/messages?limit=100`)).body.data as { messageType: string; content: string }[]).filter(
      (m) => m.messageType === 'SYSTEM',
    );
  const contextUpdates = async (id: string, after: number) =>
    (await server.parley.ctx.store.events.readAfter(after, 10_000)).filter(
      (row) => row.type === 'context.updated' && (JSON.parse(row.data) as { id: string }).id === id,
    ).length;

  it('reaches every conversation of a context larger than a batch exactly once; a repeat or an older change writes nothing', async () => {
    const id = uniqueId('lst');
    const { seller, conversations } = await buildContext('listing', id);
    const start = await head(seller);
    const logStart = await server.parley.ctx.store.events.committedHead();

    const booked = await put('listing', id, { state: 'booked', title: 'Cabin', version: 2 });
    expect(booked.status).toBe(201);
    expect(booked.body).toMatchObject({ state: 'booked', conversations: CONVERSATIONS });
    const counts = tally(await eventsSince(seller, start));
    for (const conversation of conversations) expect(counts.get(conversation.id)).toEqual({ note: 1, updated: 1 });
    expect(counts.size).toBe(CONVERSATIONS);
    // The answer came after the last batch: every conversation shows the change already.
    const list = await asUser(server, seller).get(`/conversations?contextId=${id}&limit=100`);
    expect(list.body.data.map((c: { context: unknown }) => c.context)).toEqual(
      Array.from({ length: 100 }, () => ({ type: 'listing', id, title: 'Cabin', state: 'booked' })),
    );
    await waitUntil(async () => (await contextUpdates(id, logStart)) === 1, 'one context.updated');

    const again = await head(seller);
    expect((await put('listing', id, { state: 'booked', title: 'Cabin' })).status).toBe(200);
    expect((await put('listing', id, { state: 'open', version: 1 })).body).toMatchObject({ state: 'booked', version: 2 });
    expect(await eventsSince(seller, again)).toEqual([]);

    // A new title is shown everywhere, without a note: one conversation.updated each, so clients following /sync show it.
    expect((await put('listing', id, { title: 'Lakeside cabin' })).status).toBe(200);
    const renamed = tally(await eventsSince(seller, again));
    expect(renamed.size).toBe(CONVERSATIONS);
    for (const conversation of conversations) expect(renamed.get(conversation.id)).toEqual({ note: 0, updated: 1 });
    for (const conversation of conversations) {
      const seen = await asUser(server, conversation.buyer).get(`/conversations/${conversation.id}`);
      expect(seen.body.context).toEqual({ type: 'listing', id, title: 'Lakeside cabin', state: 'booked' });
      expect((await notesIn(conversation.buyer, conversation.id)).map((m) => m.content)).toEqual(['This listing is booked: contact details may now be shared.']);
    }
  });

  it('a send racing the change lands before the note or is judged by the new state', async () => {
    const id = uniqueId('bkg');
    const { conversations } = await buildContext('booking', id);
    expect((await put('booking', id, { state: 'booked' })).status).toBe(201);
    const text = 'Call me on +1 415 555 0132';
    // Every third conversation, so that sends meet every batch.
    const senders = conversations.filter((_, i) => i % 3 === 0);
    const [reopened, ...sends] = await Promise.all([
      put('booking', id, { state: 'open' }),
      ...senders.map((c) => asUser(server, c.buyer).post(`/conversations/${c.id}/messages`, { content: text })),
    ]);
    expect(reopened.status).toBe(200);
    for (const [i, sent] of sends.entries()) {
      if (sent.status === 409) {
        // Judged under `booked`, stored after the note: refused, never stored as judged.
        expect(sent.body.error.code).toBe('CONFLICT');
        continue;
      }
      expect(sent.status).toBe(201);
      const conversation = senders[i] as { id: string; buyer: string };
      const page = await asUser(server, conversation.buyer).get(`/conversations/${conversation.id}/messages?limit=100`);
      const reopenNote = (page.body.data as { seq: number; content: string }[]).find((m) => m.content === 'This booking is open again.');
      expect(reopenNote).toBeDefined();
      if (sent.body.moderation.status === 'clean') {
        expect(sent.body.seq).toBeLessThan(reopenNote?.seq as number);
      } else {
        expect(sent.body.moderation.status).toBe('masked');
        expect(sent.body.seq).toBeGreaterThan(reopenNote?.seq as number);
      }
    }
  });

  it('a change stopped between batches is finished after the next start, each conversation noted and closed once', async () => {
    const id = uniqueId('bkg');
    const { seller, conversations } = await buildContext('booking', id);
    const start = await head(seller);

    // Stop as the first batch commits (the context row committed just before it): what a stop or
    // a crash between two batches leaves behind.
    let commits = 0;
    const unlisten = server.parley.ctx.signal.onCommitted(() => {
      if (++commits === 2) server.parley.ctx.contexts.stop();
    });
    const stopped = await put('booking', id, { state: 'completed' });
    unlisten();
    expect(stopped.status).toBe(503);
    expect(stopped.body.error.code).toBe('UNAVAILABLE');
    const halfway = tally(await eventsSince(seller, start));
    const noted = [...halfway.values()].filter((c) => c.note === 1).length;
    expect(noted).toBeGreaterThan(0);
    expect(noted).toBeLessThan(CONVERSATIONS);
    const context = await asService(server).get(`/contexts/booking/${id}`);
    expect(context.body).toMatchObject({ state: 'completed', closesAt: expect.any(String) });
    // A conversation made meanwhile starts in the new state, closed at once.
    const later = await buildConversation(server, uniqueId('buyer'), [seller], { context: { type: 'booking', id } });
    expect(later).toMatchObject({ status: 'closed', context: { state: 'completed' } });

    await server.restart();
    await waitUntil(
      async () => (await asService(server).get(`/contexts/booking/${id}`)).body.closesAt === null,
      'the change finished after the start',
      30_000,
    );
    // A repeated change after the restart writes nothing more.
    expect((await put('booking', id, { state: 'completed' })).status).toBe(200);
    const counts = tally(await eventsSince(seller, start));
    for (const conversation of conversations) {
      expect(counts.get(conversation.id)).toEqual({ note: 1, updated: 1 });
      const seen = await asUser(server, conversation.buyer).get(`/conversations/${conversation.id}`);
      expect(seen.body).toMatchObject({ status: 'closed', context: { state: 'completed' } });
      expect(await notesIn(conversation.buyer, conversation.id)).toHaveLength(1);
    }
    expect(counts.get(later.id)).toEqual({ note: 0, updated: 0 });
    expect((await asUser(server, conversations[0]?.buyer as string).post(`/conversations/${conversations[0]?.id}/messages`, { content: 'late' })).status).toBe(409);
  });

  it('with CONTEXT_CLOSE_AFTER_HOURS, the sweep closes the conversations in batches once the time comes', async () => {
    await server.restart({ CONTEXT_CLOSE_AFTER_HOURS: '1' });
    const id = uniqueId('bkg');
    const { seller, conversations } = await buildContext('booking', id);
    const start = await head(seller);
    const completed = await put('booking', id, { state: 'completed' });
    expect(completed.status).toBe(201);
    expect(Date.parse(completed.body.closesAt)).toBeGreaterThan(Date.now() + 3_500_000);
    const first = conversations[0] as { id: string; buyer: string };
    expect((await asUser(server, first.buyer).get(`/conversations/${first.id}`)).body.status).toBe('active');

    // Two hours on, the sweep of the next start finds the closing time passed.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + 2 * 3_600_000);
    await server.restart({ CONTEXT_CLOSE_AFTER_HOURS: '0' });
    await waitUntil(async () => (await asService(server).get(`/contexts/booking/${id}`)).body.closesAt === null, 'conversations closed', 30_000);
    const counts = tally(await eventsSince(seller, start));
    for (const conversation of conversations) {
      // The note's update, then the closing's.
      expect(counts.get(conversation.id)).toEqual({ note: 1, updated: 2 });
      expect((await asUser(server, conversation.buyer).get(`/conversations/${conversation.id}`)).body.status).toBe('closed');
    }
  });
});

describe.skipIf(!databaseKinds().includes('postgres'))('a catch-up racing a conversation made about its context (postgres)', () => {
  let server: TestServer;
  let admin: pg.Client;
  beforeAll(async () => {
    server = await startServer('postgres', { CONTEXT_CLOSE_AFTER_HOURS: '1' });
    admin = new pg.Client({ connectionString: server.databaseUrl });
    await admin.connect();
  });
  afterAll(async () => {
    await admin?.end();
    await server?.stop();
  });

  it('closes a conversation that commits while a pass reads its batch, once the closing time has come', async () => {
    const [seller, buyer, booking] = [uniqueId('seller'), uniqueId('buyer'), uniqueId('bkg')];
    expect((await asService(server).put(`/contexts/booking/${booking}`, { title: 'Flat' })).status).toBe(201);
    const existing = await buildConversation(server, buyer, [seller], { context: { type: 'booking', id: booking } });
    expect((await asService(server).put(`/contexts/booking/${booking}`, { state: 'completed' })).status).toBe(200);
    // The closing time comes (as if the hour passed).
    await admin.query("update contexts set close_at = '2000-01-01T00:00:00.000Z' where type = 'booking' and id = $1", [booking]);
    // A conversation being made about it, as creation does: the context row share-locked and read,
    // the row written, the commit still to come.
    const late = uniqueId('late');
    await admin.query('begin');
    await admin.query("select * from contexts where type = 'booking' and id = $1 for share", [booking]);
    await admin.query(
      "insert into conversations select (jsonb_populate_record(c, jsonb_build_object('id', $2::text, 'direct_key', null, 'status', 'active'))).* from conversations c where c.id = $1",
      [existing.id, late],
    );
    // The sweep's pass (started here rather than after a minute) reads its batch, then waits for the context row.
    const contexts = server.parley.ctx.contexts as unknown as { catchUp(type: string, id: string): Promise<boolean> };
    const catching = contexts.catchUp('booking', booking);
    await waitUntil(
      async () => (await admin.query("select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'")).rows[0].n >= 1,
      'the pass waiting for the context row',
    );
    await admin.query('commit');
    expect(await catching).toBe(true);
    const statuses = await admin.query<{ id: string; status: string }>('select id, status from conversations where id in ($1, $2)', [existing.id, late]);
    expect(statuses.rows.map((row) => row.status)).toEqual(['closed', 'closed']);
  });
});
