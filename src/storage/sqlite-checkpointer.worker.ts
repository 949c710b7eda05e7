// The SQLite checkpointer's thread (sqlite-checkpointer.ts starts it), with a connection of its own.
import SQLite from 'better-sqlite3';
import { parentPort, workerData } from 'node:worker_threads';
import { CHECKPOINTER_THREAD, ThreadWriteLock } from './write-lock.js';

export interface CheckpointerWorkerData {
  file: string;
  intervalMs: number;
  /** The main connection's write lock (write-lock.ts). */
  writeLock: SharedArrayBuffer;
}

export type ToCheckpointer = 'stop';
export type FromCheckpointer = 'stopped';

const port = parentPort;
if (port === null) throw new Error('sqlite-checkpointer.worker runs as a worker thread');
const data = workerData as CheckpointerWorkerData;
const db = new SQLite(data.file);
// Only the final checkpoint waits for readers; a passive one never calls the busy handler.
db.pragma('busy_timeout = 1000');
const lock = new ThreadWriteLock(data.writeLock, CHECKPOINTER_THREAD);

/**
 * SQLite starts the WAL over from its beginning only when a checkpoint has copied all of it, and
 * under writes that never pause a checkpoint never does: new pages keep arriving while it copies.
 * The WAL then grows without end (by tens of MB a second at full speed) and every write
 * extends the file. So the bulk is copied while writers go on, then the few pages written
 * meanwhile under the write lock: the copy reaches the end, and the next write starts over.
 */
async function checkpoint(mode: 'PASSIVE' | 'TRUNCATE'): Promise<void> {
  try {
    db.pragma('wal_checkpoint(PASSIVE)');
  } catch {
    // Busy or failing: the locked attempt below, or the next round, tries again.
  }
  await lock.acquire();
  try {
    db.pragma(`wal_checkpoint(${mode})`);
  } catch {
    // As above.
  } finally {
    lock.release();
  }
}

let running = true;
let timer: NodeJS.Timeout | undefined;
const next = () => {
  timer = setTimeout(() => {
    void checkpoint('PASSIVE').then(() => running && next());
  }, data.intervalMs);
};
next();

port.on('message', (message: ToCheckpointer) => {
  if (message !== 'stop') return;
  running = false;
  clearTimeout(timer);
  void checkpoint('TRUNCATE').then(() => {
    db.close();
    port.postMessage('stopped' satisfies FromCheckpointer);
  });
});
