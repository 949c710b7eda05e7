// One delivering instance at a time. On PostgreSQL the leader holds a session advisory lock on
// a connection of its own: if the leader dies, its session ends, the lock is freed, and a
// standby that keeps trying takes over. SQLite serves one process, which always leads.
import pg from 'pg';
import type { Logger } from 'pino';
import type { Config } from '../config.js';

const LEADER_LOCK_KEY = 7_215_005;

export class Leadership {
  private client: pg.Client | undefined;
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;
  private leading = false;

  constructor(
    private readonly database: Config['database'],
    private readonly logger: Logger,
    private readonly retryMs: number,
    private readonly onAcquire: () => Promise<void>,
    private readonly onLose: () => Promise<void>,
  ) {}

  get isLeader(): boolean {
    return this.leading;
  }

  async start(): Promise<void> {
    if (this.database.kind === 'sqlite') {
      this.leading = true;
      await this.onAcquire();
      return;
    }
    await this.attempt();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    if (this.leading) {
      this.leading = false;
      await this.onLose();
    }
    await this.client?.end().catch(() => {});
  }

  private async attempt(): Promise<void> {
    if (this.stopped || this.database.kind !== 'postgres') return;
    try {
      if (!this.client) {
        const client = new pg.Client({ connectionString: this.database.url });
        client.on('error', () => void this.lost());
        client.on('end', () => void this.lost());
        await client.connect();
        this.client = client;
      }
      const { rows } = await this.client.query<{ locked: boolean }>('select pg_try_advisory_lock($1) as locked', [LEADER_LOCK_KEY]);
      if (rows[0]?.locked) {
        this.leading = true;
        this.logger.info('this instance now delivers events');
        await this.onAcquire();
        return;
      }
    } catch (error) {
      this.logger.warn({ err: (error as Error).message }, 'leader election failed; retrying');
      await this.client?.end().catch(() => {});
      this.client = undefined;
    }
    this.timer = setTimeout(() => void this.attempt(), this.retryMs);
    this.timer.unref();
  }

  private async lost(): Promise<void> {
    this.client = undefined;
    if (this.stopped) return;
    if (this.leading) {
      this.leading = false;
      this.logger.warn('lost the delivery lock; standing by');
      await this.onLose();
    }
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.attempt(), this.retryMs);
    this.timer.unref();
  }
}
