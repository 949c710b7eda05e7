// The instances' shared channel: nudges that the log grew, typing, presence, erasures, changed profiles. With REDIS_URL it
// is Redis pub/sub; without, one process talks to itself. Messages are small JSON; delivery is
// best effort, which is all these need (the event log itself never travels here).
import { EventEmitter } from 'node:events';
import { Redis } from 'ioredis';

export type BusTopic = 'log' | 'typing' | 'presence' | 'erasure' | 'profile';

export interface Bus {
  publish(topic: BusTopic, message: unknown): void;
  subscribe(topic: BusTopic, handler: (message: unknown) => void): void;
  close(): Promise<void>;
  /** Settles once every subscription made so far is in place (messages published after it reach us). */
  subscribed(): Promise<void>;
  /** 'ok', or why not (for readiness). */
  health(): Promise<string>;
}

export class LocalBus implements Bus {
  private readonly emitter = new EventEmitter();

  publish(topic: BusTopic, message: unknown): void {
    queueMicrotask(() => this.emitter.emit(topic, message));
  }

  subscribe(topic: BusTopic, handler: (message: unknown) => void): void {
    this.emitter.on(topic, handler);
  }

  async close(): Promise<void> {
    this.emitter.removeAllListeners();
  }

  async subscribed(): Promise<void> {}

  async health(): Promise<string> {
    return 'ok';
  }
}

export class RedisBus implements Bus {
  private readonly publisher: Redis;
  private readonly subscriber: Redis;
  private readonly handlers = new Map<string, ((message: unknown) => void)[]>();
  private readonly subscriptions: Promise<unknown>[] = [];
  /**
   * Channels carry the database number of REDIS_URL: pub/sub ignores it, and deployments that
   * share a Redis server with a database each (staging and production) must not hear each
   * other's presence, typing or erasures.
   */
  private readonly prefix: string;

  constructor(url: string, onError: (error: Error) => void) {
    // Commands wait while Redis is away (it comes back); nothing here may crash the process.
    this.publisher = new Redis(url, { lazyConnect: false, maxRetriesPerRequest: 1, enableOfflineQueue: false });
    this.subscriber = new Redis(url, { lazyConnect: false, maxRetriesPerRequest: null });
    this.prefix = `parley:${this.publisher.options.db ?? 0}:bus:`;
    this.publisher.on('error', onError);
    this.subscriber.on('error', onError);
    this.subscriber.on('message', (channel: string, raw: string) => {
      let message: unknown;
      try {
        message = JSON.parse(raw);
      } catch {
        return;
      }
      for (const handler of this.handlers.get(channel) ?? []) handler(message);
    });
  }

  publish(topic: BusTopic, message: unknown): void {
    this.publisher.publish(this.prefix + topic, JSON.stringify(message)).catch(() => {
      // Redis is away: the tailers' poll and the presence heartbeat cover the gap.
    });
  }

  subscribe(topic: BusTopic, handler: (message: unknown) => void): void {
    const channel = this.prefix + topic;
    const list = this.handlers.get(channel) ?? [];
    list.push(handler);
    this.handlers.set(channel, list);
    if (list.length === 1) this.subscriptions.push(this.subscriber.subscribe(channel).catch(() => {}));
  }

  async subscribed(): Promise<void> {
    await Promise.all(this.subscriptions);
  }

  async close(): Promise<void> {
    this.subscriber.disconnect();
    this.publisher.disconnect();
  }

  async health(): Promise<string> {
    try {
      await this.publisher.ping();
      return 'ok';
    } catch (error) {
      return `unavailable: ${(error as Error).message}`;
    }
  }
}
