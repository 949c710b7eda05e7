// Opens the database and holds every difference between SQLite and PostgreSQL in one place.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { type Expression, Kysely, PostgresDialect, type PostgresPool, type PostgresPoolClient, type RawBuilder, SqliteDialect, type SqliteDatabase, sql } from 'kysely';
import pg from 'pg';
import type { Config } from '../config.js';
import { ConversationWriters } from './conversation-writers.js';
import type { GroupCommitDriver } from './group-commit.js';
import type { DB } from './schema.js';
import { discardingLostClients, withOutageTranslation } from './outages.js';
import { statementNameOf } from './prepared.js';
import { SqliteCheckpointer } from './sqlite-checkpointer.js';
import { MAIN_THREAD, ThreadWriteLock, withThreadWriteLock, type WriteLockHolder } from './write-lock.js';

export type DialectName = 'sqlite' | 'postgres';

/** How many events one PostgreSQL transaction may append (see Dialect.eventPosition). */
export const EVENTS_PER_TRANSACTION = 65_536;
/**
 * The class of the advisory locks that queue a conversation's writers on PostgreSQL (see
 * conversationTurn); the second key is the hash of the conversation's id. Two-key advisory locks
 * never meet the one-key locks below.
 */
const CONVERSATION_LOCK_CLASS = 7_215_010;
/** The class of the advisory locks that queue the changes to one context on PostgreSQL (see serializeContextChanges). */
const CONTEXT_LOCK_CLASS = 7_215_011;
/** Serialises appends to the audit log on PostgreSQL (see serializeAuditAppends); unlike any other lock key of Parley (leadership.ts holds 7_215_005). */
const AUDIT_LOG_LOCK_KEY = 7_215_009;

/** The second key of a conversation's turn: a 32-bit FNV-1a hash of its id (collisions only queue two conversations together). */
function turnKey(conversationId: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < conversationId.length; i++) hash = Math.imul(hash ^ conversationId.charCodeAt(i), 0x01000193);
  return hash | 0;
}

export class Dialect {
  /**
   * @param sqlite SQLite's connection with its statement cache. Inside a transaction, which
   *   holds the one connection, prepared statements run on it directly and synchronously.
   */
  constructor(
    readonly name: DialectName,
    readonly sqlite?: SqliteDatabase,
    /** SQLite: empties the WAL soon (the checkpointer thread's `emptyWal`). */
    private readonly emptyWal: () => void = () => {},
  ) {}

  /**
   * After texts were erased or sealed: SQLite's WAL keeps the pages as they were until new writes
   * overwrite them, so it is emptied. PostgreSQL recycles its own WAL; nothing to do here.
   */
  dropOldPageVersions(): void {
    this.emptyWal();
  }

  isUniqueViolation(error: unknown): boolean {
    const code = (error as { code?: unknown } | null)?.code;
    return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
  }

  /** PostgreSQL's invalid_sql_statement_name: an EXECUTE of a statement the connection was never given. */
  isUnknownStatement(error: unknown): boolean {
    return (error as { code?: unknown } | null)?.code === '26000';
  }

  /** Row lock until commit on PostgreSQL; SQLite already runs one writer at a time. */
  forUpdate<Q extends { forUpdate(): Q }>(query: Q): Q {
    return this.name === 'postgres' ? query.forUpdate() : query;
  }

  /** A shared row lock until commit on PostgreSQL: the row cannot change under it (see forUpdate). */
  forShare<Q extends { forShare(): Q }>(query: Q): Q {
    return this.name === 'postgres' ? query.forShare() : query;
  }

  /**
   * Event positions on PostgreSQL, where transactions commit side by side. A sequence value
   * is handed out at insert time, not at commit, so a reader that saw position 100 could miss
   * 99 committing a moment later. Instead a position is the writing transaction's id shifted
   * left by EVENTS_PER_TRANSACTION_BITS, plus the event's index within that transaction, and
   * readers stop below the oldest transaction still in flight (`logHorizon`): every position
   * under the horizon belongs to a finished transaction, so nothing can appear there later.
   * Writers never wait for each other. Positions stay below 2^53 for 2^37 transactions.
   */
  eventPosition(indexInTransaction: number) {
    if (indexInTransaction >= EVENTS_PER_TRANSACTION) {
      throw new Error(`a transaction may append at most ${EVENTS_PER_TRANSACTION} events`);
    }
    return sql<number>`(pg_current_xact_id()::text::bigint * ${EVENTS_PER_TRANSACTION} + ${indexInTransaction})`;
  }

