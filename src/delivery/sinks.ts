// Where events go when they leave Parley. A sink delivers an ordered batch or throws; the
// worker (worker.ts) owns retries, positions and dead letters, so sinks stay this simple.
import { createHash, createHmac } from 'node:crypto';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { type JetStreamClient, jetstream, jetstreamManager } from '@nats-io/jetstream';
import { Redis } from 'ioredis';
import type { EventView } from '../presenters/events.presenter.js';
import { VERSION } from '../version.js';

export interface Sink {
  /** Stable name: the sink's position in the log is stored under it. */
  readonly name: string;
  /** Webhooks give up on an event after WEBHOOK_MAX_ATTEMPTS; infrastructure sinks never do. */
  readonly maxAttempts: number;
  /**
   * `stop`: aborted when the instance stops and the batch is abandoned (sent again after a
   * restart). The worker stops waiting for the batch then, whatever the sink does; a sink that
   * can cancel what it sent (a webhook's request) does.
   */
  deliver(events: EventView[], stop?: AbortSignal): Promise<void>;
  close(): Promise<void>;
}

/**
 * A failed delivery. `summary` says what failed in words fit for an admin's screen (stored with
 * a dead letter, answered on replay); `message` adds the underlying error, for the log only.
 */
export class DeliveryError extends Error {
  constructor(
    readonly summary: string,
    detail?: string,
  ) {
    super(detail === undefined ? summary : `${summary}: ${detail}`);
    this.name = 'DeliveryError';
  }
}

/** What may be shown of a delivery failure: a DeliveryError's summary, never another error's text. */
export const failureSummary = (error: unknown): string =>
  error instanceof DeliveryError ? error.summary : 'the sink failed (the log has the details)';

/** `t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body">`: what a receiver verifies. */
export function signature(secret: string, body: string, timestamp: number): string {
  const digest = createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
  return `t=${timestamp},v1=${digest}`;
}

/**
 * The id of a delivery: the same for every attempt at the same batch (a receiver may tell a
 * retry from a new batch by it), drawn from the events' ids.
 */
export const deliveryIdOf = (events: EventView[]): string =>
  createHash('sha256')
    .update(events.map((event) => event.id).join(','))
    .digest('hex')
    .slice(0, 32);

export class WebhookSink implements Sink {
  readonly name: string;

  constructor(
    private readonly url: string,
    private readonly secret: string,
    private readonly timeoutMs: number,
    readonly maxAttempts: number,
  ) {
    // The position belongs to the URL: changing WEBHOOK_URL starts a new receiver from now.
    this.name = `webhook:${createHash('sha256').update(url).digest('hex').slice(0, 16)}`;
  }

  async deliver(events: EventView[], stop?: AbortSignal): Promise<void> {
    const body = JSON.stringify({ events });
    const timeout = AbortSignal.timeout(this.timeoutMs);
    const timestamp = Math.floor(Date.now() / 1000);
    let response: Response;
    try {
      response = await fetch(this.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'user-agent': `Parley/${VERSION}`,
          'x-parley-signature': signature(this.secret, body, timestamp),
          'x-parley-delivery-id': deliveryIdOf(events),
        },
        body,
        redirect: 'manual',
        signal: stop === undefined ? timeout : AbortSignal.any([timeout, stop]),
      });
      await response.arrayBuffer().catch(() => undefined);
    } catch (error) {
      if (timeout.aborted) throw new DeliveryError(`no answer within ${this.timeoutMs} ms`);
      if (stop?.aborted === true) throw new DeliveryError('abandoned: the instance stopped before the receiver answered');
      throw new DeliveryError('the request failed', (error as Error).message);
    }
    // Only 2xx counts; a redirect is not followed (the receiver must be configured right).
    if (response.status < 200 || response.status >= 300) throw new DeliveryError(`receiver answered ${response.status}`);
  }

  async close(): Promise<void> {}
}

