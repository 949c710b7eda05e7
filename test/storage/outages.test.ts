// Which driver errors are outages (503, retry) and which are bugs (500): judged on errors the
// real drivers raise, not on hand-made ones.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../src/errors.js';
import { openDatabase } from '../../src/storage/database.js';
import { migrateToLatest } from '../../src/storage/migrations/index.js';
import { isDatabaseOutage } from '../../src/storage/outages.js';
import { Store } from '../../src/storage/store.js';
import { freshPostgresDatabase, postgresUrl } from '../support/services.js';

const errorOf = (work: () => unknown): unknown => {
  try {
    work();
  } catch (error) {
    return error;
  }
  throw new Error('expected the work to fail');
};

describe('SQLite errors', () => {
  let dir: string;
  let file: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'parley-outage-'));
    file = path.join(dir, 'x.db');
    const db = new SQLite(file);
    db.pragma('journal_mode = WAL');
    db.exec('create table t (id integer primary key, v text not null)');
    db.close();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('a lock held beyond the busy timeout and a read-only file are outages', () => {
    const holder = new SQLite(file);
    const writer = new SQLite(file);
    writer.pragma('busy_timeout = 10');
    holder.exec('begin exclusive');
    const busy = errorOf(() => writer.prepare("insert into t (v) values ('x')").run());
    holder.exec('rollback');
    expect((busy as { code: string }).code).toMatch(/^SQLITE_BUSY/);
    expect(isDatabaseOutage(busy)).toBe(true);

    const readOnly = new SQLite(file, { readonly: true });
    const refused = errorOf(() => readOnly.prepare("insert into t (v) values ('x')").run());
    expect((refused as { code: string }).code).toMatch(/^SQLITE_READONLY/);
    expect(isDatabaseOutage(refused)).toBe(true);
    for (const db of [holder, writer, readOnly]) db.close();
  });

  it('constraint and syntax errors are not', () => {
    const db = new SQLite(file);
    expect(isDatabaseOutage(errorOf(() => db.prepare('insert into t (v) values (null)').run()))).toBe(false);
    expect(isDatabaseOutage(errorOf(() => db.prepare('select nope from t').all()))).toBe(false);
    db.close();
  });

  it('reaches the caller of a transaction as UNAVAILABLE', async () => {
    const database = openDatabase({ kind: 'sqlite', file: path.join(dir, 'parley.db'), busyTimeoutMs: 10 });
    const holder = new SQLite(path.join(dir, 'parley.db'));
    try {
      await migrateToLatest(database.db, 'sqlite');
      const store = Store.open(database);
      holder.exec('begin exclusive');
      const failure = await store
        .transaction(async (tx) => {
          await tx.users.upsert('someone', { username: 'someone' }, new Date().toISOString());
        })
        .catch((error: unknown) => error);
      holder.exec('rollback');
      expect(failure).toBeInstanceOf(AppError);
      expect(failure).toMatchObject({ code: 'UNAVAILABLE', status: 503, retryAfterSeconds: expect.any(Number) });
    } finally {
      holder.close();
      await database.close();
    }
  });
});

describe.skipIf(!postgresUrl)('PostgreSQL errors', () => {
  it('a refused connection is an outage', async () => {
    const client = new pg.Client({ connectionString: 'postgres://postgres@127.0.0.1:1/none', connectionTimeoutMillis: 2000 });
    const error = await client.connect().catch((caught: unknown) => caught);
    expect(isDatabaseOutage(error)).toBe(true);
  });

  it('a terminated backend (57P01) is an outage, in the query that ran and on the pool', async () => {
    const fresh = await freshPostgresDatabase();
    const database = openDatabase({ kind: 'postgres', url: fresh.url, poolSize: 2, lockTimeoutMs: 5000, statementTimeoutMs: 30_000 });
    const admin = new pg.Client({ connectionString: fresh.url });
    await admin.connect();
    try {
      const running = database.db
        .selectNoFrom((eb) => eb.fn<number>('pg_sleep', [eb.val(5)]).as('slept'))
        .execute()
        .catch((error: unknown) => error);
      // Terminate the backend running pg_sleep once it is seen running.
      let terminated = 0;
      while (terminated === 0) {
        const result = await admin.query(
          "select pg_terminate_backend(pid) from pg_stat_activity where query like '%pg_sleep%' and pid <> pg_backend_pid()",
        );
        terminated = result.rowCount ?? 0;
      }
      const failure = await running;
      expect(failure).toBeInstanceOf(AppError);
      expect(failure).toMatchObject({ code: 'UNAVAILABLE' });
      expect(isDatabaseOutage((failure as AppError).cause)).toBe(true);
      // The pool drops the dead client and the next query succeeds.
      expect(await database.db.selectNoFrom((eb) => eb.val(1).as('one')).execute()).toHaveLength(1);
      // Errors of the query itself are not outages.
      const syntax = await database.db.selectFrom('no_such_table' as never).selectAll().execute().catch((error: unknown) => error);
      expect(syntax).not.toBeInstanceOf(AppError);
      expect(isDatabaseOutage(syntax)).toBe(false);
    } finally {
      await admin.end();
      await database.close();
      await fresh.drop();
    }
  });
});