  /**
   * Whether an event can commit after a later position is readable (PostgreSQL, see
   * eventPosition). On SQLite one writer at a time assigns positions in commit order.
   */
  get commitsOutOfPositionOrder(): boolean {
    return this.name === 'postgres';
  }

  /**
   * A conversation's writers take turns on PostgreSQL, and each takes its transaction id only once
   * it has its turn, so that event positions (eventPosition) follow the order the conversation's
   * changes commit in. A row lock alone does not do it: a transaction that queued for a row,
   * woke and lost the race takes its id before queueing again. An advisory lock needs no id.
   * This is the condition for a statement that reads and row-locks the conversation: PostgreSQL
   * evaluates it once, before the statement touches any row (a one-time filter). Always true;
   * SQLite, one writer at a time, needs no turn.
   */
  conversationTurn(conversationId: string): RawBuilder<boolean> {
    return this.name === 'postgres'
      ? sql<boolean>`(select pg_advisory_xact_lock(${CONVERSATION_LOCK_CLASS}, ${turnKey(conversationId)})) is not null`
      : sql<boolean>`1 = 1`;
  }

  /**
   * PostgreSQL: takes the turns of several conversations (see conversationTurn) in the order of
   * their keys, the one order every taker of several turns follows, so that two of them never
   * wait on each other (a function scan of an array yields its elements in order).
   */
  conversationTurns(conversationIds: readonly string[]): RawBuilder<number> {
    const keys = [...new Set(conversationIds.map(turnKey))].sort((a, b) => a - b);
    return sql<number>`(select count(pg_advisory_xact_lock(${CONVERSATION_LOCK_CLASS}, key)) from unnest(${keys}::int[]) as key)`;
  }

  /**
   * The statement that opens a transaction holding the conversation's turn (PostgreSQL): one round
   * trip, as a plain BEGIN is, and every statement after it reads the conversation as the writer
   * before left it. Its numbers are the whole of what it interpolates. `lockTimeoutMs`: the
   * transaction's own lock timeout, in place of the session's (lockTimeout).
   */
  beginWithTurn(conversationId: string, lockTimeoutMs?: number): string {
    const timeout = lockTimeoutMs === undefined ? '' : `; ${this.lockTimeout(lockTimeoutMs)}`;
    return `begin${timeout}; select pg_advisory_xact_lock(${CONVERSATION_LOCK_CLASS}, ${turnKey(conversationId)})`;
  }

  /** PostgreSQL: the statement that sets the transaction's lock timeout (whole milliseconds, at least 1). */
  lockTimeout(ms: number): string {
    return `set local lock_timeout = ${Math.max(1, Math.floor(ms))}`;
  }

  /**
   * A value as a PostgreSQL literal (PreparedQuery.asStatements): strings quoted as pg's own
   * escaping quotes them, finite numbers and null as they are. Nothing else is written into SQL.
   */
  literal(value: unknown): string {
    if (value === null) return 'null';
    // pg's escaping builds the literal a character at a time (about 4 µs for an event's payload,
    // several of which go into each send); a text without a backslash is quoted the same way
    // (its quotes doubled) by one native replace.
    if (typeof value === 'string') return value.includes('\\') ? pg.escapeLiteral(value) : `'${value.replaceAll("'", "''")}'`;
    if (typeof value === 'number' && Number.isFinite(value)) return String(value);
    throw new Error(`a ${typeof value} cannot be written into SQL`);
  }

  /** The position below which the PostgreSQL log is final (see eventPosition). */
  logHorizon() {
    return sql<number>`(pg_snapshot_xmin(pg_current_snapshot())::text::bigint * ${EVENTS_PER_TRANSACTION})`;
  }

