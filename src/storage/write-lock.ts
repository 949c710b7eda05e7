// SQLite has one writer at a time. Within one thread Kysely's connection mutex already orders
// the transactions; across threads (the search indexer's worker has a connection of its own)
// they would meet in SQLite's busy handler instead, which sleeps and blocks the waiting thread's
// event loop. This lock, shared through memory, makes the main thread wait for the worker
// without blocking: its requests keep being read and join the next group commit.
import { CompiledQuery, type DatabaseConnection, type Dialect as KyselyDialect, type Driver, type Kysely, type QueryCompiler, type TransactionSettings } from 'kysely';

const FREE = 0;

/** Who holds the lock: a thread that dies holding it is released by its owner's number. */
export type WriteLockHolder = 1 | 2;
export const MAIN_THREAD: WriteLockHolder = 1;
export const INDEXER_THREAD: WriteLockHolder = 2;

export class ThreadWriteLock {
  private readonly cell: Int32Array;

  constructor(
    readonly buffer: SharedArrayBuffer,
    private readonly holder: WriteLockHolder,
  ) {
    this.cell = new Int32Array(buffer);
  }

  static create(): SharedArrayBuffer {
    return new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT);
  }

  async acquire(): Promise<void> {
    for (;;) {
      const current = Atomics.compareExchange(this.cell, 0, FREE, this.holder);
      if (current === FREE) return;
      const waiting = Atomics.waitAsync(this.cell, 0, current);
      if (waiting.async) await waiting.value;
    }
  }

  release(): void {
    Atomics.compareExchange(this.cell, 0, this.holder, FREE);
    Atomics.notify(this.cell, 0);
  }

  /** Frees the lock if `holder` (a thread that has exited) still holds it. */
  releaseFor(holder: WriteLockHolder): void {
    if (Atomics.compareExchange(this.cell, 0, holder, FREE) === holder) Atomics.notify(this.cell, 0);
  }
}

/**
 * Wraps a SQLite dialect so that every transaction holds `lock` from its begin to its end, and
 * begins immediate: it takes SQLite's write lock at once, so a transaction that reads before
 * it writes never finds its snapshot overtaken by another connection's commit.
 */
export function withThreadWriteLock(dialect: KyselyDialect, lock: ThreadWriteLock): KyselyDialect {
  return {
    createAdapter: () => dialect.createAdapter(),
    createIntrospector: (db: Kysely<unknown>) => dialect.createIntrospector(db),
    createQueryCompiler: () => dialect.createQueryCompiler(),
    createDriver: () => new LockingDriver(dialect.createDriver(), lock),
  };
}

class LockingDriver implements Driver {
  constructor(
    private readonly driver: Driver,
    private readonly lock: ThreadWriteLock,
  ) {}

  init(): Promise<void> {
    return this.driver.init();
  }

  acquireConnection(): Promise<DatabaseConnection> {
    return this.driver.acquireConnection();
  }

  async beginTransaction(connection: DatabaseConnection, _settings: TransactionSettings): Promise<void> {
    await this.lock.acquire();
    try {
      await connection.executeQuery(CompiledQuery.raw('begin immediate'));
    } catch (error) {
      this.lock.release();
      throw error;
    }
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    try {
      await this.driver.commitTransaction(connection);
    } finally {
      this.lock.release();
    }
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    try {
      await this.driver.rollbackTransaction(connection);
    } finally {
      this.lock.release();
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
}
