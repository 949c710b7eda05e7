// Runs the search indexer in a worker thread (search-indexer.worker.ts) with its own database
// connection, so that indexing takes no time from the thread that serves requests. The index's
// guarantees are the database's (the position lock, SQLite's one writer), not the thread's: a
// search whose worker is stopped or gone catches the index up itself, on this thread, and a
// rotation re-indexes here, inside its own transaction.
import { Worker } from 'node:worker_threads';
import type { Logger } from 'pino';
import type { Store } from '../storage/store.js';
import { INDEXER_THREAD, ThreadWriteLock } from '../storage/write-lock.js';
import type { EventLogSignal } from './event-signal.js';
import type { SearchIndexer, SearchIndexing } from './search-indexer.js';
import type { FromIndexer, IndexerWorkerData, ToIndexer } from './search-indexer.worker.js';

/** A worker that died is started again after this long (it should not; if it does, it is logged). */
const RESTART_AFTER_MS = 1_000;
/** How long a stopping worker may take to finish its batch and close its connection. */
const STOP_PATIENCE_MS = 5_000;

export class SearchIndexerThread implements SearchIndexing {
  private worker: Worker | undefined;
  private ready: Promise<boolean> = Promise.resolve(false);
  private readonly waiting = new Map<number, (ok: boolean) => void>();
  private nextRequest = 1;
  private running = false;
  private restartTimer: NodeJS.Timeout | undefined;
  private unsubscribe: (() => void) | undefined;

  /**
   * @param local indexes on this thread: re-indexing for a rotation, and catching up for a
   *   search while the worker is not there.
   */
  constructor(
    private readonly local: SearchIndexer,
    private readonly workerData: IndexerWorkerData,
    private readonly logger: Logger,
  ) {}

  /** Indexes whatever was committed before start, then follows this instance's commits. */
  start(signal: EventLogSignal): void {
    this.running = true;
    this.unsubscribe = signal.onCommitted(() => this.send({ type: 'committed' }));
    this.spawn();
  }

  /** Stops indexing in the background; searches still catch the index up, here. */
  async stop(): Promise<void> {
    this.running = false;
    this.unsubscribe?.();
    clearTimeout(this.restartTimer);
    const worker = this.worker;
    if (worker === undefined) return;
    const stopped = new Promise<void>((resolve) => {
      worker.on('message', (message: FromIndexer) => message.type === 'stopped' && resolve());
      worker.once('exit', () => resolve());
      setTimeout(resolve, STOP_PATIENCE_MS).unref();
    });
    this.send({ type: 'stop' });
    await stopped;
    await worker.terminate();
  }

  /** Resolves once every event committed before the call is in the index. */
  async catchUp(): Promise<void> {
    if (await this.workerCaughtUp()) return;
    // No worker, or it failed (an outage answers here as it does for any request).
    await this.local.catchUp();
  }

  /** See SearchIndexer.reindex; on this thread, in `tx` when given. */
  reindex(messageIds: string[], tx?: Store): Promise<void> {
    return this.local.reindex(messageIds, tx);
  }

  private async workerCaughtUp(): Promise<boolean> {
    const worker = this.worker;
    if (worker === undefined || !(await this.ready)) return false;
    const id = this.nextRequest++;
    return new Promise<boolean>((resolve) => {
      this.waiting.set(id, resolve);
      worker.postMessage({ type: 'catchUp', id } satisfies ToIndexer);
    });
  }

  private send(message: ToIndexer): void {
    this.worker?.postMessage(message);
  }

  private spawn(): void {
    const worker = startWorker(this.workerData);
    // Never what keeps the process alive: stop() ends it, and so does the process's exit.
    worker.unref();
    this.worker = worker;
    this.ready = new Promise<boolean>((resolve) => {
      worker.on('message', (message: FromIndexer) => {
        if (message.type === 'ready') resolve(true);
        else if (message.type === 'caughtUp') this.settle(message.id, message.ok);
      });
      worker.once('exit', () => resolve(false));
    });
    worker.on('error', (error) => this.logger.error({ err: error }, 'search indexer thread failed'));
    worker.once('exit', () => {
      if (this.worker === worker) this.worker = undefined;
      // A thread that died inside a transaction must not leave SQLite's writers waiting for it.
      if (this.workerData.writeLock !== undefined) new ThreadWriteLock(this.workerData.writeLock, INDEXER_THREAD).releaseFor(INDEXER_THREAD);
      for (const id of [...this.waiting.keys()]) this.settle(id, false);
      if (this.running) {
        this.restartTimer = setTimeout(() => this.running && this.spawn(), RESTART_AFTER_MS);
        this.restartTimer.unref();
      }
    });
  }

  private settle(id: number, ok: boolean): void {
    this.waiting.get(id)?.(ok);
    this.waiting.delete(id);
  }
}

function startWorker(workerData: IndexerWorkerData): Worker {
  const fromSource = import.meta.url.endsWith('.ts');
  const entry = new URL(`./search-indexer.worker.${fromSource ? 'ts' : 'js'}`, import.meta.url);
  if (!fromSource) return new Worker(entry, { workerData });
  // Running from source (tests, benchmarks): the worker loads TypeScript through tsx, as this
  // process does. Node 20 does not apply loader hooks to a worker's own entry, so it imports it.
  const tsx = import.meta.resolve('tsx/esm/api');
  const bootstrap = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(entry.href)}); })`;
  return new Worker(bootstrap, { eval: true, workerData });
}
