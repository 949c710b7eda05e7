// Transactions as callers see them, on both databases. On SQLite concurrent transactions are
// committed in groups; each must still succeed or fail alone.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventRow } from '../../src/domain/events.js';
import { type Database, openDatabase } from '../../src/storage/database.js';
import { migrateToLatest } from '../../src/storage/migrations/index.js';
import { Store } from '../../src/storage/store.js';
import { databaseKinds, freshPostgresDatabase } from '../support/services.js';

describe.each(databaseKinds())('transactions on %s', (kind) => {
  let database: Database;
  let cleanup: () => Promise<void>;
  let store: Store;

  beforeAll(async () => {
    if (kind === 'postgres') {
      const pg = await freshPostgresDatabase();
      database = openDatabase({ kind: 'postgres', url: pg.url, poolSize: 5 });
      cleanup = pg.drop;
    } else {
      const dir = mkdtempSync(path.join(tmpdir(), 'parley-tx-'));
      database = openDatabase({ kind: 'sqlite', file: path.join(dir, 'tx.db') });
      cleanup = async () => rmSync(dir, { recursive: true, force: true });
    }
    await migrateToLatest(database.db, database.dialect.name);
    store = Store.open(database);
  });
  afterAll(async () => {
    await database?.close();
    await cleanup?.();
  });

  it('commits each concurrent transaction or rolls it back alone', async () => {
    const now = new Date().toISOString();
    const outcomes = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) =>
        store.transaction(async (tx) => {
          await tx.users.upsert(`tx_user_${i}`, { username: `user${i}` }, now);
          await tx.events.append([eventRow({ type: 'conversation.updated', conversationId: null, actorId: `tx_user_${i}`, data: { i } })]);
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
    const events = await store.events.readAfter(0, 100);
    expect(events.map((e) => (JSON.parse(e.data) as { i: number }).i).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 20 }, (_, i) => i).filter((i) => i % 5 !== 0),
    );
  });
});
