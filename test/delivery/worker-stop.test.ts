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
  readonly name = `held:${Math.random().toString(36).slice(2)}`;
  readonly maxAttempts = 5;
  readonly batches: { events: EventView[]; fail(error: Error): void }[] = [];
  deliver(events: EventView[]): Promise<void> {
    return new Promise((_resolve, reject) => this.batches.push({ events, fail: reject }));
  }
  async close(): Promise<void> {}
}

describe('a delivery worker stopping', () => {
  let server: TestServer | undefined;
  afterEach(async () => {
    await server?.stop();
    server = undefined;
  });

  async function heldWorker(): Promise<{ sink: HeldSink; worker: SinkWorker }> {
    server = await startServer('sqlite');
    const sink = new HeldSink();
    // Retries wait far longer than the test: a stop that waited for one would not finish in time.
    const worker = new SinkWorker(sink, server.parley.ctx.store, createLogger('silent'), { batchSize: 10, retryBaseMs: 600_000, retryMaxMs: 600_000, pollMs: 50 });
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
    expect(await server!.parley.ctx.store.delivery.failedAttempts(sink.name)).toBe(0);
  }, 20_000);

  it('leaves the retry of a batch that fails while it stops to the restart', async () => {
    const { sink, worker } = await heldWorker();
    const stopping = worker.stop();
    sink.batches[0]!.fail(new DeliveryError('receiver answered 500'));
    await stopping;
    // The failure happened and counts; the retry is not made, nor waited for.
    expect(await server!.parley.ctx.store.delivery.failedAttempts(sink.name)).toBe(1);
    expect(sink.batches).toHaveLength(1);
  }, 20_000);
});
