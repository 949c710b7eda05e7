// Group commit for SQLite. A commit (writing the transaction's pages to the WAL, one writer at
// a time) costs more than the statements of a send. Transactions that arrive while one is running are
// queued and run together in the next database transaction, each inside its own savepoint:
// one that fails is rolled back alone, and every caller hears of its outcome only after the
// shared commit. To each caller this is exactly a transaction of its own.
import type { Kysely, Transaction } from 'kysely';
import { isAlreadyRolledBack } from './outages.js';
import type { DB } from './schema.js';

export interface GroupCommitDriver {
  /** Runs a savepoint statement on the group's transaction. */
  control(trx: Transaction<DB>, statement: string): Promise<void> | void;
}

const MAX_GROUP = 64;

interface Pending<S> {
  work: (tx: S) => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

export class GroupCommit<S = unknown> {
  private readonly queue: Pending<S>[] = [];
  private draining = false;

  constructor(
    private readonly db: Kysely<DB>,
    private readonly driver: GroupCommitDriver,
    private readonly bind: (trx: Transaction<DB>) => S,
  ) {}

  run<T>(work: (tx: S) => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ work, resolve: resolve as (value: unknown) => void, reject });
      if (!this.draining) {
        this.draining = true;
        // Start after this turn's I/O: requests that arrived together then commit together.
        setImmediate(() => void this.drain());
      }
    });
  }

  private async drain(): Promise<void> {
    try {
      while (this.queue.length > 0) {
        const group = this.queue.splice(0, MAX_GROUP);
        let outcomes: Outcome[];
        try {
          outcomes = await this.db.transaction().execute(async (trx) => {
            const tx = this.bind(trx);
            // A group of one needs no savepoint: its failure rolls back the transaction.
            if (group.length === 1) return [{ ok: true, value: await (group[0] as Pending<S>).work(tx) }];
            const results: Outcome[] = [];
            for (const pending of group) results.push(await this.inSavepoint(pending, tx, trx));
            return results;
          });
        } catch (error) {
          outcomes = group.map(() => ({ ok: false, error }));
        }
        group.forEach((pending, i) => {
          const outcome = outcomes[i] as Outcome;
          if (outcome.ok) pending.resolve(outcome.value);
          else pending.reject(outcome.error);
        });
        // A group runs on microtasks alone; yield so that sockets are read before the next.
        await new Promise<void>((resolve) => setImmediate(resolve));
      }
    } finally {
      this.draining = false;
    }
  }

  private async inSavepoint(pending: Pending<S>, tx: S, trx: Transaction<DB>): Promise<Outcome> {
    await this.driver.control(trx, 'savepoint parley_work');
    try {
      const value = await pending.work(tx);
      await this.driver.control(trx, 'release savepoint parley_work');
      return { ok: true, value };
    } catch (error) {
      try {
        await this.driver.control(trx, 'rollback to savepoint parley_work');
        await this.driver.control(trx, 'release savepoint parley_work');
      } catch (rollbackError) {
        // SQLite rolled the whole transaction back itself (a full disk, an I/O error): the group
        // fails with the error that did it.
        if (isAlreadyRolledBack(rollbackError)) throw error;
        throw rollbackError;
      }
      return { ok: false, error };
    }
  }
}
