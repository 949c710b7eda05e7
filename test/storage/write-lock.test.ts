// SQLite's writers on two threads (the server's, and the search indexer's with a connection of
// its own) take turns through a lock in shared memory: the one that waits keeps its event loop
// running, and neither meets SQLite's busy handler, which would block it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from '../../src/storage/database.js';
import { Store } from '../../src/storage/store.js';
import { INDEXER_THREAD, MAIN_THREAD, ThreadWriteLock } from '../../src/storage/write-lock.js';
import { openTestDatabase } from '../support/services.js';

/** A few turns of the event loop: long enough for anything that was not waiting to happen. */
async function turns(count = 5): Promise<void> {
  for (let i = 0; i < count; i++) await new Promise((resolve) => setImmediate(resolve));
}

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe('the write lock of SQLite connections on several threads', () => {
  it('keeps a waiting holder waiting, without blocking it, until the other releases', async () => {
    const buffer = ThreadWriteLock.create();
    const main = new ThreadWriteLock(buffer, MAIN_THREAD);
    const indexer = new ThreadWriteLock(buffer, INDEXER_THREAD);
    await indexer.acquire();
    let acquired = false;
    const waiting = main.acquire().then(() => (acquired = true));
    await turns();
    expect(acquired).toBe(false);
    indexer.release();
    await waiting;
    expect(acquired).toBe(true);
    main.release();
    await indexer.acquire();
    indexer.release();
  });

  it('frees the lock of a holder that died holding it', async () => {
    const buffer = ThreadWriteLock.create();
    const main = new ThreadWriteLock(buffer, MAIN_THREAD);
    await new ThreadWriteLock(buffer, INDEXER_THREAD).acquire();
    const waiting = main.acquire();
    // Freeing for a holder that does not hold the lock frees nothing.
    main.releaseFor(MAIN_THREAD);
    main.releaseFor(INDEXER_THREAD);
    await waiting;
    main.releaseFor(INDEXER_THREAD);
    let second = false;
    const next = new ThreadWriteLock(buffer, INDEXER_THREAD).acquire().then(() => (second = true));
    await turns();
    expect(second).toBe(false);
    main.release();
    await next;
  });
});

describe('two SQLite connections sharing the write lock', () => {
  let dispose: () => Promise<void>;
  let first: Store;
  let secondDatabase: Database;
  let second: Store;

  beforeAll(async () => {
    const opened = await openTestDatabase('sqlite');
    dispose = opened.dispose;
    first = Store.open(opened.database);
    secondDatabase = openDatabase(opened.config, undefined, { writeLock: opened.database.writeLock as SharedArrayBuffer, holder: INDEXER_THREAD });
    second = Store.open(secondDatabase);
  });
  afterAll(async () => {
    await secondDatabase?.close();
    await dispose?.();
  });

  it('runs one transaction at a time: the later waits for the earlier to commit, then reads what it wrote', async () => {
    const now = new Date().toISOString();
    const inside = deferred();
    const finish = deferred();
    const earlier = second.transaction(async (tx) => {
      await tx.users.upsert('lock_earlier_1', { username: 'earlier1' }, now);
      inside.resolve();
      await finish.promise;
      await tx.users.upsert('lock_earlier_2', { username: 'earlier2' }, now);
    });
    await inside.promise;
    let laterDone = false;
    const later = first
      .transaction(async (tx) => {
        const seen = await tx.users.findById('lock_earlier_2');
        await tx.users.upsert('lock_later', { username: 'later' }, now);
        return seen;
      })
      .finally(() => (laterDone = true));
    // The waiting connection's thread goes on: this test's own code runs while it waits.
    await turns();
    expect(laterDone).toBe(false);
    finish.resolve();
    await earlier;
    expect((await later)?.id).toBe('lock_earlier_2');
    expect((await second.users.findById('lock_later'))?.id).toBe('lock_later');
  });

  it('lets a transaction that reads before it writes commit after the other connection committed', async () => {
    const now = new Date().toISOString();
    // Deferred transactions would fail here (SQLITE_BUSY_SNAPSHOT): each begins immediate.
    const both = await Promise.all([
      first.transaction(async (tx) => {
        await tx.users.findById('lock_reader_b');
        await tx.users.upsert('lock_reader_a', { username: 'a' }, now);
        return 'a';
      }),
      second.transaction(async (tx) => {
        await tx.users.findById('lock_reader_a');
        await tx.users.upsert('lock_reader_b', { username: 'b' }, now);
        return 'b';
      }),
    ]);
    expect(both).toEqual(['a', 'b']);
  });
});
