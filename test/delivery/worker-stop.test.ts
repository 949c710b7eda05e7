// A delivery worker stops within its grace whatever its sink does: a batch the sink never
// finishes (a Redis or NATS server that stopped answering) is abandoned, and one that fails while
// the worker stops is retried by the restart, not after a backoff the stop would wait out.
import { afterEach, describe, expect, it } from 'vitest';
import { SinkWorker } from '../../src/delivery/worker.js';
import { DeliveryError, type Sink } from '../../src/delivery/sinks.js';
import { createLogger } from '../../src/logger.js';
import type { EventView } from '../../src/presenters/events.presenter.js';
import { buildConversation, startServer, type TestServer } from '../support/harness.js';
import { waitUntil } from '../support/wait.js';

/** A sink whose every batch waits until the test settles it; it ignores the stop signal, as a hung broker would. */
class HeldSink implements Sink {
  readonly maxAttempts = 5;
  readonly batches: { events: EventView[]; fail(error: Error): void; done(): void }[] = [];
  /** The same name is the same sink to the log (its position and failing batch). */
  constructor(readonly name = `held:${Math.random().toString(36).slice(2)}`) {}
  deliver(events: EventView[]): Promise<void> {
    return new Promise((resolve, reject) => this.batches.push({ events, fail: reject, done: resolve }));
  }
  async close(): Promise<void> {}
}

/** A worker whose retries wait far longer than a test: a stop that waited for one would not finish in time. */
const slowRetrying = (sink: Sink, server: TestServer) =>
  new SinkWorker(sink, server.parley.ctx.store, createLogger('silent'), { batchSize: 10, retryBaseMs: 600_000, retryMaxMs: 600_000, pollMs: 50 });

describe('a delivery worker stopping', () => {
  let server: TestServer | undefined;
  afterEach(async () => {
    await server?.stop();
    server = undefined;
  });

  async function heldWorker(): Promise<{ sink: HeldSink; worker: SinkWorker }> {
    server = await startServer('sqlite');
    const sink = new HeldSink();
    const worker = slowRetrying(sink, server);
    await worker.start();
    await buildConversation(server, 'stopper_a', ['stopper_b'], { message: 'held in flight' });
    await waitUntil(() => sink.batches.length > 0, 'a batch in flight');
    return { sink, worker };
  }

  it('abandons a batch its sink never finishes, without counting an attempt', async () => {
    const { sink, worker } = await heldWorker();
    await worker.stop();
    expect(sink.batches).toHaveLength(1);
    // Sent again from the same position after a restart, as its first counted attempt.
    expect((await server!.parley.ctx.store.delivery.failingBatch(sink.name)).attempts).toBe(0);
  }, 20_000);

  /** A worker stopped while its batch in flight fails: the failure counts, the retry is the next worker's. */
  async function failedWhileStopping(): Promise<HeldSink> {
    const { sink, worker } = await heldWorker();
    const stopping = worker.stop();
    sink.batches[0]!.fail(new DeliveryError('receiver answered 503'));
    await stopping;
    return sink;
  }

  it('leaves the retry of a batch that fails while it stops to the restart', async () => {
    const sink = await failedWhileStopping();
    // The failure happened and counts; the retry is not made, nor waited for.
    expect((await server!.parley.ctx.store.delivery.failingBatch(sink.name)).attempts).toBe(1);
    expect(sink.batches).toHaveLength(1);
  }, 20_000);

  it('counts from one the tries of a batch after a failing batch already behind the position (stored by an instance that knew nothing of it)', async () => {
    server = await startServer('sqlite');
    const store = server.parley.ctx.store;
    const sink = new HeldSink();
    const head = await store.events.headPosition();
    await store.delivery.savePosition(sink.name, head, new Date().toISOString());
    await store.delivery.recordFailedAttempts(sink.name, sink.maxAttempts - 1, head - 1, new Date().toISOString());
    const worker = slowRetrying(sink, server);
    await worker.start();
    try {
      await buildConversation(server, 'stale_a', ['stale_b'], { message: 'after the stale batch' });
      await waitUntil(() => sink.batches.length > 0, 'a batch in flight');
      sink.batches[0]!.fail(new DeliveryError('receiver answered 503'));
      await waitUntil(async () => (await store.delivery.failingBatch(sink.name)).attempts === 1, 'its first try counted as the first');
      expect(worker.deadLettered).toBe(0);
    } finally {
      await worker.stop();
    }
  }, 20_000);

  it('leaves to the worker that goes on (a restart, another instance) the failing batch as it was, with its tries; later events get tries of their own', async () => {
    const sink = await failedWhileStopping();
    const failing = sink.batches[0]!.events.map((event) => event.id);
    // More events while no worker delivers.
    await buildConversation(server!, 'stopper_c', ['stopper_d'], { message: 'sent during the outage' });
    const next = new HeldSink(sink.name);
    const goingOn = slowRetrying(next, server!);
    await goingOn.start();
    try {
      await waitUntil(() => next.batches.length > 0, 'the failing batch sent again');
      expect(next.batches[0]!.events.map((event) => event.id)).toEqual(failing);
      next.batches[0]!.fail(new DeliveryError('receiver answered 503'));
      await waitUntil(async () => (await server!.parley.ctx.store.delivery.failingBatch(sink.name)).attempts === 2, 'its second try counted');
      // Its tries go on from where they were; the events after it wait for it, then go with tries of their own.
      await goingOn.stop();
      const last = new HeldSink(sink.name);
      const third = slowRetrying(last, server!);
      await third.start();
      await waitUntil(() => last.batches.length > 0, 'the failing batch sent a third time');
      expect(last.batches[0]!.events.map((event) => event.id)).toEqual(failing);
      last.batches[0]!.done();
      await waitUntil(() => last.batches.length > 1, 'the events after it');
      expect(last.batches[1]!.events.map((event) => event.id).some((id) => failing.includes(id))).toBe(false);
      expect((await server!.parley.ctx.store.delivery.failingBatch(sink.name)).attempts).toBe(0);
      last.batches[1]!.done();
      await third.stop();
    } finally {
      await goingOn.stop();
    }
  }, 20_000);
});
