// Run by write-lock.test.ts as a process of its own: a script with nothing to do but wait for a
// write lock held by an unreferenced thread (as the checkpointer is) must stay alive until it
// gets the lock, then print `acquired`.
import { once } from 'node:events';
import { startThread } from '../../../src/threads.js';
import { MAIN_THREAD, ThreadWriteLock } from '../../../src/storage/write-lock.js';

const buffer = ThreadWriteLock.create();
const holder = startThread(import.meta.url, 'holds-the-lock', buffer);
holder.unref();
await once(holder, 'message');
await new ThreadWriteLock(buffer, MAIN_THREAD).acquire();
console.log('acquired');
