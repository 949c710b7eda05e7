// The content policy on every transport: mask, flag and block, escalation, edits, and the
// original text kept for moderators only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_ID, asUser, buildConversation, sendMessage, startServer, type TestServer, uniqueId } from '../support/harness.js';
import { committedEvents } from '../support/log.js';
import { databaseKinds } from '../support/services.js';
import { connectSocketIo, connectWebSocket } from '../support/sockets.js';
import type { Timings } from '../../src/timings.js';
import { HANG_ON_START, RUNAWAY_MARK } from '../support/runaway-policy.js';
import { waitUntil } from '../support/wait.js';

const RUNAWAY_POLICY = new URL('../support/runaway-policy.ts', import.meta.url).href;

const PHONE = 'call me on 415 555 0132 tonight';
const MASKED_PHONE = 'call me on [phone number removed] tonight';

describe.each(databaseKinds())('the content policy on %s', (kind) => {
  // Defaults: profanity and contact details masked; escalation after 2 strikes for a short test.
  let masking: TestServer;
  // Profanity refused, contact details delivered and queued.
  let strict: TestServer;
  beforeAll(async () => {
    masking = await startServer(kind, { MODERATION_ESCALATE_AFTER: '2' });
    strict = await startServer(kind, { MODERATION_PROFANITY: 'block', MODERATION_CONTACT_INFO: 'flag' });
  });
  afterAll(async () => {
    await masking?.stop();
    await strict?.stop();
  });

  const rows = async (server: TestServer, conversationId: string) =>
    server.parley.ctx.database.db.selectFrom('messages').selectAll().where('conversation_id', '=', conversationId).execute();
  const allEvents = (server: TestServer) => committedEvents(server);

  it('masks contact details and profanity for everyone, keeps the original for moderators only', async () => {
    const [a, b] = [uniqueId(), uniqueId()];
    const conversation = await buildConversation(masking, a, [b]);
    const sent = await sendMessage(masking, a, conversation.id, PHONE);
    expect(sent).toMatchObject({ content: MASKED_PHONE, moderation: { status: 'masked', reasons: ['phone'] } });
    expect(sent.originalContent).toBeUndefined();
    const shit = await sendMessage(masking, b, conversation.id, 'this is shit');
    expect(shit).toMatchObject({ content: 'this is ***', moderation: { status: 'masked', reasons: ['profanity'] } });

    for (const viewer of [a, b]) {
      const seen = await asUser(masking, viewer).get(`/messages/${sent.id}`);
      expect(seen.body.content).toBe(MASKED_PHONE);
      const list = await asUser(masking, viewer).get('/conversations');
      expect(JSON.stringify(list.body)).not.toContain('415 555');
      const sync = await asUser(masking, viewer).get('/sync?since=0&limit=1000');
      expect(JSON.stringify(sync.body)).not.toContain('415 555');
    }
    expect((await asUser(masking, b).get('/search?q=415')).body.data).toEqual([]);
    // Not in any event, downstream ones (webhooks, notifications) included.
    expect(JSON.stringify(await allEvents(masking))).not.toContain('415 555 0132');

    const read = await asUser(masking, ADMIN_ID).get(`/admin/conversations/${conversation.id}/messages?reason=check`);
    const forModerator = read.body.data.find((m: { id: string }) => m.id === sent.id);
    expect(forModerator).toMatchObject({ content: MASKED_PHONE, originalContent: PHONE });
    // A clean message keeps no original and is not counted.
    const clean = await sendMessage(masking, a, conversation.id, 'see you at 5pm, it costs $25 for 2 items, order #12345');
    expect(clean.moderation).toEqual({ status: 'clean', reasons: [] });
    expect((await rows(masking, conversation.id)).find((r) => r.id === clean.id)?.original_content).toBeNull();
  });

  it('refuses blocked content with the violations as offsets into what was sent; nothing stored or emitted', async () => {
    const [a, b] = [uniqueId(), uniqueId()];
    const conversation = await buildConversation(strict, a, [b]);
    const before = (await allEvents(strict)).length;
    const content = '  well fuck that';
    const refused = await asUser(strict, a).post(`/conversations/${conversation.id}/messages`, { content, clientMessageId: 'c-1' });
    expect(refused.status).toBe(422);
    expect(refused.body.error.code).toBe('CONTENT_REJECTED');
    expect(refused.body.error.message).toContain('profanity');
    const [violation] = refused.body.error.details.violations;
    expect(violation).toEqual({ check: 'profanity', kind: 'profanity', start: 7, end: 11 });
    expect(content.slice(violation.start, violation.end)).toBe('fuck');
    expect(await rows(strict, conversation.id)).toEqual([]);
    expect((await allEvents(strict)).length).toBe(before);
    expect((await asUser(strict, a).get(`/conversations/${conversation.id}`)).body.lastSeq).toBe(0);
    // The first message of a new conversation passes the same review.
    const opened = await asUser(strict, a).post('/conversations', { participantIds: [uniqueId()], type: 'GROUP', message: 'shit' });
    expect(opened.status).toBe(422);
  });

  it('flags: delivered as sent, queued with the original and the spans, message.flagged downstream; approve clears it', async () => {
    const [a, b] = [uniqueId(), uniqueId()];
    const conversation = await buildConversation(strict, a, [b]);
    const content = 'mail me: john at example dot com';
    const sent = await sendMessage(strict, a, conversation.id, content);
    expect(sent).toMatchObject({ content, moderation: { status: 'flagged', reasons: ['email'] } });

    const queue = await asUser(strict, ADMIN_ID).get('/admin/moderation/queue?limit=100');
    const item = queue.body.data.find((i: { target: { id: string } }) => i.target.id === sent.id);
    expect(item).toMatchObject({
      target: { type: 'message', id: sent.id, conversationId: conversation.id },
      message: { originalContent: content },
      flag: { status: 'open', reasons: ['email'], escalated: false },
      reports: [],
    });
    const [span] = item.flag.violations;
    expect(span).toMatchObject({ check: 'contact', kind: 'email', action: 'flag' });
    expect(content.slice(span.start, span.end)).toContain('example dot com');

    const flagged = (await allEvents(strict)).filter((e) => e.type === 'message.flagged' && e.data.includes(sent.id));
    expect(flagged).toHaveLength(1);
    expect(flagged[0]?.scope).toBe('downstream');
    expect(flagged[0]?.data).not.toContain('john at example');
    expect(JSON.stringify((await asUser(strict, b).get('/sync?since=0&limit=1000')).body)).not.toContain('message.flagged');

    const head = (await asUser(strict, b).get('/sync')).body.cursor;
    const approved = await asUser(strict, ADMIN_ID).post(`/admin/messages/${sent.id}/moderation`, { action: 'approve', note: 'a public address' });
    expect(approved.status).toBe(200);
    expect(approved.body.moderation).toEqual({ status: 'clean', reasons: [] });
    let updated: { data: unknown } | undefined;
    // On PostgreSQL the log is read below the oldest transaction in flight: wait for it.
    await waitUntil(async () => {
      updated = (await asUser(strict, b).get(`/sync?since=${head}`)).body.events.find((e: { type: string }) => e.type === 'message.updated');
      return updated !== undefined;
    }, 'message.updated after the approval');
    expect(updated).toBeDefined();
    expect(updated?.data).toMatchObject({ id: sent.id, moderation: { status: 'clean' } });
    const after = await asUser(strict, ADMIN_ID).get('/admin/moderation/queue?limit=100');
    expect(after.body.data.some((i: { target: { id: string } }) => i.target.id === sent.id)).toBe(false);
    const audit = await asUser(strict, ADMIN_ID).get(`/admin/audit-log?targetId=${sent.id}`);
    expect(audit.body.data[0]).toMatchObject({ action: 'message.approved', note: 'a public address' });
  });

  it('escalates: after MODERATION_ESCALATE_AFTER masked or blocked messages, the next ones are queued too', async () => {
    const [a, b] = [uniqueId(), uniqueId()];
    const conversation = await buildConversation(masking, a, [b]);
    expect((await sendMessage(masking, a, conversation.id, 'hello')).moderation.status).toBe('clean');
    await sendMessage(masking, a, conversation.id, PHONE);
    await sendMessage(masking, a, conversation.id, 'this is shit');
    const next = await sendMessage(masking, a, conversation.id, 'just a normal question about the camera');
    expect(next.moderation).toEqual({ status: 'flagged', reasons: [] });
    const masked = await sendMessage(masking, a, conversation.id, 'or text 415 555 0199');
    expect(masked.moderation.status).toBe('masked');
    const queue = (await asUser(masking, ADMIN_ID).get('/admin/moderation/queue?limit=100')).body.data;
    const escalated = queue.filter((i: { message: { senderId: string } | null }) => i.message?.senderId === a);
    expect(escalated.map((i: { target: { id: string } }) => i.target.id)).toEqual([next.id, masked.id]);
    expect(escalated[0].flag).toMatchObject({ escalated: true, violations: [] });
    // Someone else is not affected.
    expect((await sendMessage(masking, b, conversation.id, 'fine by me')).moderation.status).toBe('clean');
  });

  it('reviews edits again: masked, flagged or refused like a send', async () => {
    const [a, b] = [uniqueId(), uniqueId()];
    const conversation = await buildConversation(strict, a, [b]);
    const sent = await sendMessage(strict, a, conversation.id, 'see you tomorrow');
    const flagged = await asUser(strict, a).patch(`/messages/${sent.id}`, { content: 'see you, call 415 555 0132' });
    expect(flagged.status).toBe(200);
    expect(flagged.body).toMatchObject({ isEdited: true, moderation: { status: 'flagged', reasons: ['phone'] } });
    const refused = await asUser(strict, a).patch(`/messages/${sent.id}`, { content: 'oh shit' });
    expect(refused.status).toBe(422);
    expect(refused.body.error.details.violations[0]).toMatchObject({ kind: 'profanity', start: 3, end: 7 });
    expect((await asUser(strict, b).get(`/messages/${sent.id}`)).body.content).toBe('see you, call 415 555 0132');
    // Edited back to clean text: the number was delivered, so the review stays open, with the flagged text for moderators,
    // and the message stays flagged for everyone until a moderator decides.
    const cleaned = await asUser(strict, a).patch(`/messages/${sent.id}`, { content: 'see you tomorrow at 10' });
    expect(cleaned.body.moderation).toEqual({ status: 'flagged', reasons: ['phone'] });
    expect((await asUser(strict, b).get(`/messages/${sent.id}`)).body.moderation).toEqual({ status: 'flagged', reasons: ['phone'] });
    const queue = (await asUser(strict, ADMIN_ID).get('/admin/moderation/queue?limit=100')).body.data;
    const item = queue.find((i: { target: { id: string } }) => i.target.id === sent.id);
    expect(item.flag).toMatchObject({ status: 'open' });
    expect(item.message).toMatchObject({ content: 'see you tomorrow at 10', originalContent: 'see you, call 415 555 0132', moderation: { status: 'flagged' } });
    const approved = await asUser(strict, ADMIN_ID).post(`/admin/messages/${sent.id}/moderation`, { action: 'approve' });
    expect(approved.body.moderation).toEqual({ status: 'clean', reasons: [] });
  });

  it('a reported message edited into contact details is flagged too; a flagged one edited and approved is clean', async () => {
    const [a, b] = [uniqueId(), uniqueId()];
    const conversation = await buildConversation(strict, a, [b]);
    const reported = await sendMessage(strict, a, conversation.id, 'you will regret this');
    expect((await asUser(strict, b).post(`/messages/${reported.id}/report`, { reason: 'threat' })).status).toBe(201);
    const slipped = await asUser(strict, a).patch(`/messages/${reported.id}`, { content: 'call 415 555 0132' });
    expect(slipped.body.moderation).toEqual({ status: 'flagged', reasons: ['phone'] });
    const queue = (await asUser(strict, ADMIN_ID).get('/admin/moderation/queue?limit=100')).body.data;
    const item = queue.find((i: { target: { id: string } }) => i.target.id === reported.id);
    expect(item.flag).toMatchObject({ status: 'open', reasons: ['phone'] });
    expect(item.reports).toHaveLength(1);

    const flagged = await sendMessage(strict, a, conversation.id, 'or 415 555 0199');
    expect(flagged.moderation.status).toBe('flagged');
    expect((await asUser(strict, a).patch(`/messages/${flagged.id}`, { content: 'or 415 555 0100' })).status).toBe(200);
    const approved = await asUser(strict, ADMIN_ID).post(`/admin/messages/${flagged.id}/moderation`, { action: 'approve' });
    expect(approved.body.moderation).toEqual({ status: 'clean', reasons: [] });
  });

  it('applies on Socket.IO and plain WebSocket: masked acks, the same CONTENT_REJECTED with violations', async () => {
    const [a, b] = [uniqueId(), uniqueId()];
    const conversation = await buildConversation(strict, a, [b]);
    const io = connectSocketIo(strict, { userId: a });
    const ws = connectWebSocket(strict, { userId: a });
    try {
      await io.inbox.next('authenticated');
      await ws.opened;
      await ws.inbox.next('authenticated');

      const flagged = await io.emit('send_message', { conversationId: conversation.id, content: 'ping me at john@example.com', clientMessageId: 'io-1' });
      expect(flagged).toMatchObject({ moderation: { status: 'flagged', reasons: ['email'] } });
      const refusedIo = await io.emit('send_message', { conversationId: conversation.id, content: 'fuck this', clientMessageId: 'io-2' });
      expect(refusedIo).toEqual({
        error: {
          code: 'CONTENT_REJECTED',
          message: expect.any(String),
          details: { violations: [{ check: 'profanity', kind: 'profanity', start: 0, end: 4 }] },
        },
      });

      const viaWs = await ws.request('send_message', { conversationId: conversation.id, content: 'www.example.com has the photos', clientMessageId: 'ws-1' });
      expect(viaWs.event).toBe('ack');
      expect(viaWs.payload).toMatchObject({ moderation: { status: 'flagged', reasons: ['url'] } });
      const refusedWs = await ws.request('send_message', { conversationId: conversation.id, content: 'shit happens', clientMessageId: 'ws-2' });
      expect(refusedWs.event).toBe('error');
      expect(refusedWs.payload).toMatchObject({
        code: 'CONTENT_REJECTED',
        details: { violations: [{ check: 'profanity', kind: 'profanity', start: 0, end: 4 }] },
      });
      const stored = await rows(strict, conversation.id);
      expect(stored.map((r) => r.client_message_id).sort()).toEqual(['io-1', 'ws-1']);
    } finally {
      io.close();
      ws.close();
    }

    // And masking on both transports.
    const [c, d] = [uniqueId(), uniqueId()];
    const masked = await buildConversation(masking, c, [d]);
    const io2 = connectSocketIo(masking, { userId: c });
    const ws2 = connectWebSocket(masking, { userId: c });
    try {
      await io2.inbox.next('authenticated');
      await ws2.opened;
      await ws2.inbox.next('authenticated');
      const viaIo = await io2.emit('send_message', { conversationId: masked.id, content: PHONE, clientMessageId: 'm-1' });
      expect(viaIo).toMatchObject({ content: MASKED_PHONE, moderation: { status: 'masked', reasons: ['phone'] } });
      const viaWs = await ws2.request('send_message', { conversationId: masked.id, content: 'this is shit', clientMessageId: 'm-2' });
      expect(viaWs.payload).toMatchObject({ content: 'this is ***', moderation: { status: 'masked', reasons: ['profanity'] } });
    } finally {
      io2.close();
      ws2.close();
    }
  });
});

