// Transactions as callers see them, on both databases. On SQLite concurrent transactions are
// committed in groups; each must still succeed or fail alone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventRow } from '../../src/domain/events.js';
import { Store } from '../../src/storage/store.js';
import { databaseKinds, openTestDatabase } from '../support/services.js';
import { waitUntil } from '../support/wait.js';

describe.each(databaseKinds())('transactions on %s', (kind) => {
  let dispose: () => Promise<void>;
  let store: Store;

  beforeAll(async () => {
    const opened = await openTestDatabase(kind);
    dispose = opened.dispose;
    store = Store.open(opened.database);
  });
  afterAll(async () => {
    await dispose?.();
  });

  it('commits each concurrent transaction or rolls it back alone', async () => {
    const now = new Date().toISOString();
    const outcomes = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) =>
        store.transaction(async (tx) => {
          await tx.users.upsert(`tx_user_${i}`, { username: `user${i}` }, now);
          await tx.events.append([eventRow({ type: 'message.read', conversationId: null, actorId: `tx_user_${i}`, data: { conversationId: 'c1', userId: `tx_user_${i}`, lastReadSeq: i, messageId: null, readAt: now } })]);
          if (i % 5 === 0) throw new Error(`work ${i} fails after writing`);
          return i;
        }),
      ),
    );
    const failed = outcomes.flatMap((o, i) => (o.status === 'rejected' ? [i] : []));
    expect(failed).toEqual([0, 5, 10, 15]);
    for (let i = 0; i < 20; i++) {
      const user = await store.users.findById(`tx_user_${i}`);
      expect(user === undefined, `user ${i}`).toBe(i % 5 === 0);
    }
    // On PostgreSQL readers stop below the oldest transaction in flight on the whole server
    // (another test's, too): wait until the 16 committed events are readable.
    let events: Awaited<ReturnType<typeof store.events.readAfter>> = [];
    await waitUntil(async () => (events = await store.events.readAfter(0, 100)).length >= 16, 'the committed events readable');
    expect(events.map((e) => (JSON.parse(e.data) as { lastReadSeq: number }).lastReadSeq).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 20 }, (_, i) => i).filter((i) => i % 5 !== 0),
    );
  });
});