  /**
   * Changes to one context take turns until their transactions end, including the one that
   * creates it: a row lock cannot queue writers for a row that does not exist yet, and each
   * would find none and say it created it. SQLite has one writer.
   */
  async serializeContextChanges(db: Kysely<DB>, type: string, id: string): Promise<void> {
    if (this.name === 'postgres') await sql`select pg_advisory_xact_lock(${CONTEXT_LOCK_CLASS}, ${turnKey(`${type}\u0000${id}`)})`.execute(db);
  }

  /**
   * The audit log's chain must never fork: each append reads the newest entry and writes the
   * next under a lock held until commit. Appends are rare (moderator actions), so one lock is
   * cheap. Callers append last in their transaction, so the lock is held for the insert and
   * the commit only, and no transaction waits for a row while holding it. SQLite has one writer.
   */
  async serializeAuditAppends(db: Kysely<DB>): Promise<void> {
    if (this.name === 'postgres') await sql`select pg_advisory_xact_lock(${AUDIT_LOG_LOCK_KEY})`.execute(db);
  }

  /**
   * How group commits (group-commit.ts) run their savepoints, or undefined where transactions
   * run side by side instead. PostgreSQL is the latter: a group runs its sends one after another
   * on one connection, a round trip per statement, and measured slower than concurrent
   * transactions side by side on the pool.
   */
  groupCommitDriver(): GroupCommitDriver | undefined {
    const sqlite = this.sqlite;
    if (sqlite === undefined) return undefined;
    // The group's transaction holds SQLite's one connection: control statements run on it
    // directly, each prepared once (there are three).
    const prepared = new Map<string, ReturnType<SqliteDatabase['prepare']>>();
    return {
      control: (_trx, statement) => {
        let compiled = prepared.get(statement);
        if (compiled === undefined) prepared.set(statement, (compiled = sqlite.prepare(statement)));
        compiled.run([]);
      },
    };
  }

  /** The values of `column` over a group as one JSON array; read it back with jsonArray. */
  jsonArrayAgg(column: string): RawBuilder<unknown> {
    return this.name === 'postgres' ? sql`json_agg(${sql.ref(column)})` : sql`json_group_array(${sql.ref(column)})`;
  }

  /** A jsonArrayAgg value: parsed by pg already, text from SQLite, null over no rows on PostgreSQL. */
  jsonArray<T>(value: unknown): T[] {
    if (value === null || value === undefined) return [];
    return (typeof value === 'string' ? JSON.parse(value) : value) as T[];
  }

  /**
   * Whether `column` holds `pattern` (a LIKE pattern escaped with a backslash) ignoring case, in
   * every script: PostgreSQL's ILIKE does; SQLite's LIKE folds ASCII only ("école" would miss
   * "École"), so there both sides are folded first by FOLD_CASE, a function of the connection.
   */
  likeIgnoringCase(column: Expression<unknown>, pattern: string): RawBuilder<boolean> {
    return this.name === 'postgres'
      ? sql<boolean>`${column} ilike ${pattern} escape '\\'`
      : sql<boolean>`${sql.raw(FOLD_CASE)}(${column}) like ${sql.raw(FOLD_CASE)}(${pattern}) escape '\\'`;
  }
}

/**
 * Runs the queries of prepared.ts as named statements, which PostgreSQL parses and plans once per
 * connection instead of on every run; every other query goes as it came.
 */
function namedStatements(pool: PostgresPool): PostgresPool {
  const wrappers = new WeakMap<PostgresPoolClient, PostgresPoolClient>();
  return {
    async connect() {
      const client = await pool.connect();
      let wrapper = wrappers.get(client);
      if (wrapper === undefined) {
        const query = client.query.bind(client) as (...args: unknown[]) => unknown;
        wrapper = {
          query: ((text: unknown, values?: unknown[]) => {
            const name = typeof text === 'string' ? statementNameOf(text) : undefined;
            if (name !== undefined) return query({ name, text, values });
            // A simple query of several statements answers with each one's result: the one asked
            // for is the last (Store.transactionForSend), or the one a closing commit follows
            // (TimelineRepository.append).
            return (query(text, values) as Promise<unknown>).then((result) => (Array.isArray(result) ? askedFor(result) : result));
          }) as PostgresPoolClient['query'],
          release: () => client.release(),
        };
        wrappers.set(client, wrapper);
      }
      return wrapper;
    },
    end: () => pool.end(),
  };
}

