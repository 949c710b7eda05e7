// A driver that throws at once (better-sqlite3 does, inside Kysely's SQLite driver) is
// translated like one whose promise rejects: an outage is UNAVAILABLE either way.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { withOutageTranslation } from '../../src/storage/outages.js';

describe('outage translation', () => {
  it('answers UNAVAILABLE for a SQLite statement that throws SQLITE_BUSY at once', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'parley-outage-')), 'busy.db');
    const holder = new Database(file);
    holder.pragma('journal_mode = WAL');
    holder.exec('create table t (x integer)');
    const waiter = new Database(file);
    waiter.pragma('busy_timeout = 0');
    const db = new Kysely<{ t: { x: number } }>({ dialect: withOutageTranslation(new SqliteDialect({ database: waiter })) });
    holder.exec('begin immediate');
    try {
      await expect(sql`insert into t (x) values (1)`.execute(db)).rejects.toMatchObject({ code: 'UNAVAILABLE' });
    } finally {
      holder.exec('rollback');
      await db.destroy();
      holder.close();
    }
  });
});
