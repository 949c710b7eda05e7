// Redis Streams and NATS JetStream sinks against the real servers on this machine.
import { connect } from '@nats-io/transport-node';
import { jetstreamManager } from '@nats-io/jetstream';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NatsSink, RedisStreamSink } from '../../src/delivery/sinks.js';
import type { EventView } from '../../src/presenters/events.presenter.js';
import { buildConversation, sendMessage, startServer, type TestServer, uniqueId } from '../support/harness.js';
import { committedEvents } from '../support/log.js';
import { natsUrl, redisUrl, requireServices } from '../support/services.js';
import { waitUntil } from '../support/wait.js';

describe.runIf(redisUrl !== undefined || requireServices)('Redis Streams sink', () => {
  let server: TestServer;
  const stream = `parley-test-${uniqueId('stream')}`;
  let redis: Redis;
  beforeAll(async () => {
    if (!redisUrl) throw new Error('REQUIRE_SERVICES=1 but TEST_REDIS_URL is not set');
    redis = new Redis(redisUrl);
    server = await startServer('sqlite', { REDIS_URL: redisUrl, EVENTS_REDIS_STREAM: stream });
  });
  afterAll(async () => {
    await redis?.del(stream);
    redis?.disconnect();
    await server?.stop();
  });

  it('appends every event to the stream in log order', async () => {
    const a = uniqueId();
    const conversation = await buildConversation(server, a, [uniqueId()]);
    for (let i = 0; i < 5; i++) await sendMessage(server, a, conversation.id, `to redis ${i}`);
    await waitUntil(async () => (await redis.xlen(stream)) >= 11, 'all 11 events in the Redis stream');
    const entries = await redis.xrange(stream, '-', '+');
    const events = entries.map(([, fields]) => JSON.parse(fields[fields.indexOf('event') + 1] as string) as { type: string; cursor: string; data: { seq?: number } });
    expect(events[0]?.type).toBe('conversation.created');
    expect(events.filter((e) => e.type === 'message.sent').map((e) => e.data.seq)).toEqual([1, 2, 3, 4, 5]);
    const cursors = events.map((e) => Number(e.cursor));
    expect([...cursors].sort((x, y) => x - y)).toEqual(cursors);
  });

  it('adds each event once when a restarted process sends its last batch again', async () => {
    const a = uniqueId();
    const conversation = await buildConversation(server, a, [uniqueId()]);
    for (let i = 0; i < 3; i++) await sendMessage(server, a, conversation.id, `sent again ${i}`);
    // The stream was configured before the first event: it holds the whole log once delivered.
    await waitUntil(async () => (await redis.xlen(stream)) === (await committedEvents(server)).length, 'every event in the Redis stream');
    const eventsOf = (entries: [string, string[]][]) => entries.map(([, fields]) => JSON.parse(fields[fields.indexOf('event') + 1] as string) as EventView);
    const before = eventsOf(await redis.xrange(stream, '-', '+'));

    // A process killed after adding its batch, before it saved its position, starts again and
    // sends that batch again: wholly in the stream, or in part (with events after it).
    const deliverOnRestart = async (events: EventView[]) => {
      const restarted = new RedisStreamSink(redisUrl as string, stream, 1000, () => {});
      // Tried again until its connection is up, as the delivery worker does.
      await waitUntil(() => restarted.deliver(events).then(() => true, () => false), 'the batch sent again');
      await restarted.close();
    };
    await deliverOnRestart(before.slice(-6));
    const last = before.at(-1) as EventView;
    const next = { ...last, id: uniqueId('evt'), cursor: String(Number(last.cursor) + 1) };
    await deliverOnRestart([...before.slice(-2), next]);

    const after = eventsOf(await redis.xrange(stream, '-', '+'));
    expect(after.map((e) => e.id)).toEqual([...before.map((e) => e.id), next.id]);
  });

  it('adds each event once when a worker abandons a batch on its way and a worker started again in the same process sends it again', async () => {
    const own = `${stream}-abandoned`;
    const sink = new RedisStreamSink(redisUrl as string, own, 1000, () => {});
    const event = (n: number): EventView => ({ id: uniqueId('evt'), type: 'message.sent', cursor: String(n) }) as EventView;
    try {
      const [first, batch, last] = [event(1), [event(2), event(3), event(4)], event(5)];
      await waitUntil(() => sink.deliver([first]).then(() => true, () => false), 'the sink connected');
      // A stopping worker stops waiting for a batch its sink has sent; the batch still lands.
      const stopping = new AbortController();
      const abandoned = sink.deliver(batch, stopping.signal);
      stopping.abort();
      await abandoned;
      // The worker, started again (leadership lost and won back), never saved the batch's position: it sends the batch again.
      await sink.deliver(batch);
      await sink.deliver([last]);
      const entries = await redis.xrange(own, '-', '+');
      expect(entries.map(([, fields]) => fields[fields.indexOf('id') + 1])).toEqual([first, ...batch, last].map((e) => e.id));
    } finally {
      await sink.close();
      await redis.del(own);
    }
  });

  it('adds each event once when the batch is sent again while the abandoned one is still on its way', async () => {
    const own = `${stream}-overlapping`;
    const sink = new RedisStreamSink(redisUrl as string, own, 1000, () => {});
    const event = (n: number): EventView => ({ id: uniqueId('evt'), type: 'message.sent', cursor: String(n) }) as EventView;
    try {
      // A batch abandoned before: the next one reads the stream first, and both sends below would read it at once.
      const [first, batch] = [event(0), [event(1), event(2), event(3)]];
      const before = new AbortController();
      before.abort();
      await waitUntil(() => sink.deliver([first], before.signal).then(() => true, () => false), 'the sink connected');
      const stopping = new AbortController();
      const abandoned = sink.deliver(batch, stopping.signal);
      stopping.abort();
      const again = sink.deliver(batch);
      await Promise.all([abandoned, again]);
      const entries = await redis.xrange(own, '-', '+');
      expect(entries.map(([, fields]) => fields[fields.indexOf('id') + 1])).toEqual([first, ...batch].map((e) => e.id));
    } finally {
      await sink.close();
      await redis.del(own);
    }
  });
});