/** Of a simple query's results, the one asked for: the last, or the one before a closing commit. */
function askedFor(results: { command?: string }[]): unknown {
  const last = results.at(-1);
  return last?.command === 'COMMIT' && results.length > 1 ? results.at(-2) : last;
}

export interface Database {
  db: Kysely<DB>;
  dialect: Dialect;
  /** SQLite: the lock its threads write under (write-lock.ts), for another thread's connection. */
  writeLock?: SharedArrayBuffer;
  /** PostgreSQL: how many of a conversation's writers (sends, edits, reactions…) hold a pooled connection at once (conversation-writers.ts). */
  conversationWriters?: ConversationWriters;
  close(): Promise<void>;
}

/**
 * node-postgres' client, with a connect timeout of its own: the pool hands its clients the
 * pool's options, whose connectionTimeoutMillis bounds the wait for a free client too.
 */
class ConnectingClient extends pg.Client {
  constructor(config?: pg.ClientConfig) {
    super({ ...config, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
  }
}

/** A second connection to SQLite, from another thread: it shares the first one's write lock. */
export interface SecondConnection {
  writeLock: SharedArrayBuffer;
  holder: WriteLockHolder;
}

/**
 * How long a request waits for a pooled connection. Generous: a burst that queues for the pool
 * is slow, not an outage.
 */
const POOL_WAIT_TIMEOUT_MS = 30_000;
/**
 * How long opening one connection may take. Short: a healthy server answers in milliseconds, and
 * a frozen one (whose kernel still accepts the TCP connection) would otherwise hold the request
 * that waits for it as long as the pool's wait above.
 */
const CONNECT_TIMEOUT_MS = 5_000;
/**
 * How much longer than DATABASE_STATEMENT_TIMEOUT_MS node-postgres waits for a query's answer
 * before it gives up by itself: a server that is frozen, or cut off by a network that drops
 * packets, cannot cancel the statement, and the connection would otherwise wait as long as TCP does.
 */
const CLIENT_TIMEOUT_MARGIN_MS = 2_000;
/** PostgreSQL's type id of int8 (bigint). */
const INT8_OID = 20;
/**
 * Writers of one conversation (sends, edits, reactions, changes to it) that hold a pooled
 * connection at once on an instance: two, so that the next send's begin is on its way while one
 * commits, and a burst into one conversation leaves the rest of the pool to the others.
 */
const WRITERS_HOLDING_CONNECTIONS_PER_CONVERSATION = 2;
/** SQLite: a text in lower case, in every script (registered on each connection; see likeIgnoringCase). */
const FOLD_CASE = 'parley_fold_case';

/**
 * Reports database trouble that belongs to no query: a server restart dropping idle clients, or
 * SQLite's checkpointer thread stopping.
 */
export type ConnectionErrorListener = (error: Error) => void;

export interface OpenOptions {
  /** PostgreSQL without the requests' time limits: for migrations (an index built over a large table may take longer than a request may). */
  untimed?: boolean;
}

export function openDatabase(
  config: Config['database'],
  onConnectionError: ConnectionErrorListener = () => {},
  second?: SecondConnection,
  options: OpenOptions = {},
): Database {
  if (config.kind === 'postgres') {
    const timed = options.untimed !== true;
    const pool = new pg.Pool({
      connectionString: config.url,
      max: config.poolSize,
      // A request waits this long for a free client, then answers UNAVAILABLE; each new
      // client gives up connecting sooner by itself (ConnectingClient).
      connectionTimeoutMillis: POOL_WAIT_TIMEOUT_MS,
      Client: ConnectingClient,
      // A statement stuck behind another session's lock, or one that runs away, gives up and
      // answers UNAVAILABLE (outages.ts) instead of holding a pooled connection until the pool
      // runs dry for every request. Migrations open a pool without them (`untimed`, migrations/index.ts).
      ...(timed ? { lock_timeout: config.lockTimeoutMs, statement_timeout: config.statementTimeoutMs } : {}),
      // The server cannot enforce those while it is frozen or out of reach: the client gives up
      // a little later by itself, and the connection is discarded (outages.ts).
      ...(timed && config.statementTimeoutMs > 0 ? { query_timeout: config.statementTimeoutMs + CLIENT_TIMEOUT_MARGIN_MS } : {}),
      // A connection whose peer vanished without a word is found out by TCP, not only by a query.
      keepAlive: true,
      // int8 (counts, log positions) as numbers: positions stay far below 2^53.
      types: {
        getTypeParser: (oid: number, format?: string) => (oid === INT8_OID ? Number : pg.types.getTypeParser(oid, format as 'text')),
      },
    });
    // Without a listener, an idle client dropped by the server would crash the process.
    pool.on('error', onConnectionError);
    // The pool listens to idle clients only. A client checked out when the server goes away
    // emits 'error' too, and with no listener that would end the process; its query fails
    // with the same error, which the caller receives as UNAVAILABLE.
    pool.on('connect', (client) => client.on('error', () => {}));
    const db = new Kysely<DB>({ dialect: withOutageTranslation(new PostgresDialect({ pool: namedStatements(discardingLostClients(pool)) })) });
    return {
      db,
      dialect: new Dialect('postgres'),
      conversationWriters: new ConversationWriters(WRITERS_HOLDING_CONNECTIONS_PER_CONVERSATION, config.lockTimeoutMs),
      close: () => db.destroy(),
    };
  }
  mkdirSync(path.dirname(config.file), { recursive: true });
  const sqlite = new SQLite(config.file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  // Deleted and overwritten content is zeroed, not left in free space: an erased user's texts
  // must not survive in the file (GDPR erasure).
  sqlite.pragma('secure_delete = ON');
  // Waits this long for a lock held by another process (blocking this one), then UNAVAILABLE.
  sqlite.pragma(`busy_timeout = ${config.busyTimeoutMs}`);
  // Checkpoints run in a worker thread (sqlite-checkpointer.ts), never inside a commit.
  sqlite.pragma('wal_autocheckpoint = 0');
  // Keep hot index pages in memory: conversations are touched at random, not in order.
  sqlite.pragma('cache_size = -65536');
  sqlite.function(FOLD_CASE, { deterministic: true }, (text: unknown) => (typeof text === 'string' ? text.toLowerCase() : text));
  const cached = withStatementCache(sqlite);
  const writeLock = second?.writeLock ?? ThreadWriteLock.create();
  const lock = new ThreadWriteLock(writeLock, second?.holder ?? MAIN_THREAD);
  const db = new Kysely<DB>({ dialect: withOutageTranslation(withThreadWriteLock(new SqliteDialect({ database: cached }), lock)) });
  // The first connection checkpoints for every thread. Should its thread fail, SQLite's own
  // checkpoints after commits take over: slower commits, but a WAL that stays bounded.
  const checkpointer =
    second === undefined
      ? new SqliteCheckpointer(config.file, writeLock, (error) => {
          if (sqlite.open) sqlite.pragma('wal_autocheckpoint = 1000');
          onConnectionError(new Error(`SQLite's checkpointer thread stopped (${error.message}); checkpoints now run after commits`));
        })
      : undefined;
  return {
    db,
    dialect: new Dialect('sqlite', cached, () => checkpointer?.emptyWal()),
    writeLock,
    async close() {
      await db.destroy();
      await checkpointer?.stop();
    },
  };
}

const STATEMENT_CACHE_SIZE = 500;
/** Statements longer than this (long `in (...)` lists) are prepared each time, not kept. */
const CACHEABLE_SQL_LENGTH = 2_000;

/**
 * Kysely prepares every query anew; preparing costs more than running most of Parley's
 * statements, so prepared statements are kept and reused by their SQL text.
 */
function withStatementCache(sqlite: SQLite.Database): SqliteDatabase {
  const cache = new Map<string, SQLite.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(text: string) {
      if (text.length > CACHEABLE_SQL_LENGTH) return sqlite.prepare(text);
      let statement = cache.get(text);
      if (statement === undefined) {
        statement = sqlite.prepare(text);
        if (cache.size >= STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value as string);
        cache.set(text, statement);
      }
      return statement;
    },
  };
}
