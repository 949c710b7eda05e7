// SQLite has one writer at a time. Within one thread Kysely's connection mutex already orders
// the writes; across threads (the search indexer's worker has a connection of its own, and the
// checkpointer needs a moment with no writer, see sqlite-checkpointer.ts) they
// would meet in SQLite's busy handler instead, which sleeps and blocks the waiting thread's
// event loop. This lock, shared through memory, makes the request thread wait for the worker
// without blocking: its requests keep being read and join the next group commit.
import { CompiledQuery, type DatabaseConnection, type Dialect as KyselyDialect, type Driver, type Kysely, type QueryCompiler, type TransactionSettings } from 'kysely';

const FREE = 0;
/** The cells of the shared memory: who holds the lock, and which holders wait for it (one bit each). */
const HOLDER = 0;
const WAITING = 1;

/** Who holds the lock: a thread that dies holding it is released by its holder's number. */
export type WriteLockHolder = 1 | 2 | 3;
export const MAIN_THREAD: WriteLockHolder = 1;
export const INDEXER_THREAD: WriteLockHolder = 2;
export const CHECKPOINTER_THREAD: WriteLockHolder = 3;

export class ThreadWriteLock {
  private readonly cell: Int32Array;

  constructor(
    readonly buffer: SharedArrayBuffer,
    private readonly holder: WriteLockHolder,
  ) {
    this.cell = new Int32Array(buffer);
  }

  static create(): SharedArrayBuffer {
    return new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT);
  }

  /**
   * Resolves once this holder has the lock. The request thread goes first: another thread,
   * finding it waiting, lets it take the lock before trying again, so a backlog of index batches
   * cannot hold sends back for more than one batch.
   */
  async acquire(): Promise<void> {
    const mine = 1 << this.holder;
    for (;;) {
      if (this.holder !== MAIN_THREAD) {
        const waiting = Atomics.load(this.cell, WAITING);
        if ((waiting & (1 << MAIN_THREAD)) !== 0) {
          await this.waitWhile(WAITING, waiting);
          continue;
        }
      }
      const current = Atomics.compareExchange(this.cell, HOLDER, FREE, this.holder);
      if (current === FREE) {
        if (this.holder === MAIN_THREAD && (Atomics.and(this.cell, WAITING, ~mine) & mine) !== 0) Atomics.notify(this.cell, WAITING);
        return;
      }
      if (this.holder === MAIN_THREAD) Atomics.or(this.cell, WAITING, mine);
      await this.waitWhile(HOLDER, current);
    }
  }

  /** Whether the request thread is waiting for the lock now (for diagnostics). */
  get requestThreadWaiting(): boolean {
    return (Atomics.load(this.cell, WAITING) & (1 << MAIN_THREAD)) !== 0;
  }

  release(): void {
    if (Atomics.compareExchange(this.cell, HOLDER, this.holder, FREE) === this.holder) Atomics.notify(this.cell, HOLDER);
  }

  /** Frees the lock if `holder` (a thread that has exited) still holds it. */
  releaseFor(holder: WriteLockHolder): void {
    if (Atomics.compareExchange(this.cell, HOLDER, holder, FREE) === holder) Atomics.notify(this.cell, HOLDER);
  }

  /**
   * Waits, without blocking the thread, until the cell no longer reads `value`. A pending
   * Atomics.waitAsync does not keep a thread alive by itself: a script with nothing else to do
   * (a migration, a bulk import) would end in the middle of its work, exit code 13, while the
   * checkpointer (an unreferenced thread) held the lock. A timer holds the thread until the wait ends.
   */
  private async waitWhile(index: number, value: number): Promise<void> {
    const waiting = Atomics.waitAsync(this.cell, index, value);
    if (!waiting.async) return;
    const keepAlive = setInterval(() => {}, 1 << 30);
    try {
      await waiting.value;
    } finally {
      clearInterval(keepAlive);
    }
  }
}

/**
 * Wraps a SQLite dialect so that every write holds `lock`: a transaction from its begin to its
 * end, and a statement outside a transaction (that is not a plain read) while it runs.
 * Transactions begin immediate: they take SQLite's write lock at once, so one that reads before
 * it writes never finds its snapshot overtaken by a writer outside Parley (a second process).
 */
export function withThreadWriteLock(dialect: KyselyDialect, lock: ThreadWriteLock): KyselyDialect {
  return {
    createAdapter: () => dialect.createAdapter(),
    createIntrospector: (db: Kysely<unknown>) => dialect.createIntrospector(db),
    createQueryCompiler: () => dialect.createQueryCompiler(),
    createDriver: () => new LockingDriver(dialect.createDriver(), lock),
  };
}

/** A statement that cannot write: a built select, or raw SQL that starts with `select`. */
function isRead(query: CompiledQuery): boolean {
  return query.query.kind === 'SelectQueryNode' || /^\s*select\b/i.test(query.sql);
}

class LockingDriver implements Driver {
  /** SQLite's driver has one connection: whether it is inside a transaction, holding the lock. */
  private inTransaction = false;
  private readonly locking = new WeakSet<DatabaseConnection>();

  constructor(
    private readonly driver: Driver,
    private readonly lock: ThreadWriteLock,
  ) {}

  init(): Promise<void> {
    return this.driver.init();
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    const connection = await this.driver.acquireConnection();
    if (!this.locking.has(connection)) {
      // Patched in place, not wrapped: the driver recognises its own connection objects on release.
      const executeQuery = connection.executeQuery.bind(connection);
      connection.executeQuery = async <R>(query: CompiledQuery) => {
        if (this.inTransaction || isRead(query)) return executeQuery<R>(query);
        await this.lock.acquire();
        try {
          return await executeQuery<R>(query);
        } finally {
          this.lock.release();
        }
      };
      this.locking.add(connection);
    }
    return connection;
  }

  async beginTransaction(connection: DatabaseConnection, _settings: TransactionSettings): Promise<void> {
    await this.lock.acquire();
    this.inTransaction = true;
    try {
      await connection.executeQuery(CompiledQuery.raw('begin immediate'));
    } catch (error) {
      this.end();
      throw error;
    }
  }

  /** A commit that fails leaves the transaction open: Kysely rolls it back next, which ends it. */
  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await this.driver.commitTransaction(connection);
    this.end();
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    try {
      await this.driver.rollbackTransaction(connection);
    } finally {
      this.end();
    }
  }

  async savepoint(connection: DatabaseConnection, name: string, compile: QueryCompiler['compileQuery']): Promise<void> {
    await this.driver.savepoint?.(connection, name, compile);
  }

  async rollbackToSavepoint(connection: DatabaseConnection, name: string, compile: QueryCompiler['compileQuery']): Promise<void> {
    await this.driver.rollbackToSavepoint?.(connection, name, compile);
  }

  async releaseSavepoint(connection: DatabaseConnection, name: string, compile: QueryCompiler['compileQuery']): Promise<void> {
    await this.driver.releaseSavepoint?.(connection, name, compile);
  }

  releaseConnection(connection: DatabaseConnection): Promise<void> {
    return this.driver.releaseConnection(connection);
  }

  destroy(): Promise<void> {
    return this.driver.destroy();
  }

  /** Ends the transaction's hold on the lock, once however it ended. */
  private end(): void {
    if (!this.inTransaction) return;
    this.inTransaction = false;
    this.lock.release();
  }
}
