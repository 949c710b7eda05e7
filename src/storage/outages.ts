// Outages: a database that cannot be reached, is restarting, is locked by another process or
// cannot be written is not a bug in Parley. Storage tells such driver errors apart here and
// turns them into UNAVAILABLE (503 with Retry-After), so that every edge answers alike and the
// caller retries; the pool reconnects by itself when the database is back.
import type {
  CompiledQuery,
  DatabaseConnection,
  Dialect as KyselyDialect,
  Driver,
  Kysely,
  PostgresPool,
  PostgresPoolClient,
  QueryCompiler,
  TransactionSettings,
} from 'kysely';
import type pg from 'pg';
import { AppError, NETWORK_ERROR_CODES, OUTAGE_RETRY_AFTER_SECONDS } from '../errors.js';

/**
 * PostgreSQL SQLSTATEs of a server that is down, restarting or refusing connections:
 * 57P01 admin_shutdown, 57P02 crash_shutdown, 57P03 cannot_connect_now ("starting up"),
 * 53300 too_many_connections; class 08 is every connection exception.
 */
const POSTGRES_OUTAGE_STATES = new Set(['57P01', '57P02', '57P03', '53300']);
/**
 * A statement the server gave up on, on a connection that stays usable: its transaction is
 * rolled back, and the request may be sent again as it was. 57014 query_canceled (a
 * statement_timeout), 55P03 lock_not_available (a lock_timeout), 40P01 deadlock_detected,
 * 40001 serialization_failure, 25006 read_only_sql_transaction (a standby after a failover, or
 * a database set read-only: it takes writes again once promoted or set back), 53100 disk_full.
 */
const POSTGRES_GAVE_UP_STATES = new Set(['57014', '55P03', '40P01', '40001', '25006', '53100']);

/** node-postgres reports a lost or unusable connection by message alone. */
const POSTGRES_CONNECTION_MESSAGES = [
  'Connection terminated',
  'connection error and is not queryable',
  'Client was closed and is not queryable',
  'timeout exceeded when trying to connect',
  'Connection terminated due to connection timeout',
  // A client's own connect timeout (ConnectingClient in database.ts).
  'timeout expired',
  // query_timeout (database.ts): the server did not answer in time; the connection may still carry the query.
  'Query read timeout',
];

/**
 * SQLite: another process holds the lock beyond the busy timeout (BUSY), or the file cannot be
 * written or read (READONLY, IOERR, FULL, CANTOPEN and their extended codes).
 */
const SQLITE_OUTAGE = /^SQLITE_(BUSY|READONLY|IOERR|FULL|CANTOPEN)(_|$)/;

/** Whether the edges answer UNAVAILABLE: the database is away, or gave up on a statement. */
export function isDatabaseOutage(error: unknown): boolean {
  if (isLostConnection(error)) return true;
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && POSTGRES_GAVE_UP_STATES.has(code);
}

/** Whether the database is away or the connection lost: a pg client that met this is discarded. */
function isLostConnection(error: unknown): boolean {
  if (error === null || typeof error !== 'object' || error instanceof AppError) return false;
  const { code, message, errors } = error as { code?: unknown; message?: unknown; errors?: unknown };
  if (typeof code === 'string') {
    if (NETWORK_ERROR_CODES.has(code) || POSTGRES_OUTAGE_STATES.has(code) || code.startsWith('08') || SQLITE_OUTAGE.test(code)) {
      return true;
    }
  }
  if (typeof message === 'string' && POSTGRES_CONNECTION_MESSAGES.some((known) => message.includes(known))) return true;
  // A connection attempt over several addresses fails with all of their errors.
  return Array.isArray(errors) && errors.length > 0 && errors.every(isLostConnection);
}

/** SQLite's answer to a rollback (of a transaction, or to a savepoint) when the transaction is already gone. */
export function isAlreadyRolledBack(error: unknown): boolean {
  const message = (error as { message?: unknown } | null)?.message;
  return typeof message === 'string' && /^(?:cannot rollback - no transaction is active|no such savepoint)/.test(message);
}

/** The error the edges answer with: UNAVAILABLE, the driver's own text kept for the log only. */
export function databaseUnavailable(cause: unknown): AppError {
  return new AppError('UNAVAILABLE', 'the database is unavailable; retry shortly', undefined, {
    retryAfterSeconds: OUTAGE_RETRY_AFTER_SECONDS,
    cause,
  });
}

/** Rethrows an outage as UNAVAILABLE and anything else as it is. */
export function translateOutage(error: unknown): never {
  throw isDatabaseOutage(error) ? databaseUnavailable(error) : error;
}

const translated = new WeakSet<DatabaseConnection>();
/**
 * PostgreSQL connections a query found severed or silent (a server gone, a network that drops
 * packets): a rollback on one would wait out the same silence, a second query timeout, before
 * the request could answer. It is sent and not waited for (every rollback, Kysely's and a send's
 * own, is a query on the connection); whatever takes the connection next would queue behind it,
 * the pool discards the client on release (`discardingLostClients`), and the server rolls back
 * what the closed connection held. SQLite's busy or I/O errors leave its one connection usable.
 */
