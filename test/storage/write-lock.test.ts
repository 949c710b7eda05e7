// SQLite's writers on two threads (the server's, and the search indexer's with a connection of
// its own) take turns through a lock in shared memory: the one that waits keeps its event loop
// running, and neither meets SQLite's busy handler, which would block it.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from '../../src/storage/database.js';
import { Store } from '../../src/storage/store.js';
import { INDEXER_THREAD, MAIN_THREAD, ThreadWriteLock } from '../../src/storage/write-lock.js';
import { openTestDatabase } from '../support/services.js';
import { eventLoopTurns, stillPending } from '../support/wait.js';

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
    const waiting = main.acquire();
    expect(await stillPending(waiting)).toBe(true);
    indexer.release();
    await waiting;
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
    const next = new ThreadWriteLock(buffer, INDEXER_THREAD).acquire();
    expect(await stillPending(next)).toBe(true);
    main.release();
    await next;
  });
});

describe('two SQLite connections sharing the write lock', () => {
  let dispose: () => Promise<void>;
  let first: Store;
  let secondDatabase: Database;
  let second: Store;
  let file: string;

  beforeAll(async () => {
    const opened = await openTestDatabase('sqlite');
    dispose = opened.dispose;
    first = Store.open(opened.database);
    file = (opened.config as { file: string }).file;
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
    const later = first.transaction(async (tx) => {
      const seen = await tx.users.findById('lock_earlier_2');
      await tx.users.upsert('lock_later', { username: 'later' }, now);
      return seen;
    });
    // The waiting connection's thread goes on: this test's own code runs while it waits.
    expect(await stillPending(later)).toBe(true);
    finish.resolve();
    await earlier;
    expect((await later)?.id).toBe('lock_earlier_2');
    expect((await second.users.findById('lock_later'))?.id).toBe('lock_later');
  });

  it('makes a write outside a transaction wait for the other connection\'s transaction, without blocking its thread', async () => {
    const now = new Date().toISOString();
    const inside = deferred();
    const finish = deferred();
    const earlier = second.transaction(async (tx) => {
      await tx.users.upsert('lock_batch', { username: 'batch' }, now);
      inside.resolve();
      await finish.promise;
    });
    await inside.promise;
    // An autocommit write: in SQLite's busy handler it would block this thread, then fail.
    const write = first.users.upsert('lock_autocommit', { username: 'single' }, now);
    expect(await stillPending(write)).toBe(true);
    finish.resolve();
    await earlier;
    await write;
    expect((await second.users.findById('lock_autocommit'))?.id).toBe('lock_autocommit');
  });

  it('begins transactions immediate: a writer outside Parley waits for them instead of overtaking their reads', async () => {
    const now = new Date().toISOString();
    const outsider = new SQLite(file);
    outsider.pragma('busy_timeout = 0');
    try {
      const committed = await first.transaction(async (tx) => {
        await tx.users.findById('lock_outsider');
        // Deferred, the transaction would hold only a snapshot: this write would go in, and the
        // transaction's own write below would then fail (SQLITE_BUSY_SNAPSHOT).
        expect(() => outsider.prepare("update users set username = 'outsider' where id = 'lock_batch'").run()).toThrow(/locked|busy/i);
        await tx.users.upsert('lock_outsider', { username: 'reader' }, now);
        return true;
      });
      expect(committed).toBe(true);
    } finally {
      outsider.close();
    }
  });

  it('lets a waiting request thread go before an indexer that comes back for its next batch', async () => {
    const buffer = ThreadWriteLock.create();
    const main = new ThreadWriteLock(buffer, MAIN_THREAD);
    const indexer = new ThreadWriteLock(buffer, INDEXER_THREAD);
    await indexer.acquire();
    const order: string[] = [];
    const mainTurn = main.acquire().then(() => order.push('main'));
    await eventLoopTurns();
    indexer.release();
    const nextBatch = indexer.acquire().then(() => order.push('indexer'));
    await mainTurn;
    await eventLoopTurns();
    expect(order).toEqual(['main']);
    main.release();
    await nextBatch;
    expect(order).toEqual(['main', 'indexer']);
    indexer.release();
  });
});

describe('a script waiting for the write lock', () => {
  it('stays alive until it has the lock, though the thread holding it is unreferenced', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'test/storage/scripts/waits-for-a-thread.ts'], {
      cwd: path.resolve(import.meta.dirname, '../..'),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const [code] = (await once(child, 'exit')) as [number | null];
    expect(output).toContain('acquired');
    expect(code).toBe(0);
  });
});
