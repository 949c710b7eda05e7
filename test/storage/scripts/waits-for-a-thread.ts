// Run by write-lock.test.ts as a process of its own: a script with nothing to do but wait for a
// write lock held by an unreferenced thread (as the checkpointer is) must stay alive until it
// gets the lock, then print `acquired`.
import { Worker } from 'node:worker_threads';
import { MAIN_THREAD, ThreadWriteLock } from '../../../src/storage/write-lock.js';

const buffer = ThreadWriteLock.create();
// The other thread takes the lock (holder 3), waits until this thread is waiting for it, and
// keeps it a while longer, as a checkpoint does, before releasing it.
const holder = new Worker(
  `const { workerData } = require('node:worker_threads');
   const cell = new Int32Array(workerData);
   Atomics.store(cell, 0, 3);
   while ((Atomics.load(cell, 1) & 2) === 0) Atomics.wait(cell, 1, Atomics.load(cell, 1), 10);
   setTimeout(() => { Atomics.store(cell, 0, 0); Atomics.notify(cell, 0); }, 300);`,
  { eval: true, workerData: buffer },
);
holder.unref();
// Taken only once the other thread holds it.
while (Atomics.load(new Int32Array(buffer), 0) === 0) await new Promise((resolve) => setImmediate(resolve));
await new ThreadWriteLock(buffer, MAIN_THREAD).acquire();
console.log('acquired');
