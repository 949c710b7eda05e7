// Runs the search indexer in a worker thread (search-indexer.worker.ts) with its own database
// connection, so that indexing takes no time from the thread that serves requests. The index's
// guarantees are the database's (the position lock, SQLite's one writer), not the thread's: a
// search whose worker is stopped or gone catches the index up itself, on this thread, and a
// rotation re-indexes here, inside its own transaction.
import type { Worker } from 'node:worker_threads';
import type { Logger } from 'pino';
import type { Store } from '../storage/store.js';
import { INDEXER_THREAD, ThreadWriteLock } from '../storage/write-lock.js';
import { startThread, stopThread } from '../threads.js';
import { type EventLogSignal, SharedNudge } from './event-signal.js';
import type { SearchIndexer, SearchIndexing } from './search-indexer.js';
import type { FromIndexer, IndexerWorkerData, ToIndexer } from './search-indexer.worker.js';

/** A worker that died is started again after this long, doubled after each death that came soon. */
const RESTART_AFTER_MS = 1_000;
const MAX_RESTART_AFTER_MS = 60_000;
/** A worker that lived this long died of something new: the next starts after RESTART_AFTER_MS again. */
const HEALTHY_AFTER_MS = 60_000;
/** How long a stopping worker may take to finish its batch and close its connection. */
const STOP_PATIENCE_MS = 5_000;

/** One worker's life: its catch-up requests are answered by it, or told it died. */
interface Running {
  worker: Worker;
  startedAt: number;
  ready: Promise<boolean>;
  exited: boolean;
  waiting: Map<number, (answer: CatchUpAnswer) => void>;
}

type CatchUpAnswer = 'done' | 'failed' | 'gone';

export class SearchIndexerThread implements SearchIndexing {
  private running: Running | undefined;
  private nextRequest = 1;
  private active = false;
  private restartAfterMs = RESTART_AFTER_MS;
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

  /** The thread indexing now, if one is running (for diagnostics). */
  get thread(): Worker | undefined {
    return this.running?.exited === false ? this.running.worker : undefined;
  }

  /** Indexes whatever was committed before start, then follows this instance's commits. */
  start(signal: EventLogSignal): void {
    this.active = true;
    const commits = new SharedNudge(this.workerData.commits);
    this.unsubscribe = signal.onCommitted(() => commits.nudge());
    this.spawn();
  }

  /** Stops indexing in the background; searches still catch the index up, here. */
  async stop(): Promise<void> {
    this.active = false;
    this.unsubscribe?.();
    clearTimeout(this.restartTimer);
    const worker = this.running?.worker;
    if (worker === undefined) return;
    const stopped = (message: unknown) => (message as FromIndexer).type === 'stopped';
    await stopThread(worker, { type: 'stop' } satisfies ToIndexer, stopped, STOP_PATIENCE_MS);
  }

  /** Resolves once every event committed before the call is in the index. */
  async catchUp(): Promise<void> {
    if ((await this.workerCatchUp()) === 'done') return;
    // No worker, or it failed: this thread catches up, and reports its own error if it fails
    // too. (The worker's connections may fail where this thread's warm pool does not.)
    await this.local.catchUp();
  }

  /** See SearchIndexer.reindex; on this thread, in `tx` when given. */
  reindex(messageIds: string[], tx?: Store): Promise<void> {
    return this.local.reindex(messageIds, tx);
  }

  /** Drops the words both threads remember with their hashes (after an erasure). */
  forgetWords(): void {
    this.local.forgetWords();
    this.send({ type: 'forgetWords' });
  }

  private async workerCatchUp(): Promise<CatchUpAnswer> {
    const running = this.running;
    if (running === undefined || !(await running.ready) || running.exited) return 'gone';
    const id = this.nextRequest++;
    return new Promise<CatchUpAnswer>((resolve) => {
      running.waiting.set(id, resolve);
      running.worker.postMessage({ type: 'catchUp', id } satisfies ToIndexer);
    });
  }

  private send(message: ToIndexer): void {
    if (this.running?.exited === false) this.running.worker.postMessage(message);
  }

  private spawn(): void {
    let worker: Worker;
    try {
      worker = startThread(import.meta.url, 'search-indexer.worker', this.workerData);
    } catch (error) {
      this.logger.error({ err: error }, 'search indexer thread could not start; searches catch up themselves');
      this.scheduleRestart();
      return;
    }
    // Never what keeps the process alive: stop() ends it, and so does the process's exit.
    worker.unref();
    const running: Running = { worker, startedAt: Date.now(), ready: Promise.resolve(false), exited: false, waiting: new Map() };
    running.ready = new Promise<boolean>((resolve) => {
      worker.on('message', (message: FromIndexer) => {
        if (message.type === 'ready') resolve(true);
        else if (message.type === 'caughtUp') {
          running.waiting.get(message.id)?.(message.ok ? 'done' : 'failed');
          running.waiting.delete(message.id);
        }
      });
      worker.once('exit', () => resolve(false));
    });
    worker.on('error', (error) => this.logger.error({ err: error }, 'search indexer thread failed; searches catch up themselves until it is back'));
    worker.once('exit', () => {
      running.exited = true;
      if (this.running === running) this.running = undefined;
      // A thread that died inside a transaction must not leave SQLite's writers waiting for it.
      if (this.workerData.writeLock !== undefined) new ThreadWriteLock(this.workerData.writeLock, INDEXER_THREAD).releaseFor(INDEXER_THREAD);
      for (const answer of running.waiting.values()) answer('gone');
      running.waiting.clear();
      if (this.active) {
        if (Date.now() - running.startedAt >= HEALTHY_AFTER_MS) this.restartAfterMs = RESTART_AFTER_MS;
        this.scheduleRestart();
      }
    });
    this.running = running;
  }

  private scheduleRestart(): void {
    this.restartTimer = setTimeout(() => this.active && this.spawn(), this.restartAfterMs);
    this.restartTimer.unref();
    this.restartAfterMs = Math.min(MAX_RESTART_AFTER_MS, this.restartAfterMs * 2);
  }
}
