// Redis going away under an instance that uses it for the bus and as an event stream: sends and
// sockets on the instance go on, readiness says what is missing, and once Redis is back the
// stream receives every event it missed, in order. The test kills a Redis of its own; the shared
// one on 6379 is never touched.
import { type ChildProcess, spawn } from 'node:child_process';
import { Redis } from 'ioredis';
import { afterEach, describe, expect, it } from 'vitest';
import { asUser, buildConversation, sendMessage, startServer, uniqueId } from '../support/harness.js';
import { freePort } from '../support/network.js';
import { findServerBinary, requireServices } from '../support/services.js';
import { connectSocketIo } from '../support/sockets.js';
import { waitUntil } from '../support/wait.js';

/** A Redis without persistence on `port`, answering PING. */
async function startRedis(binary: string, port: number): Promise<ChildProcess> {
  const server = spawn(binary, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  await waitUntil(async () => {
    const probe = new Redis({ port, host: '127.0.0.1', lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
    probe.on('error', () => {});
    try {
      await probe.connect();
      return (await probe.ping()) === 'PONG';
    } catch {
      return false;
    } finally {
      probe.disconnect();
    }
  }, `redis-server on port ${port}`);
  return server;
}

async function kill(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null) return;
  const exited = new Promise((resolve) => server.once('exit', resolve));
  server.kill('SIGKILL');
  await exited;
}

describe('Redis going away', () => {
  const cleanups: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  const redisServer = findServerBinary('redis-server');
  /** A Redis of the test's own on `port`, killed after the test (the shared one is never touched). */
  async function ownRedis(port: number): Promise<ChildProcess> {
    if (redisServer === undefined) throw new Error('REQUIRE_SERVICES=1 but no redis-server binary on PATH or in the usual places');
    const redis = await startRedis(redisServer, port);
    cleanups.push(() => kill(redis));
    return redis;
  }

  it.runIf(redisServer !== undefined || requireServices)(
    'keeps sending and delivering on the instance, reports Redis down, and streams every missed event once it is back',
    async () => {
      const port = await freePort();
      const redis = await ownRedis(port);
      const stream = `parley-outage-${uniqueId()}`;
      const server = await startServer('sqlite', {
        REDIS_URL: `redis://127.0.0.1:${port}`,
        EVENTS_REDIS_STREAM: stream,
        DELIVERY_RETRY_BASE_MS: '50',
        DELIVERY_RETRY_MAX_MS: '300',
      });
      cleanups.push(() => server.stop());
      const reader = new Redis({ port, host: '127.0.0.1', lazyConnect: true });
      reader.on('error', () => {});
      cleanups.push(() => reader.disconnect());
      const streamed = async (): Promise<string[]> => {
        try {
          const entries = await reader.xrange(stream, '-', '+');
          return entries.map(([, fields]) => fields[fields.indexOf('type') + 1] ?? '');
        } catch {
          return [];
        }
      };

      const sender = uniqueId();
      const recipient = uniqueId();
      const conversation = await buildConversation(server, sender, [recipient]);
      const socket = connectSocketIo(server, { userId: recipient });
      cleanups.push(() => socket.close());
      await socket.inbox.next('authenticated');
      expect((await asUser(server, sender).get('/ready')).body.checks.redis).toEqual({ status: 'ok' });

      await kill(redis);
      // Sends do not need Redis: each is stored, answered and delivered to the socket on this instance.
      const during = [];
      for (let i = 0; i < 5; i++) {
        const sent = await sendMessage(server, sender, conversation.id, `while redis is down ${i}`);
        during.push(sent.id);
        expect((await socket.inbox.next('new_message', (p) => p.id === sent.id)).payload.content).toBe(`while redis is down ${i}`);
      }
      const ready = await asUser(server, sender).get('/ready');
      expect(ready.status).toBe(503);
      expect(ready.body.checks.redis.status).not.toBe('ok');

      // Back, empty (it kept nothing): everything the stream has not acknowledged arrives, in order.
      await ownRedis(port);
      await reader.connect();
      const after = await sendMessage(server, sender, conversation.id, 'after redis is back');
      expect((await socket.inbox.next('new_message', (p) => p.id === after.id)).payload.content).toBe('after redis is back');
      await waitUntil(async () => (await streamed()).filter((t) => t === 'message.sent').length >= 6, 'the missed messages in the stream', 20_000);
      const messageIds = (await reader.xrange(stream, '-', '+'))
        .map(([, fields]) => JSON.parse(fields[fields.indexOf('event') + 1] ?? '{}') as { type?: string; data?: { id?: string } })
        .filter((event) => event.type === 'message.sent')
        .map((event) => event.data?.id);
      expect(messageIds.slice(-6)).toEqual([...during, after.id]);
      await waitUntil(async () => (await asUser(server, sender).get('/ready')).status === 200, 'readiness back to ready');
    },
    60_000,
  );

  it.runIf(redisServer !== undefined || requireServices)(
    'a Redis that stops answering (connections open, nothing comes back) makes /ready answer 503 at once, not hang',
    async () => {
      const port = await freePort();
      const redis = await ownRedis(port);
      const server = await startServer('sqlite', { REDIS_URL: `redis://127.0.0.1:${port}` });
      cleanups.push(() => server.stop());
      const user = uniqueId();
      expect((await asUser(server, user).get('/ready')).status).toBe(200);

      // Frozen: the kernel still holds its connections, the server reads nothing.
      redis.kill('SIGSTOP');
      cleanups.push(() => void redis.kill('SIGCONT'));
      // Before, this request waited for Redis to come back (past the test's timeout).
      const ready = await asUser(server, user).get('/ready');
      expect(ready.status).toBe(503);
      expect(ready.body.checks.redis).toEqual({ status: 'unavailable' });
      expect(ready.body.checks.database.status).toBe('ok');

      redis.kill('SIGCONT');
      await waitUntil(async () => (await asUser(server, user).get('/ready')).status === 200, 'readiness back to ready');
    },
    60_000,
  );
});
