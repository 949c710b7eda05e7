// One delivering instance at a time: this instance keeps trying to take the leader lock
// (storage/leader-lock.ts) and starts or stops delivery as it gains or loses it.
import type { Logger } from 'pino';
import type { LeaderLock } from '../storage/leader-lock.js';

export class Leadership {
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;
  private leading = false;

  constructor(
    private readonly lock: LeaderLock,
    private readonly logger: Logger,
    private readonly retryMs: number,
    private readonly onAcquire: () => Promise<void>,
    private readonly onLose: () => Promise<void>,
  ) {
    lock.onLost(() => void this.lost());
  }

  get isLeader(): boolean {
    return this.leading;
  }

  async start(): Promise<void> {
    await this.attempt();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    if (this.leading) {
      this.leading = false;
      await this.onLose();
    }
    await this.lock.release();
  }

  private async attempt(): Promise<void> {
    if (this.stopped) return;
    try {
      if (await this.lock.tryAcquire()) {
        this.leading = true;
        this.logger.info('this instance now delivers events');
        await this.onAcquire();
        return;
      }
    } catch (error) {
      this.logger.warn({ err: (error as Error).message }, 'leader election failed; retrying');
    }
    this.retryLater();
  }

  private async lost(): Promise<void> {
    if (this.stopped) return;
    if (this.leading) {
      this.leading = false;
      this.logger.warn('lost the delivery lock; standing by');
      await this.onLose();
    }
    this.retryLater();
  }

  private retryLater(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.attempt(), this.retryMs);
    this.timer.unref();
  }
}
