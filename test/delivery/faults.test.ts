// Faults around delivery: a broker that is down at start and comes back, retention pruning,
// a second instance started on a taken port, and leadership moving between two instances on
// PostgreSQL.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { connect } from '@nats-io/transport-node';
import { jetstreamManager } from '@nats-io/jetstream';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { createParley } from '../../src/server.js';
import { asUser, buildConversation, sendMessage, startServer, uniqueId } from '../support/harness.js';
import { freePort } from '../support/network.js';
import { Receiver } from '../support/receiver.js';
import { findServerBinary, postgresUrl, requireServices } from '../support/services.js';
import { waitUntil } from '../support/wait.js';

const SECRET = 'webhook-secret-for-tests-0123456789';

describe('delivery faults', () => {
  const cleanups: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  // This test starts and stops a NATS of its own; the shared one on 4222 cannot be taken down.
  const natsServer = findServerBinary('nats-server');
  it.runIf(natsServer !== undefined || requireServices)('keeps serving while NATS is down at start, and delivers once it comes up', async () => {
    if (natsServer === undefined) throw new Error('REQUIRE_SERVICES=1 but no nats-server binary on PATH or in the usual places');
    const port = await freePort();
    const subject = `faulttest.${uniqueId('f').replace(/[^A-Za-z0-9]/g, '')}`;
    const server = await startServer('sqlite', {
      NATS_URL: `nats://127.0.0.1:${port}`,
      EVENTS_NATS_SUBJECT: subject,
      DELIVERY_RETRY_BASE_MS: '50',
      DELIVERY_RETRY_MAX_MS: '300',
    });
    cleanups.push(() => server.stop());
    const a = uniqueId();
    const conversation = await buildConversation(server, a, [uniqueId()]);
    for (let i = 0; i < 3; i++) await sendMessage(server, a, conversation.id, `while nats is down ${i}`);
    expect((await asUser(server, a).get(`/conversations/${conversation.id}/messages`)).body.data).toHaveLength(3);

    const storeDir = mkdtempSync(path.join(tmpdir(), 'parley-nats-'));
    const nats: ChildProcess = spawn(natsServer, ['-a', '127.0.0.1', '-p', String(port), '-js', '-sd', storeDir], { stdio: 'ignore' });
    cleanups.push(async () => {
      nats.kill('SIGTERM');
      await new Promise((resolve) => nats.once('exit', resolve));
      rmSync(storeDir, { recursive: true, force: true });
    });
    const streamName = subject.replace(/[.]/g, '_').toUpperCase();
    let messages = 0;
    await waitUntil(async () => {
      try {
        const nc = await connect({ servers: `nats://127.0.0.1:${port}`, timeout: 500 });
        try {
          messages = (await (await jetstreamManager(nc)).streams.info(streamName)).state.messages;
        } finally {
          await nc.close();
        }
      } catch {
        // not up yet, or the stream not made yet
      }
      return messages >= 7;
    }, 'all 7 events in the JetStream stream', 15_000);
    expect(messages).toBe(7);
  }, 30_000);

  it('prunes events past retention once delivered, and old cursors then answer 410', async () => {
    const receiver = new Receiver(SECRET);
    await receiver.start();
    cleanups.push(() => receiver.stop());
    const server = await startServer('sqlite', { WEBHOOK_URL: receiver.url, WEBHOOK_SECRET: SECRET, EVENT_RETENTION_DAYS: '1' });
    cleanups.push(() => server.stop());
    const a = uniqueId();
    const conversation = await buildConversation(server, a, [uniqueId()]);
    await sendMessage(server, a, conversation.id, 'old news');
    await receiver.waitFor(() => receiver.unique().length >= 3);
    // The receiver has them before the sink records its position; the search index reads the log too.
    await waitUntil(async () => (await server.parley.delivery.lag()).every((reader) => reader.lagEvents === 0), 'every reader of the log caught up');
    // Two days from now, everything written today is past the one-day window.
    const removed = await server.parley.delivery.prune(Date.now() + 2 * 86_400_000);
    expect(removed).toBeGreaterThanOrEqual(3);
    const stale = await asUser(server, a).get('/sync?since=0');
    expect(stale.status).toBe(410);
    expect(stale.body.error.code).toBe('RESYNC_REQUIRED');
    const head = (await asUser(server, a).get('/sync')).body.cursor;
    expect((await asUser(server, a).get(`/sync?since=${head}`)).status).toBe(200);
  });

  it('an instance that cannot listen (its port is taken) exits having delivered and indexed nothing', async () => {
    const running = await startServer('sqlite');
    cleanups.push(() => running.stop());
    const a = uniqueId();
    const conversation = await buildConversation(running, a, [uniqueId()]);
    await sendMessage(running, a, conversation.id, 'waiting in the log for a sink');
    const receiver = new Receiver(SECRET);
    await receiver.start();
    cleanups.push(() => receiver.stop());

    // A second start by mistake on the same port, with a sink that has every event still to deliver.
    const port = new URL(running.baseUrl).port;
    const mistaken = await createParley(loadConfig({ ...running.env, PORT: port, WEBHOOK_URL: receiver.url, WEBHOOK_SECRET: SECRET }), running.options);
    cleanups.push(() => mistaken.close());
    await expect(mistaken.listen()).rejects.toMatchObject({ code: 'EADDRINUSE' });
    expect(mistaken.delivery.isLeader).toBe(false);
    expect(mistaken.ctx.searchIndexer.thread).toBeUndefined();
    expect(receiver.deliveries).toHaveLength(0);
  });

  it.runIf(postgresUrl !== undefined || requireServices)('one of two instances delivers; when it stops, the other takes over', async () => {
    const receiver = new Receiver(SECRET);
    await receiver.start();
    cleanups.push(() => receiver.stop());
    // A standby retries the lock often, so the handover is waited on, not slept through.
    const first = await startServer('postgres', { WEBHOOK_URL: receiver.url, WEBHOOK_SECRET: SECRET }, { timings: { leaderRetryMs: 100 } });
    cleanups.push(() => first.stop());
    const second = await createParley(loadConfig({ ...first.env }), first.options);
    await second.listen();
    cleanups.push(() => second.close());
    // Both have tried the lock by the time they are started: exactly one holds it.
    expect([first.parley.delivery.isLeader, second.delivery.isLeader].filter(Boolean)).toHaveLength(1);

    const a = uniqueId();
    const conversation = await buildConversation(first, a, [uniqueId()]);
    await sendMessage(first, a, conversation.id, 'before the handover');
    await receiver.waitFor(() => receiver.unique().filter((e) => e.type === 'message.sent').length === 1);

    const leader = first.parley.delivery.isLeader ? first.parley : second;
    const standby = leader === second ? first.parley : second;
    await leader.delivery.stop();
    await waitUntil(() => standby.delivery.isLeader, 'the standby takes the delivery lock');
    const viaStandby = standby === second ? { ...first, prefix: `${second.http.listeningOrigin}/api/v1` } : first;
    await sendMessage(viaStandby, a, conversation.id, 'after the handover');
    await receiver.waitFor(() => receiver.unique().filter((e) => e.type === 'message.sent').length === 2);
  }, 30_000);
});
