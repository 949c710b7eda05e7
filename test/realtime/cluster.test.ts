// Two instances on one PostgreSQL database and one Redis: what a user on one sees of what
// happens on the other.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { createParley, type Parley } from '../../src/server.js';
import { asService, asUser, buildConversation, sendMessage, signToken, startServer, type TestServer, uniqueId, withToken } from '../support/harness.js';
import { clusterAvailable, redisUrl } from '../support/services.js';
import { connectSocketIo, connectWebSocket } from '../support/sockets.js';
import { waitUntil } from '../support/wait.js';

describe.runIf(clusterAvailable())('two instances sharing PostgreSQL and Redis', () => {
  let a: TestServer;
  let bParley: Parley;
  let b: TestServer;

  beforeAll(async () => {
    // The log's fallback poll is set far beyond the test's timeout: whatever reaches a socket on
    // the other instance was woken through Redis. A short presence grace keeps "offline" quick.
    const timings = { logPollMs: 3_600_000, presenceGraceMs: 100 };
    a = await startServer('postgres', { REDIS_URL: redisUrl as string }, { timings });
    bParley = await createParley(loadConfig({ ...a.env }), a.options);
    const baseUrl = await bParley.listen();
    b = { ...a, parley: bParley, baseUrl, prefix: `${baseUrl}${bParley.ctx.config.apiPrefix}`, stop: async () => bParley.close() };
    await Promise.all([a.parley.ctx.bus.subscribed(), bParley.ctx.bus.subscribed()]);
  });
  afterAll(async () => {
    await b?.stop();
    await a?.stop();
  });

  it('reports Redis in readiness', async () => {
    const ready = await asUser(a, uniqueId()).get('/ready');
    expect(ready.body.checks.redis).toEqual({ status: 'ok' });
  });

  it('delivers a message sent through instance A to a socket held by instance B, woken through Redis', async () => {
    const sender = uniqueId();
    const recipient = uniqueId();
    const conversation = await buildConversation(a, sender, [recipient]);
    const onB = connectSocketIo(b, { userId: recipient });
    const wsOnB = connectWebSocket(b, { userId: recipient });
    await Promise.all([onB.inbox.next('authenticated'), wsOnB.inbox.next('authenticated')]);
    const sent = await sendMessage(a, sender, conversation.id, 'across instances');
    const received = await onB.inbox.next('new_message');
    expect(received.payload).toMatchObject({ id: sent.id, content: 'across instances' });
    expect((await wsOnB.inbox.next('new_message')).payload.id).toBe(sent.id);
    onB.close();
    wsOnB.close();
  });

  it('shares presence and typing between instances', async () => {
    const alice = uniqueId();
    const bob = uniqueId();
    const conversation = await buildConversation(a, alice, [bob]);
    const aliceOnA = connectSocketIo(a, { userId: alice });
    await aliceOnA.inbox.next('authenticated');
    const bobOnB = connectWebSocket(b, { userId: bob });
    await bobOnB.inbox.next('authenticated');
    expect((await aliceOnA.inbox.next('user_status_changed', (p) => p.userId === bob)).payload.status).toBe('online');
    const presence = await asUser(a, alice).get(`/presence?userIds=${bob}`);
    expect(presence.body.data[0].status).toBe('online');

    await bobOnB.request('join_conversation', { conversationId: conversation.id });
    await aliceOnA.emit('typing_indicator', { conversationId: conversation.id, isTyping: true });
    expect((await bobOnB.inbox.next('typing_indicator')).payload).toEqual({ conversationId: conversation.id, userId: alice, isTyping: true });
    await aliceOnA.emit('typing_indicator', { conversationId: conversation.id, isTyping: false });
    expect((await bobOnB.inbox.next('typing_indicator', (p) => p.isTyping === false)).payload.userId).toBe(alice);

    bobOnB.close();
    expect((await aliceOnA.inbox.next('user_status_changed', (p) => p.userId === bob && p.status === 'offline')).payload.status).toBe('offline');
    aliceOnA.close();
  });

  it('tells once that a typist stopped when their message arrives, on their instance and on the other', async () => {
    const alice = uniqueId();
    const [bob, carol] = [uniqueId(), uniqueId()];
    const conversation = await buildConversation(a, alice, [bob, carol]);
    const aliceOnA = connectSocketIo(a, { userId: alice });
    const bobOnA = connectWebSocket(a, { userId: bob });
    const carolOnB = connectSocketIo(b, { userId: carol });
    await Promise.all([aliceOnA.inbox.next('authenticated'), bobOnA.inbox.next('authenticated'), carolOnB.inbox.next('authenticated')]);
    await bobOnA.request('join_conversation', { conversationId: conversation.id });
    await carolOnB.emit('join_conversation', { conversationId: conversation.id });
    const listeners = [bobOnA, carolOnB];
    const isTyping = (value: boolean) => (p: Record<string, unknown>) => p.userId === alice && p.isTyping === value;

    await aliceOnA.emit('typing_indicator', { conversationId: conversation.id, isTyping: true });
    for (const listener of listeners) await listener.inbox.next('typing_indicator', isTyping(true));
    await aliceOnA.emit('send_message', { conversationId: conversation.id, content: 'done typing', clientMessageId: uniqueId() });
    for (const listener of listeners) await listener.inbox.next('new_message');
    // Typing again goes through Redis after anything said before it: a second "stopped" would be here by then.
    await aliceOnA.emit('typing_indicator', { conversationId: conversation.id, isTyping: true });
    for (const listener of listeners) {
      await listener.inbox.next('typing_indicator', isTyping(true));
      expect(listener.inbox.all.filter((r) => r.event === 'typing_indicator' && isTyping(false)(r.payload))).toHaveLength(1);
    }
    for (const socket of [aliceOnA, bobOnA, carolOnB]) socket.close();
  });

  it('an erasure on A reaches B at once: the user\'s sockets there are closed and the token B remembers is refused', async () => {
    const gone = uniqueId('gone');
    const peer = uniqueId();
    const conversation = await buildConversation(a, gone, [peer]);
    const token = await signToken({ sub: gone, name: 'Soon Gone' });
    // B has verified the token and remembers the profile behind it.
    expect((await withToken(b, token).get('/conversations')).status).toBe(200);
    const onB = connectSocketIo(b, { token });
    const wsOnB = connectWebSocket(b, { token });
    await Promise.all([onB.inbox.next('authenticated'), wsOnB.inbox.next('authenticated')]);

    expect((await asService(a).delete(`/users/${gone}`)).status).toBe(200);
    expect((await onB.inbox.next('auth_error')).payload).toMatchObject({ code: 'AUTH_FAILED' });
    expect((await wsOnB.inbox.next('auth_error')).payload).toMatchObject({ code: 'AUTH_FAILED' });
    await onB.inbox.next('disconnect');
    await wsOnB.closed;
    // Well within the minute B would otherwise keep the profile.
    await waitUntil(async () => (await withToken(b, token).get('/conversations')).status === 401, 'B refuses the erased user', 5_000);
    expect((await withToken(b, token).post(`/conversations/${conversation.id}/messages`, { content: 'ghost' })).status).toBe(401);
    const reconnect = connectWebSocket(b, { token });
    expect((await reconnect.inbox.next('auth_error')).payload).toMatchObject({ code: 'AUTH_FAILED' });
    await reconnect.closed;
    // The other participant still reads the conversation.
    expect((await asUser(b, peer).get(`/conversations/${conversation.id}/messages`)).status).toBe(200);
  });

  it('a moderator demoted through A loses the role on B at once, though B remembered their profile', async () => {
    const moderator = uniqueId('mod');
    const promoted = await asService(a).put(`/users/${moderator}`, { username: moderator, role: 'moderator' });
    expect(promoted.status).toBe(200);
    // B reads the profile now and would otherwise keep it for a minute.
    expect((await asUser(b, moderator).get('/admin/moderation/queue')).status).toBe(200);

    expect((await asService(a).put(`/users/${moderator}`, { username: moderator, role: 'user' })).status).toBe(200);
    await waitUntil(async () => (await asUser(b, moderator).get('/admin/moderation/queue')).status === 403, 'B refuses the demoted moderator', 5_000);
    // And the other way round: promoted through B, A knows at once.
    expect((await asUser(a, moderator).get('/admin/moderation/queue')).status).toBe(403);
    expect((await asService(b).put(`/users/${moderator}`, { username: moderator, role: 'moderator' })).status).toBe(200);
    await waitUntil(async () => (await asUser(a, moderator).get('/admin/moderation/queue')).status === 200, 'A admits the promoted moderator', 5_000);
  });
});