const severed = new WeakSet<DatabaseConnection>();
const ROLLBACK = /^\s*rollback\s*$/i;

function noteSevered(connection: DatabaseConnection, error: unknown): void {
  const code = (error as { code?: unknown } | null)?.code;
  if (isLostConnection(error) && !(typeof code === 'string' && SQLITE_OUTAGE.test(code))) severed.add(connection);
}

/** Wraps a Kysely dialect so that every query and transaction step translates outages. */
export function withOutageTranslation(dialect: KyselyDialect): KyselyDialect {
  return {
    createAdapter: () => dialect.createAdapter(),
    createIntrospector: (db: Kysely<unknown>) => dialect.createIntrospector(db),
    createQueryCompiler: () => dialect.createQueryCompiler(),
    createDriver: () => new OutageTranslatingDriver(dialect.createDriver()),
  };
}

class OutageTranslatingDriver implements Driver {
  constructor(private readonly driver: Driver) {}

  init(): Promise<void> {
    return this.driver.init().catch(translateOutage);
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    // Whatever stops a connection from being had is the database refusing Parley, not the request:
    // one not accepting connections (55000), gone (3D000), or refusing the login or its CONNECT right.
    const connection = await this.driver.acquireConnection().catch((error: unknown) => {
      throw error instanceof AppError ? error : databaseUnavailable(error);
    });
    if (!translated.has(connection)) {
      // Patched in place, not wrapped: the driver recognises its own connection objects on release.
      const executeQuery = connection.executeQuery.bind(connection);
      // Awaited inside try, so that a driver that throws at once (better-sqlite3) is translated too.
      connection.executeQuery = async <R>(query: CompiledQuery) => {
        if (severed.has(connection) && ROLLBACK.test(query.sql)) {
          void executeQuery<R>(query).catch(() => undefined);
          return { rows: [] };
        }
        try {
          return await executeQuery<R>(query);
        } catch (error) {
          noteSevered(connection, error);
          return translateOutage(error);
        }
      };
      translated.add(connection);
    }
    severed.delete(connection);
    return connection;
  }

  beginTransaction(connection: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    return this.driver.beginTransaction(connection, settings).catch(translateOutage);
  }

  commitTransaction(connection: DatabaseConnection): Promise<void> {
    return this.driver.commitTransaction(connection).catch(translateOutage);
  }

  rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    return this.driver.rollbackTransaction(connection).catch((error: unknown) => {
      // SQLite rolls a transaction back by itself when a write fails on a full disk or an I/O
      // error: the failure that did it is the one the caller hears of, not this rollback's.
      if (isAlreadyRolledBack(error)) return;
      translateOutage(error);
    });
  }

  async savepoint(connection: DatabaseConnection, name: string, compile: QueryCompiler['compileQuery']): Promise<void> {
    await this.driver.savepoint?.(connection, name, compile).catch(translateOutage);
  }

  async rollbackToSavepoint(connection: DatabaseConnection, name: string, compile: QueryCompiler['compileQuery']): Promise<void> {
    await this.driver.rollbackToSavepoint?.(connection, name, compile).catch(translateOutage);
  }

  async releaseSavepoint(connection: DatabaseConnection, name: string, compile: QueryCompiler['compileQuery']): Promise<void> {
    await this.driver.releaseSavepoint?.(connection, name, compile).catch(translateOutage);
  }

  releaseConnection(connection: DatabaseConnection): Promise<void> {
    return this.driver.releaseConnection(connection);
  }

  destroy(): Promise<void> {
    return this.driver.destroy();
  }
}

/**
 * node-postgres hands a client back to its pool after a query failed because the server went
 * away, and the pool keeps it when the socket's end has not been noticed yet: the next
 * request would fail on it too. Clients whose query met an outage are discarded instead.
 */
export function discardingLostClients(pool: pg.Pool): PostgresPool {
  const wrappers = new WeakMap<pg.PoolClient, { client: PostgresPoolClient; lost: boolean }>();
  return {
    async connect() {
      const client = await pool.connect();
      let wrapper = wrappers.get(client);
      if (wrapper === undefined) {
        const state = {
          lost: false,
          client: {
            query: ((...args: Parameters<pg.PoolClient['query']>) => {
              const result = (client.query as (...a: unknown[]) => unknown)(...args);
              if (!(result instanceof Promise)) return result; // a cursor
              return result.catch((error: unknown) => {
                if (isLostConnection(error)) state.lost = true;
                throw error;
              });
            }) as PostgresPoolClient['query'],
            release: () => client.release(state.lost ? new Error('connection lost in an outage') : undefined),
          },
        };
        wrapper = state;
        wrappers.set(client, wrapper);
      }
      wrapper.lost = false;
      return wrapper.client;
    },
    end: () => pool.end(),
  };
}