/** A server whose policy thread runs the runaway policy (test/support/runaway-policy.ts), once that thread is ready. */
async function startRunawayServer(timings: Partial<Timings>): Promise<TestServer> {
  const server = await startServer('sqlite', {}, { policyModule: RUNAWAY_POLICY, timings });
  await waitUntil(() => server.parley.ctx.policyThread.thread !== undefined, 'the policy thread is ready', 30_000);
  return server;
}

// The review runs on a thread of its own; one that never finishes must not hold up the sends
// behind it, nor lose its own message.
describe('a content review that runs away', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startRunawayServer({ reviewRunawayMs: 500 });
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('is cut off: its message is delivered as sent and queued for a moderator; the sends beside it are reviewed as usual', async () => {
    const [a, b] = [uniqueId(), uniqueId()];
    const conversation = await buildConversation(server, a, [b]);
    const first = server.parley.ctx.policyThread.thread;
    const content = `is it still for sale? ${RUNAWAY_MARK}`;
    const [held, beside] = await Promise.all([
      sendMessage(server, a, conversation.id, content),
      sendMessage(server, b, conversation.id, PHONE),
    ]);
    expect(held).toMatchObject({ content, moderation: { status: 'flagged', reasons: [] } });
    expect(beside).toMatchObject({ content: MASKED_PHONE, moderation: { status: 'masked', reasons: ['phone'] } });

    const queue = (await asUser(server, ADMIN_ID).get('/admin/moderation/queue?limit=100')).body.data;
    const item = queue.find((i: { target: { id: string } }) => i.target.id === held.id);
    expect(item).toMatchObject({ message: { originalContent: content }, flag: { status: 'open', reasons: [], violations: [], escalated: false } });
    const flagged = (await committedEvents(server)).filter((e) => e.type === 'message.flagged' && e.data.includes(held.id));
    expect(flagged.map((e) => JSON.parse(e.data))).toMatchObject([{ messageId: held.id, reasons: [], violations: [] }]);
    // A thread replaces the one cut off, and reviews the next sends.
    await waitUntil(() => server.parley.ctx.policyThread.thread !== undefined && server.parley.ctx.policyThread.thread !== first, 'another policy thread', 30_000);
    expect((await sendMessage(server, a, conversation.id, 'call 415 555 0132 for the price')).moderation).toEqual({ status: 'masked', reasons: ['phone'] });
  });
});

describe('a content review no policy thread can answer in time', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startRunawayServer({ reviewRunawayMs: 300, reviewAnswerWithinMs: 1_000 });
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('is refused with 503 UNAVAILABLE and Retry-After, and nothing is stored: the sender retries', async () => {
    const [a, b] = [uniqueId(), uniqueId()];
    const conversation = await buildConversation(server, a, [b]);
    // The thread that replaces the one cut off below never gets ready.
    process.env[HANG_ON_START] = '1';
    try {
      expect((await sendMessage(server, a, conversation.id, `${RUNAWAY_MARK} once`)).moderation.status).toBe('flagged');
      const refused = await asUser(server, a).post(`/conversations/${conversation.id}/messages`, { content: 'is it still for sale?', clientMessageId: 'retry-me' });
      expect(refused.status).toBe(503);
      expect(refused.body.error.code).toBe('UNAVAILABLE');
      expect(refused.headers.get('retry-after')).toBe('2');
    } finally {
      delete process.env[HANG_ON_START];
    }
    expect((await asUser(server, a).get(`/conversations/${conversation.id}`)).body.lastSeq).toBe(1);
  });
});
