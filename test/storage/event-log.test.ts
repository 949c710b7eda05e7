// The event log's ordering promise, tested at the storage layer where the race can be staged
// exactly: a transaction that appended first but commits last must not be skipped by a reader.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventRow } from '../../src/domain/events.js';
import { type Database, openDatabase } from '../../src/storage/database.js';
import { Store } from '../../src/storage/store.js';
import { waitUntil } from '../support/wait.js';
import { databaseKinds, openTestDatabase } from '../support/services.js';

describe.each(databaseKinds())('event log on %s', (kind) => {
  let dispose: () => Promise<void>;
  let store: Store;
  // A second instance on the same database: its transactions overlap with the first's.
  let other: Database | undefined;

  beforeAll(async () => {
    const opened = await openTestDatabase(kind);
    dispose = opened.dispose;
    store = Store.open(opened.database);
    if (kind === 'postgres') other = openDatabase(opened.config);
  });
  afterAll(async () => {
    await other?.close();
    await dispose?.();
  });

  const draft = (label: string) =>
    eventRow({ type: 'user.blocked', conversationId: 'c1', actorId: 'u1', data: { userId: label } });

  // SQLite has one writer and one connection: two instances cannot share a database file.
  if (kind === 'postgres')
    it('never lets a reader pass an event whose transaction commits after a later one', async () => {
      const start = await store.events.headPosition();
      let releaseFirst!: () => void;
      const firstMayCommit = new Promise<void>((resolve) => {
        releaseFirst = resolve;
    });
      let firstAppended!: () => void;
      const firstHasAppended = new Promise<void>((resolve) => {
        firstAppended = resolve;
    });
      const first = store.transaction(async (tx) => {
        await tx.events.append([draft('first')]);
        firstAppended();
        await firstMayCommit;
    });
      await firstHasAppended;
      // `second` appends after `first` and commits while `first` is still open.
      await Store.open(other as Database).transaction(async (tx) => {
        await tx.events.append([draft('second')]);
    });

      // A reader polls while `first` is still open.
      const seenEarly = await store.events.readAfter(start, 100);
      const cursor = seenEarly.at(-1)?.pos ?? start;
      releaseFirst();
      await first;
      // The horizon is the cluster's: a transaction another test holds open elsewhere on the
      // server keeps both back for a moment, so wait until what is committed is readable.
      let seenLater: Awaited<ReturnType<typeof store.events.readAfter>> = [];
      await waitUntil(async () => {
        seenLater = await store.events.readAfter(cursor, 100);
        return seenEarly.length + seenLater.length >= 2;
      }, 'both events readable');

      const labels = [...seenEarly, ...seenLater].map((row) => (JSON.parse(row.data) as { userId: string }).userId);
      expect(labels).toEqual(['first', 'second']);
    });

  it('assigns positions that grow with each append', async () => {
    const start = await store.events.headPosition();
    for (let i = 0; i < 5; i++) await store.transaction((tx) => tx.events.append([draft(`n${i}`), draft(`m${i}`)]));
    let appended: Awaited<ReturnType<typeof store.events.readAfter>> = [];
    await waitUntil(async () => {
      appended = await store.events.readAfter(start, 100);
      return appended.length >= 10;
    }, 'all ten events readable');
    const labels = appended.map((row) => (JSON.parse(row.data) as { userId: string }).userId);
    expect(labels).toEqual(['n0', 'm0', 'n1', 'm1', 'n2', 'm2', 'n3', 'm3', 'n4', 'm4']);
    const positions = appended.map((row) => row.pos);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(new Set(positions).size).toBe(10);
  });
});
