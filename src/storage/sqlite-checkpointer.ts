// Moves SQLite's WAL checkpoints off the request path. A checkpoint copies the WAL into the
// database file and syncs it; run inside a commit, that stalls every request waiting behind
// it. Here a worker thread with its own connection (sqlite-checkpointer.worker.ts) checkpoints
// several times a second instead; when the WAL has grown large, it finishes a checkpoint under
// the threads' write lock so that the WAL starts over (see the worker).
import type { Worker } from 'node:worker_threads';
import { startThread, stopThread } from '../threads.js';
import type { CheckpointerWorkerData, FromCheckpointer, ToCheckpointer } from './sqlite-checkpointer.worker.js';
import { CHECKPOINTER_THREAD, ThreadWriteLock } from './write-lock.js';

/** Between checkpoints. */
export const CHECKPOINT_EVERY_MS = 200;
/** How long stop() waits for the final checkpoint. */
const STOP_PATIENCE_MS = 2000;

export class SqliteCheckpointer {
  private readonly worker: Worker | undefined;
  private stopping = false;

  /**
   * @param onFailure the thread could not start or ended by itself: checkpoints are now the
   *   caller's to run (SQLite's automatic ones after commits), or the WAL would grow without end.
   */
  constructor(file: string, writeLock: SharedArrayBuffer, onFailure: (error: Error) => void, intervalMs = CHECKPOINT_EVERY_MS) {
    try {
      this.worker = startThread(import.meta.url, 'sqlite-checkpointer.worker', { file, intervalMs, writeLock } satisfies CheckpointerWorkerData);
    } catch (error) {
      onFailure(error as Error);
      return;
    }
    let failure: Error | undefined;
    this.worker.on('error', (error) => (failure = error));
    this.worker.once('exit', (code) => {
      // A thread that ends holding the write lock (it failed, or was terminated) must not keep writers out.
      new ThreadWriteLock(writeLock, CHECKPOINTER_THREAD).releaseFor(CHECKPOINTER_THREAD);
      if (!this.stopping) onFailure(failure ?? new Error(`the SQLite checkpointer thread exited with code ${code}`));
    });
    this.worker.unref();
  }

  /** Empties the WAL soon (see the worker): what erased texts were is then nowhere in the files. */
  emptyWal(): void {
    this.worker?.postMessage('empty-wal' satisfies ToCheckpointer);
  }

  async stop(): Promise<void> {
    this.stopping = true;
    if (this.worker === undefined) return;
    await stopThread(this.worker, 'stop' satisfies ToCheckpointer, (message) => message === ('stopped' satisfies FromCheckpointer), STOP_PATIENCE_MS);
  }
}