describe.runIf(natsUrl !== undefined || requireServices)('NATS JetStream sink', () => {
  let server: TestServer;
  const subject = `parleytest.${uniqueId('s').replace(/[^A-Za-z0-9]/g, '')}`;
  const streamName = subject.replace(/[.]/g, '_').toUpperCase();
  beforeAll(async () => {
    if (!natsUrl) throw new Error('REQUIRE_SERVICES=1 but TEST_NATS_URL is not set');
    server = await startServer('sqlite', { NATS_URL: natsUrl, EVENTS_NATS_SUBJECT: subject });
  });
  afterAll(async () => {
    await server?.stop();
    const nc = await connect({ servers: natsUrl });
    await (await jetstreamManager(nc)).streams.delete(streamName).catch(() => {});
    await nc.close();
  });

  it('publishes each event once on <subject>.<type>, duplicates dropped by message id', async () => {
    const a = uniqueId();
    const conversation = await buildConversation(server, a, [uniqueId()]);
    for (let i = 0; i < 3; i++) await sendMessage(server, a, conversation.id, `to nats ${i}`);
    const nc = await connect({ servers: natsUrl });
    const manager = await jetstreamManager(nc);
    await waitUntil(async () => {
      try {
        return (await manager.streams.info(streamName)).state.messages >= 7;
      } catch {
        return false;
      }
    }, 'all 7 events in the JetStream stream');
    const info = await manager.streams.info(streamName);
    expect(info.state.messages).toBe(7); // created + 3 sent + 3 received
    const first = await manager.streams.getMessage(streamName, { seq: 1 });
    expect(first?.subject).toBe(`${subject}.conversation.created`);
    const event = first?.json<{ id: string; type: string }>();
    // At-least-once delivery may send an event twice; JetStream keeps one.
    const sink = new NatsSink(natsUrl as string, subject);
    await sink.deliver([event as never]);
    await sink.close();
    expect((await manager.streams.info(streamName)).state.messages).toBe(7);
    await nc.close();
  });
});
