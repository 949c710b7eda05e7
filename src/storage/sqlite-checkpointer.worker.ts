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

export type ToCheckpointer = 'stop' | 'empty-wal';
export type FromCheckpointer = 'stopped';

const port = parentPort;
if (port === null) throw new Error('sqlite-checkpointer.worker runs as a worker thread');
const data = workerData as CheckpointerWorkerData;
const db = new SQLite(data.file);
// Only the final checkpoint waits for readers; a passive one never calls the busy handler.
db.pragma('busy_timeout = 1000');
const lock = new ThreadWriteLock(data.writeLock, CHECKPOINTER_THREAD);

/**
 * The WAL is made to start over once it holds this many pages (32 MB of 4 KB pages): under
 * steady full load about once a second, for a pause of writers of a few milliseconds.
 */
const START_OVER_AT_PAGES = 8192;

/**
 * SQLite starts the WAL over from its beginning only when a checkpoint has copied all of it, and
 * under writes that never pause a checkpoint never does: new pages keep arriving while it copies.
 * The WAL then grows without end (by tens of MB a second at full speed) and every write extends
 * the file. So the bulk is copied while writers go on, then the few pages written meanwhile
 * under the write lock: the copy reaches the end, and the next write starts over. Writers wait
 * only for that remainder (what was written while the first copy ran), and not at all while the
 * WAL is small (under lighter load it starts over by itself, in the pauses between writes) or
 * when the first copy was held back (another checkpoint running, a reader on an old snapshot):
 * the next round tries again.
 */
async function checkpoint(): Promise<void> {
  if (emptyWalAsked) {
    emptyWalAsked = !(await checkpointUnderLock('TRUNCATE'));
    return;
  }
  try {
    // The pages the WAL held when this copy began, and how many of them it copied.
    const [first] = db.pragma('wal_checkpoint(PASSIVE)') as { busy: number; log: number; checkpointed: number }[];
    if (first === undefined || first.busy !== 0 || first.log < START_OVER_AT_PAGES || first.checkpointed < first.log) return;
  } catch {
    return; // the next round tries again
  }
  await checkpointUnderLock('PASSIVE');
}

/**
 * A checkpoint while this thread holds the write lock; true when it copied the whole WAL. One
 * that fails (busy, or readers still open at stop) is left to the next round, or to SQLite's
 * replay of the WAL on the next open.
 */
async function checkpointUnderLock(mode: 'PASSIVE' | 'TRUNCATE'): Promise<boolean> {
  await lock.acquire();
  try {
    const [result] = db.pragma(`wal_checkpoint(${mode})`) as { busy: number; log: number; checkpointed: number }[];
    return result !== undefined && result.busy === 0 && result.checkpointed === result.log;
  } catch {
    return false; // see above
  } finally {
    lock.release();
  }
}

/**
 * Asked after texts were erased: the WAL still holds the pages as they were before, until new
 * writes happen to overwrite them. A TRUNCATE checkpoint copies what is current into the
 * database (where secure_delete zeroes what was freed) and empties the WAL file; while readers
 * hold it back, the next rounds try again.
 */
let emptyWalAsked = false;

let running = true;
let timer: NodeJS.Timeout | undefined;
const next = () => {
  timer = setTimeout(() => {
    void checkpoint().then(() => running && next());
  }, data.intervalMs);
};
next();

port.on('message', (message: ToCheckpointer) => {
  if (message === 'empty-wal') emptyWalAsked = true;
  if (message !== 'stop') return;
  running = false;
  clearTimeout(timer);
  // The last checkpoint: the whole WAL, and the file emptied.
  void checkpointUnderLock('TRUNCATE').then(() => {
    db.close();
    port.postMessage('stopped' satisfies FromCheckpointer);
  });
});
