// The lock that makes one instance the delivering one. On PostgreSQL it is a session advisory
// lock held on a connection of its own: when the holder dies, its session ends and the lock is
// freed for a standby. SQLite serves one process, which always holds it.
import pg from 'pg';
import type { Config } from '../config.js';

const LEADER_LOCK_KEY = 7_215_005;

export interface LeaderLock {
  /** True when this process now holds the lock; throws when the database cannot be reached. */
  tryAcquire(): Promise<boolean>;
  /** Called once when a held (or being acquired) lock's connection is gone. */
  onLost(listener: () => void): void;
  /** Releases the lock and its connection. */
  release(): Promise<void>;
}

class PostgresLeaderLock implements LeaderLock {
  private client: pg.Client | undefined;
  private lostListener: () => void = () => {};

  constructor(private readonly url: string) {}

  onLost(listener: () => void): void {
    this.lostListener = listener;
  }

  async tryAcquire(): Promise<boolean> {
    try {
      if (!this.client) {
        const client = new pg.Client({ connectionString: this.url });
        const lost = () => {
          if (this.client !== client) return;
          this.client = undefined;
          this.lostListener();
        };
        client.on('error', lost);
        client.on('end', lost);
        await client.connect();
        this.client = client;
      }
      const { rows } = await this.client.query<{ locked: boolean }>('select pg_try_advisory_lock($1) as locked', [LEADER_LOCK_KEY]);
      return rows[0]?.locked === true;
    } catch (error) {
      await this.release();
      throw error;
    }
  }

  async release(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => {});
  }
}

const alwaysHeld: LeaderLock = {
  tryAcquire: async () => true,
  onLost: () => {},
  release: async () => {},
};

export function openLeaderLock(database: Config['database']): LeaderLock {
  return database.kind === 'postgres' ? new PostgresLeaderLock(database.url) : alwaysHeld;
}
