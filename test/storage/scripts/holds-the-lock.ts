// A thread of waits-for-a-thread.ts: takes the write lock as the checkpointer does, tells its
// starter, and keeps the lock a while after the request thread starts waiting for it (as a
// checkpoint does) before releasing it.
import { setImmediate as nextTurn } from 'node:timers/promises';
import { parentPort, workerData } from 'node:worker_threads';
import { CHECKPOINTER_THREAD, ThreadWriteLock } from '../../../src/storage/write-lock.js';

const lock = new ThreadWriteLock(workerData as SharedArrayBuffer, CHECKPOINTER_THREAD);
await lock.acquire();
parentPort?.postMessage('held');
while (!lock.requestThreadWaiting) await nextTurn();
setTimeout(() => lock.release(), 300);
