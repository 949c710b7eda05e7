import { afterEach, describe, expect, it } from 'vitest';
import { ADMIN_ID, asUser, buildConversation, sendMessage, startServer, type TestServer, uniqueId } from '../support/harness.js';
import { Receiver } from '../support/receiver.js';
import { waitUntil } from '../support/wait.js';
import { type DatabaseKind, databaseKinds } from '../support/services.js';

const SECRET = 'webhook-secret-for-tests-0123456789';

describe('webhooks', () => {
  let server: TestServer | undefined;
  let receiver: Receiver | undefined;
  afterEach(async () => {
    await server?.stop();
    await receiver?.stop();
    server = undefined;
    receiver = undefined;
  });

  async function setUp(env: Record<string, string> = {}, kind: DatabaseKind = 'sqlite'): Promise<{ server: TestServer; receiver: Receiver }> {
    receiver = new Receiver(SECRET);
    await receiver.start();
    server = await startServer(kind, {
      WEBHOOK_URL: receiver.url,
      WEBHOOK_SECRET: SECRET,
      DELIVERY_RETRY_BASE_MS: '20',
      DELIVERY_RETRY_MAX_MS: '200',
      WEBHOOK_TIMEOUT_MS: '500',
      ...env,
    });
    return { server, receiver };
  }

  it('delivers every event, signed, in order per conversation, with message.received for each recipient', async () => {
    const { server, receiver } = await setUp();
    const buyer = uniqueId();
    const seller = uniqueId();
    const conversation = await buildConversation(server, buyer, [seller], { message: 'Is it available?' });
    for (let i = 1; i <= 5; i++) await sendMessage(server, i % 2 ? seller : buyer, conversation.id, `m${i}`);
    await receiver.waitFor(() => receiver.unique().filter((e) => e.type === 'message.sent').length === 6);

    expect(receiver.deliveries.every((d) => d.signatureValid)).toBe(true);
    expect(receiver.deliveries[0]?.headers['x-parley-delivery-id']).toEqual(expect.any(String));
    const events = receiver.unique().filter((e) => e.conversationId === conversation.id);
    expect(events[0]?.type).toBe('conversation.created');
    const seqs = events.filter((e) => e.type === 'message.sent').map((e) => e.data.seq);
    expect(seqs).toEqual([1, 2, 3, 4, 5, 6]);
    const cursors = events.map((e) => Number(e.cursor));
    expect([...cursors].sort((a, b) => a - b)).toEqual(cursors);
    const received = events.filter((e) => e.type === 'message.received');
    expect(received).toHaveLength(6);
    expect(received[0]?.data).toMatchObject({
      threadId: conversation.id,
      recipientId: seller,
      senderUsername: buyer,
      preview: 'Is it available?',
      recipientOnline: false,
    });
    const first = events[0] as unknown as Record<string, unknown>;
    expect(first).toMatchObject({ source: 'parley', id: expect.any(String), time: expect.any(String) });
  });

  it('a receiver failing 30% of requests still ends with every event exactly once after de-duplication', async () => {
    let calls = 0;
    const { server, receiver } = await setUp({ WEBHOOK_BATCH_SIZE: '3' });
    // Deterministic 30%: every request whose number is 3, 6 or 9 modulo 10 fails in some way.
    const failures = ['fail', 'hang', 'close'] as const;
    receiver.behaviour = () => {
      calls++;
      return [3, 6, 9].includes(calls % 10) ? failures[calls % 3] as 'fail' | 'hang' | 'close' : 'ok';
    };
    const a = uniqueId();
    const conversations = [await buildConversation(server, a, [uniqueId()]), await buildConversation(server, a, [uniqueId()])];
    const sends = [];
    for (let i = 0; i < 30; i++) sends.push(sendMessage(server, a, conversations[i % 2].id, `n${i}`));
    await Promise.all(sends);
    const expected = (await asUser(server, a).get('/sync?since=0&limit=1000')).body.events.length + 30; // + message.received
    await receiver.waitFor(() => receiver.unique().length >= expected, 30_000);
    const unique = receiver.unique();
    expect(unique).toHaveLength(expected);
    expect(receiver.all().length).toBeGreaterThanOrEqual(unique.length);
    for (const conversation of conversations) {
      const seqs = unique.filter((e) => e.type === 'message.sent' && e.conversationId === conversation.id).map((e) => e.data.seq);
      expect(seqs).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));
    }
  }, 40_000);

  it('retries a batch under the same X-Parley-Delivery-Id; another batch has another', async () => {
    const { server, receiver } = await setUp({ WEBHOOK_BATCH_SIZE: '1' });
    receiver.behaviour = (attempt) => (attempt <= 2 ? 'fail' : 'ok');
    const a = uniqueId();
    const conversation = await buildConversation(server, a, [uniqueId()]);
    await receiver.waitFor(() => receiver.deliveries.length >= 1, 10_000);
    const [first, second, third] = receiver.requests;
    expect(first?.eventIds).toEqual(third?.eventIds);
    expect([second?.deliveryId, third?.deliveryId]).toEqual([first?.deliveryId, first?.deliveryId]);
    expect(receiver.deliveries[0]?.headers['x-parley-delivery-id']).toBe(first?.deliveryId);
    await sendMessage(server, a, conversation.id, 'next');
    await receiver.waitFor(() => receiver.deliveries.length >= 2, 10_000);
    expect(receiver.requests.at(-1)?.deliveryId).not.toBe(first?.deliveryId);
  });

  it.each(['erased', 'edited'] as const)('a batch waiting for its retry goes out as the log holds it then: a text %s meanwhile is not sent', async (change) => {
    // The held try fails when the test says, after the change, not when a short timeout ends it.
    const { server, receiver } = await setUp({ WEBHOOK_TIMEOUT_MS: '60000' });
    receiver.behaviour = (attempt) => (attempt === 1 ? 'hold' : 'ok');
    const [a, b] = [uniqueId(), uniqueId()];
    const secret = `text to be ${change} ${uniqueId('t')}`;
    const conversation = await buildConversation(server, a, [b], { message: secret });
    await receiver.waitFor(() => receiver.heldCount === 1, 10_000);
    expect(receiver.requests[0]?.eventIds.length).toBeGreaterThanOrEqual(2); // the conversation and its first message

    if (change === 'erased') {
      expect((await asUser(server, ADMIN_ID).delete(`/users/${a}`)).status).toBe(200);
    } else {
      const [message] = (await asUser(server, a).get(`/conversations/${conversation.id}/messages`)).body.data;
      expect((await asUser(server, a).patch(`/messages/${message.id}`, { content: 'something else' })).status).toBe(200);
    }
    receiver.release('fail');
    await receiver.waitFor(() => receiver.deliveries.some((d) => d.headers['x-parley-delivery-id'] === receiver.requests[0]?.deliveryId));
    const retried = receiver.deliveries.find((d) => d.headers['x-parley-delivery-id'] === receiver.requests[0]?.deliveryId);
    expect(retried?.events.map((e) => e.id)).toEqual(receiver.requests[0]?.eventIds);
    expect(JSON.stringify(receiver.deliveries)).not.toContain(secret);
  });

  it('dead-letters after WEBHOOK_MAX_ATTEMPTS without blocking sends; an admin lists and replays', async () => {
    // A delivery held open for a minute: a send that waited for delivery would outlast the test.
    const { server, receiver } = await setUp({ WEBHOOK_MAX_ATTEMPTS: '3', WEBHOOK_TIMEOUT_MS: '60000' });
    receiver.behaviour = () => 'hold';
    const a = uniqueId();
    const conversation = await buildConversation(server, a, [uniqueId()]);
    await receiver.waitFor(() => receiver.heldCount > 0);
    const lost = await sendMessage(server, a, conversation.id, 'nobody is listening');
    const doomed = await sendMessage(server, a, conversation.id, 'soon to be deleted');
    expect(receiver.heldCount).toBe(1); // the send was acknowledged while its delivery was still pending
    receiver.behaviour = () => 'redirect';
    receiver.release('redirect');

    let letters: { id: string; event: { type: string; data: { id?: string } } }[] = [];
    await waitUntil(async () => {
      letters = (await asUser(server, ADMIN_ID).get('/admin/events/dead-letters?limit=100')).body.data;
      return letters.filter((l) => l.event.type === 'message.sent').length === 2;
    }, 'both message.sent dead-lettered', 15_000);
    // Listed in the log's order (a batch is dead-lettered at one instant), page after page alike.
    const cursors = letters.map((l) => Number((l as unknown as { cursor: string }).cursor));
    expect(cursors).toEqual([...cursors].sort((x, y) => x - y));
    const walked: string[] = [];
    for (let next: string | null = ''; next !== null; ) {
      const page = await asUser(server, ADMIN_ID).get(`/admin/events/dead-letters?limit=1${next ? `&cursor=${next}` : ''}`);
      walked.push(...page.body.data.map((l: { id: string }) => l.id));
      next = page.body.nextCursor;
    }
    expect(walked).toEqual(letters.map((l) => l.id));
    const letter = letters.find((l) => l.event.type === 'message.sent' && l.event.data.id === lost.id);
    expect(letter).toMatchObject({ attempts: 3, lastError: expect.stringContaining('302'), sink: expect.stringMatching(/^webhook:/) });
    expect((await asUser(server, a).get('/admin/events/dead-letters')).status).toBe(403);

    // Edited after it was dead-lettered: the replay sends the text as it is now, as a retry would.
    expect((await asUser(server, a).patch(`/messages/${lost.id}`, { content: 'edited while it waited' })).status).toBe(200);
    expect((await asUser(server, a).delete(`/messages/${doomed.id}`)).status).toBe(204);
    // The copies the dead letters keep follow the log: the text replaced or deleted is nowhere,
    // neither in the list nor in the stored rows.
    const listed = (await asUser(server, ADMIN_ID).get('/admin/events/dead-letters?limit=100')).body.data as typeof letters;
    expect(listed.find((l) => l.id === letter?.id)?.event.data).toMatchObject({ content: 'edited while it waited', isEdited: true });
    expect(listed.find((l) => l.event.type === 'message.sent' && l.event.data.id === doomed.id)?.event.data).toMatchObject({ content: '', isDeleted: true });
    const stored = await server.parley.ctx.database.db.selectFrom('dead_letters').select('event').execute();
    for (const text of ['nobody is listening', 'soon to be deleted']) {
      expect(JSON.stringify(listed)).not.toContain(text);
      expect(JSON.stringify(stored)).not.toContain(text);
    }
    receiver.behaviour = () => 'fail';
    const refused = await asUser(server, ADMIN_ID).post(`/admin/events/dead-letters/${letter?.id}/replay`);
    expect(refused.status).toBe(409);
    // The answer says what failed in Parley's words, never the sink's own error text.
    expect(refused.body.error.message).toMatch(/^the sink refused it again: receiver answered \d{3}$/);
    receiver.behaviour = () => 'ok';
    const replayed = await asUser(server, ADMIN_ID).post(`/admin/events/dead-letters/${letter?.id}/replay`);
    expect(replayed.status).toBe(200);
    expect(replayed.body.replayedAt).toEqual(expect.any(String));
    const resent = receiver.unique().find((e) => e.type === 'message.sent' && e.data.id === lost.id);
    expect(resent?.data).toMatchObject({ content: 'edited while it waited', isEdited: true });
    expect(JSON.stringify(receiver.all())).not.toContain('nobody is listening');
    const open = (await asUser(server, ADMIN_ID).get('/admin/events/dead-letters?limit=100')).body.data;
    expect(open.map((l: { id: string }) => l.id)).not.toContain(letter?.id);
    // The replay is audited; the refused attempt changed nothing and is not.
    const audited = (await asUser(server, ADMIN_ID).get(`/admin/audit-log?targetId=${letter?.id}`)).body.data;
    expect(audited).toHaveLength(1);
    expect(audited[0]).toMatchObject({ action: 'dead_letter.replayed', actor: { type: 'user', id: ADMIN_ID }, target: { type: 'dead_letter' } });
    // Replayed, it is no longer a dead letter: a second replay sends nothing and audits nothing.
    const deliveredCopies = receiver.all().filter((e) => e.type === 'message.sent' && e.data.id === lost.id).length;
    const again = await asUser(server, ADMIN_ID).post(`/admin/events/dead-letters/${letter?.id}/replay`);
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('CONFLICT');
    expect(receiver.all().filter((e) => e.type === 'message.sent' && e.data.id === lost.id)).toHaveLength(deliveredCopies);
    expect((await asUser(server, ADMIN_ID).get(`/admin/audit-log?targetId=${letter?.id}`)).body.data).toHaveLength(1);
    expect((await asUser(server, ADMIN_ID).post('/admin/events/dead-letters/nope/replay')).status).toBe(404);
  }, 30_000);

  it.each(databaseKinds())('dead-letters a text edited during the last try as edited, never as it was, on %s', async (kind) => {
    const { server, receiver } = await setUp({ WEBHOOK_MAX_ATTEMPTS: '1', WEBHOOK_TIMEOUT_MS: '60000' }, kind);
    receiver.behaviour = () => 'hold';
    const a = uniqueId();
    const conversation = await buildConversation(server, a, [uniqueId()], { message: 'the text before the edit' });
    await receiver.waitFor(() => receiver.heldCount > 0);
    const [message] = (await asUser(server, a).get(`/conversations/${conversation.id}/messages`)).body.data;
    expect((await asUser(server, a).patch(`/messages/${message.id}`, { content: 'the text after the edit' })).status).toBe(200);
    // The only try fails after the edit committed: the batch it had read held the text before.
    receiver.behaviour = () => 'fail';
    receiver.release('fail');
    let letters: { event: { type: string; data: { id?: string; content?: string } } }[] = [];
    await waitUntil(async () => {
      letters = (await asUser(server, ADMIN_ID).get('/admin/events/dead-letters?limit=100')).body.data;
      return letters.some((l) => l.event.type === 'message.sent');
    }, 'the batch dead-lettered', 15_000);
    expect(letters.find((l) => l.event.type === 'message.sent')?.event.data).toMatchObject({ id: message.id, content: 'the text after the edit' });
    const stored = await server.parley.ctx.database.db.selectFrom('dead_letters').select('event').execute();
    expect(JSON.stringify(stored)).not.toContain('the text before the edit');
  }, 30_000);

  it('counts the tries of a batch across a restart: WEBHOOK_MAX_ATTEMPTS is per batch, not per process', async () => {
    // After a failed try the next waits far longer than the test: only the restart tries again.
    const { server, receiver } = await setUp({ WEBHOOK_MAX_ATTEMPTS: '2', DELIVERY_RETRY_BASE_MS: '600000', DELIVERY_RETRY_MAX_MS: '600000' });
    receiver.behaviour = () => 'fail';
    const conversation = await buildConversation(server, uniqueId(), [uniqueId()]);
    await receiver.waitFor(() => receiver.requests.length === 1);

    await server.restart();
    let letters: { attempts: number; event: { conversationId: string | null } }[] = [];
    await waitUntil(async () => {
      letters = (await asUser(server, ADMIN_ID).get('/admin/events/dead-letters?limit=100')).body.data;
      return letters.length > 0;
    }, 'the batch dead-lettered after its second try', 15_000);
    expect(letters.map((l) => l.event.conversationId)).toContain(conversation.id);
    expect(letters.every((l) => l.attempts === 2)).toBe(true);
    expect(receiver.requests).toHaveLength(2);
    expect(receiver.requests[1]?.deliveryId).toBe(receiver.requests[0]?.deliveryId);
  }, 30_000);

  it.each(databaseKinds())('reports per-sink lag in events and seconds in readiness and metrics on %s, and catches up when the receiver returns', async (kind) => {
    const { server, receiver } = await setUp({ DELIVERY_RETRY_BASE_MS: '50', WEBHOOK_MAX_ATTEMPTS: '1000' }, kind);
    receiver.behaviour = () => 'fail';
    const a = uniqueId();
    const conversation = await buildConversation(server, a, [uniqueId()]);
    for (let i = 0; i < 5; i++) await sendMessage(server, a, conversation.id, `while down ${i}`);
    const ready = await asUser(server, a).get('/ready');
    expect(ready.status).toBe(200);
    const lag = ready.body.checks.delivery.sinks[0];
    // Counted, not positions subtracted (PostgreSQL's are far apart): each send wrote message.sent
    // and message.received, and the conversation's creation a few more.
    expect(lag.lagEvents).toBeGreaterThanOrEqual(10);
    expect(lag.lagEvents).toBeLessThanOrEqual(20);
    const metrics = await (await fetch(`${server.baseUrl}/metrics`)).text();
    expect(metrics).toMatch(/parley_delivery_lag_events\{sink="webhook:[0-9a-f]+"\} [1-9]/);

    receiver.behaviour = () => 'ok';
    await receiver.waitFor(() => receiver.unique().filter((e) => e.type === 'message.sent').length === 5);
    // The position is stored after the receiver answered: wait for it rather than guess.
    await waitUntil(async () => (await asUser(server, a).get('/ready')).body.checks.delivery.sinks[0].lagEvents === 0, 'lag back to 0');
  }, 30_000);
});
