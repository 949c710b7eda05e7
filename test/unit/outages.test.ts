// A driver that throws at once (better-sqlite3 does, inside Kysely's SQLite driver) is
// translated like one whose promise rejects: an outage is UNAVAILABLE either way.
import { existsSync, mkdtempSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { toAppError } from '../../src/http/errors.plugin.js';
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

describe('a file store that cannot be written', () => {
  // /dev/full answers every write as a full disk would (ENOSPC).
  it.runIf(existsSync('/dev/full'))('is UNAVAILABLE with Retry-After at the edge, not INTERNAL', async () => {
    const full = await writeFile('/dev/full', 'an upload').catch((error: unknown) => error);
    const answer = toAppError(full as Error);
    expect(answer).toMatchObject({ code: 'UNAVAILABLE', status: 503, retryAfterSeconds: expect.any(Number) });
    expect(answer?.message).not.toContain('/dev/full');
    // A missing file is not an outage of the store.
    expect(toAppError((await writeFile(path.join(tmpdir(), 'no-such-folder', 'x'), 'x').catch((error: unknown) => error)) as Error)).toBeUndefined();
  });
});
