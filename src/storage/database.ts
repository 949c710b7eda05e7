// Opens the database and holds every difference between SQLite and PostgreSQL in one place.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, type SelectQueryBuilder, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import type { Config } from '../config.js';
import type { DB } from './schema.js';

export type DialectName = 'sqlite' | 'postgres';

/** Any key that serializes appends to the event log on PostgreSQL (see appendEvents). */
const EVENT_LOG_LOCK_KEY = 7_215_004;

export class Dialect {
  constructor(readonly name: DialectName) {}

  isUniqueViolation(error: unknown): boolean {
    const code = (error as { code?: unknown } | null)?.code;
    return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
  }

  /** Row lock until commit on PostgreSQL; SQLite already runs one writer at a time. */
  forUpdate<O>(query: SelectQueryBuilder<DB, keyof DB, O>): SelectQueryBuilder<DB, keyof DB, O> {
    return this.name === 'postgres' ? query.forUpdate() : query;
  }

  /**
   * Event positions must grow in commit order, or a reader that saw position 100 could miss 99
   * committing a moment later. PostgreSQL hands out sequence values at insert time, not commit
   * time, so appends take a transaction-scoped lock that is released only after the commit is
   * visible: positions are then allocated strictly in commit order. SQLite has one writer.
   */
  async serializeEventAppends(db: Kysely<DB>): Promise<void> {
    if (this.name === 'postgres') await sql`select pg_advisory_xact_lock(${EVENT_LOG_LOCK_KEY})`.execute(db);
  }

  /** Case-insensitive LIKE (SQLite's LIKE already is, for ASCII). */
  get like(): 'like' | 'ilike' {
    return this.name === 'postgres' ? 'ilike' : 'like';
  }
}

export interface Database {
  db: Kysely<DB>;
  dialect: Dialect;
  close(): Promise<void>;
}

export function openDatabase(config: Config['database']): Database {
  if (config.kind === 'postgres') {
    const pool = new pg.Pool({
      connectionString: config.url,
      max: config.poolSize,
      // int8 (counts, log positions) as numbers: positions stay far below 2^53.
      types: {
        getTypeParser: (oid: number, format?: string) =>
          oid === 20 ? (value: string) => Number(value) : pg.types.getTypeParser(oid, format as 'text'),
      },
    });
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
    return { db, dialect: new Dialect('postgres'), close: () => db.destroy() };
  }
  mkdirSync(path.dirname(config.file), { recursive: true });
  const sqlite = new SQLite(config.file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: sqlite }) });
  return { db, dialect: new Dialect('sqlite'), close: () => db.destroy() };
}
