// Moves SQLite's WAL checkpoints off the request path. A checkpoint copies the WAL into the
// database file and syncs it; run inside a commit, that stalls every request waiting behind
// it. Here a worker thread with its own connection (sqlite-checkpointer.worker.ts) checkpoints
// several times a second instead, briefly taking the threads' write lock at the end of each.
import type { Worker } from 'node:worker_threads';
import { startThread } from '../threads.js';
import type { CheckpointerWorkerData, FromCheckpointer, ToCheckpointer } from './sqlite-checkpointer.worker.js';
import { CHECKPOINTER_THREAD, ThreadWriteLock } from './write-lock.js';

/** Between checkpoints: the WAL holds about this long's writes (about 10 MB at full speed). */
export const CHECKPOINT_EVERY_MS = 200;
/** How long stop() waits for the final checkpoint. */
const STOP_PATIENCE_MS = 2000;

export class SqliteCheckpointer {
  private readonly worker: Worker;

  constructor(file: string, writeLock: SharedArrayBuffer, intervalMs = CHECKPOINT_EVERY_MS) {
    this.worker = startThread(import.meta.url, 'sqlite-checkpointer.worker', { file, intervalMs, writeLock } satisfies CheckpointerWorkerData);
    // A thread that ends holding the write lock (it failed, or was terminated) must not keep writers out.
    this.worker.once('exit', () => new ThreadWriteLock(writeLock, CHECKPOINTER_THREAD).releaseFor(CHECKPOINTER_THREAD));
    this.worker.unref();
  }

  async stop(): Promise<void> {
    const stopped = new Promise<void>((resolve) => {
      this.worker.once('message', (message: FromCheckpointer) => message === 'stopped' && resolve());
      this.worker.once('exit', () => resolve());
    });
    this.worker.postMessage('stop' satisfies ToCheckpointer);
    let patience: NodeJS.Timeout | undefined;
    await Promise.race([stopped, new Promise((resolve) => (patience = setTimeout(resolve, STOP_PATIENCE_MS)))]);
    clearTimeout(patience);
    await this.worker.terminate();
  }
}
