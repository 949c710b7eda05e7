// Real time with encryption at rest (ENCRYPTION_KEYS): the log holds sealed payloads only, and
// sockets, /sync and webhooks still get every event readable, whether the instance reading it
// sealed it moments ago, before a restart, or never (another instance did).
import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { createParley } from '../../src/server.js';
import { asUser, buildConversation, sendMessage, startServer, type TestServer, uniqueId } from '../support/harness.js';
import { uniqueMarker } from '../support/markers.js';
import { Receiver } from '../support/receiver.js';
import { clusterAvailable, redisUrl } from '../support/services.js';
import { connectSocketIo, connectWebSocket } from '../support/sockets.js';
import { storedText } from '../support/stored-text.js';

const SECRET = 'webhook-secret-for-tests-0123456789';
const newKey = () => `k1:${randomBytes(32).toString('base64')}`;
const marker = () => uniqueMarker('quetzal');

describe('real time with encryption at rest', () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  it('delivers every event readable to sockets, /sync and webhooks, and again after a restart', async () => {
    const receiver = new Receiver(SECRET);
    await receiver.start();
    cleanups.push(() => receiver.stop());
    const server = await startServer('sqlite', { ENCRYPTION_KEYS: newKey(), WEBHOOK_URL: receiver.url, WEBHOOK_SECRET: SECRET });
    cleanups.push(() => server.stop());
    const sender = uniqueId('enc');
    const online = uniqueId('online');
    const offline = uniqueId('offline');
    const conversation = await buildConversation(server, sender, [online, offline]);
    const client = connectSocketIo(server, { userId: online });
    await client.inbox.next('authenticated');

    const secret = marker();
    const sent = await sendMessage(server, sender, conversation.id, `first ${secret}`);
    expect((await client.inbox.next('new_message')).payload).toMatchObject({ id: sent.id, content: `first ${secret}` });
    expect((await asUser(server, sender).patch(`/messages/${sent.id}`, { content: `edited ${secret}` })).status).toBe(200);
    expect((await client.inbox.next('message_updated')).payload).toMatchObject({ id: sent.id, content: `edited ${secret}` });
    // Notification services hear of the message for each recipient, socket or not, preview readable.
    await receiver.waitFor(() => receiver.unique().filter((e) => e.type === 'message.received' && e.data.messageId === sent.id).length === 2);
    const received = receiver.unique().filter((e) => e.type === 'message.received' && e.data.messageId === sent.id);
    expect(received.map((e) => e.data.recipientId).sort()).toEqual([offline, online].sort());
    expect(received.every((e) => String(e.data.preview).includes(secret))).toBe(true);
    client.close();

    // A new process remembers nothing it sealed before: what it serves now is decrypted from the log.
    await server.restart();
    const sync = await asUser(server, offline).get('/sync?since=0');
    const contents = sync.body.events
      .filter((e: { type: string }) => e.type === 'message.sent' || e.type === 'message.updated')
      .map((e: { data: { content: string } }) => e.data.content);
    // The edit rewrote what message.sent quotes: the log keeps no replaced text.
    expect(contents).toEqual([`edited ${secret}`, `edited ${secret}`]);
    const back = connectWebSocket(server, { userId: offline });
    await back.inbox.next('authenticated');
    const after = await sendMessage(server, sender, conversation.id, `after restart ${secret}`);
    expect((await back.inbox.next('new_message')).payload).toMatchObject({ id: after.id, content: `after restart ${secret}` });
    back.close();
    expect(await storedText(server)).not.toContain(secret);
  });

  it.runIf(clusterAvailable())('delivers to a socket on another instance what this one sealed', async () => {
    const a = await startServer('postgres', { ENCRYPTION_KEYS: newKey(), REDIS_URL: redisUrl as string }, { timings: { logPollMs: 3_600_000 } });
    cleanups.push(() => a.stop());
    const bParley = await createParley(loadConfig({ ...a.env }), a.options);
    cleanups.push(() => bParley.close());
    const baseUrl = await bParley.listen();
    const b: TestServer = { ...a, parley: bParley, baseUrl, prefix: `${baseUrl}${bParley.ctx.config.apiPrefix}`, stop: () => bParley.close() };
    await Promise.all([a.parley.ctx.bus.subscribed(), bParley.ctx.bus.subscribed()]);

    const sender = uniqueId('enc');
    const recipient = uniqueId('peer');
    const conversation = await buildConversation(a, sender, [recipient]);
    const onB = connectSocketIo(b, { userId: recipient });
    await onB.inbox.next('authenticated');
    const secret = marker();
    const sent = await sendMessage(a, sender, conversation.id, `across instances ${secret}`);
    expect((await onB.inbox.next('new_message')).payload).toMatchObject({ id: sent.id, content: `across instances ${secret}` });
    onB.close();
  });
});