export class RedisStreamSink implements Sink {
  readonly name: string;
  readonly maxAttempts = Number.POSITIVE_INFINITY;
  private readonly redis: Redis;
  /**
   * Whether the stream may hold some of the next batch already: at start (a process killed after
   * adding a batch, before it saved its position, sends that batch again) and after a failed
   * batch (part of which may have gone in). The stream's newest entries are then read once, and
   * the events among them are not added again: a consumer reads each event once, in log order.
   */
  private mayHoldNext = true;
  /**
   * The batch before, while it may still be on its way: a batch a stopping worker abandoned goes
   * on, and the next one (a worker started again in this process) waits for it, then reads what
   * the stream holds, rather than adding beside it what it adds.
   */
  private previous: Promise<void> = Promise.resolve();

  constructor(
    url: string,
    private readonly stream: string,
    private readonly maxLength: number,
    onError: (error: Error) => void,
  ) {
    this.name = `redis-stream:${stream}`;
    this.redis = new Redis(url, { maxRetriesPerRequest: 1, enableOfflineQueue: false });
    this.redis.on('error', onError);
  }

  deliver(events: EventView[], stop?: AbortSignal): Promise<void> {
    const delivered = this.previous.then(() => this.add(events, stop));
    this.previous = delivered.catch(() => undefined);
    return delivered;
  }

  private async add(events: EventView[], stop: AbortSignal | undefined): Promise<void> {
    const fresh = this.mayHoldNext ? await this.notYetAdded(events) : events;
    const pipeline = this.redis.pipeline();
    for (const event of fresh) {
      pipeline.xadd(this.stream, 'MAXLEN', '~', String(this.maxLength), '*', 'id', event.id, 'type', event.type, 'event', JSON.stringify(event));
    }
    // Until this batch is known to be in, part of it may be (an error or a lost connection midway).
    this.mayHoldNext = true;
    const results = fresh.length === 0 ? [] : await pipeline.exec();
    const failed = results?.find(([error]) => error !== null);
    if (!results || failed) throw new DeliveryError('redis refused the batch', failed?.[0]?.message ?? 'no reply');
    // Abandoned, it is sent again: then what is in must be read first.
    if (stop?.aborted !== true) this.mayHoldNext = false;
  }

  /** `events` but those the stream's newest entries hold (a batch sent again holds them last). */
  private async notYetAdded(events: EventView[]): Promise<EventView[]> {
    let newest: [string, string[]][];
    try {
      newest = await this.redis.xrevrange(this.stream, '+', '-', 'COUNT', events.length);
    } catch (error) {
      throw new DeliveryError('redis unavailable', (error as Error).message);
    }
    const added = new Set(newest.map(([, fields]) => fields[fields.indexOf('id') + 1]));
    return events.filter((event) => !added.has(event.id));
  }

  async close(): Promise<void> {
    this.redis.disconnect();
  }
}

/**
 * JetStream: each event is published on `<subject>.<type>` with its id as the message id, so
 * JetStream drops the duplicates that at-least-once delivery can produce.
 */
export class NatsSink implements Sink {
  readonly name: string;
  readonly maxAttempts = Number.POSITIVE_INFINITY;
  private connection: NatsConnection | undefined;
  private client: JetStreamClient | undefined;

  constructor(
    private readonly url: string,
    private readonly subject: string,
  ) {
    this.name = `nats:${subject}`;
  }

  private async ready(): Promise<JetStreamClient> {
    if (this.client && this.connection && !this.connection.isClosed()) return this.client;
    this.connection = await connect({ servers: this.url, timeout: 2000, reconnect: true, maxReconnectAttempts: -1 });
    const manager = await jetstreamManager(this.connection);
    const stream = this.subject.replace(/[.]/g, '_').toUpperCase();
    try {
      await manager.streams.info(stream);
    } catch {
      await manager.streams.add({ name: stream, subjects: [`${this.subject}.>`], duplicate_window: 120_000_000_000 });
    }
    this.client = jetstream(this.connection);
    return this.client;
  }

  async deliver(events: EventView[]): Promise<void> {
    let client: JetStreamClient;
    try {
      client = await this.ready();
    } catch (error) {
      this.connection = undefined;
      throw new DeliveryError('nats unavailable', (error as Error).message);
    }
    try {
      for (const event of events) {
        await client.publish(`${this.subject}.${event.type}`, JSON.stringify(event), { msgID: event.id, timeout: 5000 });
      }
    } catch (error) {
      throw new DeliveryError('nats refused the batch', (error as Error).message);
    }
  }

  async close(): Promise<void> {
    await this.connection?.close().catch(() => {});
  }
}
