// The delivery role: every configured sink gets a worker that follows the log; only the
// leader instance runs them, and the housekeeping: pruning the log, message retention. Also
// answers for dead letters and lag.
import type { AppContext } from '../context.js';
import { auditActor } from '../domain/audit.js';
import { decodeCursor, encodeCursor } from '../domain/cursors.js';
import type { Actor, RequestOrigin } from '../domain/types.js';
import { AppError, notFound } from '../errors.js';
import { type DeadLetterView, type EventView, presentDeadLetter, presentEvent } from '../presenters/events.presenter.js';
import { nowIso } from '../storage/ids.js';
import { SEARCH_INDEX_POSITION } from '../storage/search.repository.js';
import { openLeaderLock } from '../storage/leader-lock.js';
import { Leadership } from './leadership.js';
import { failureSummary, NatsSink, RedisStreamSink, type Sink, WebhookSink } from './sinks.js';
import { SinkWorker } from './worker.js';

const PRUNE_EVERY_MS = 60 * 60 * 1000;
const PRUNE_BATCH = 5_000;
/** A sink's lag in events is counted up to this many, so that a scrape of one far behind stays cheap. */
const MOST_LAG_COUNTED = 1_000_000;

export interface SinkLag {
  sink: string;
  position: number;
  lagEvents: number;
  lagSeconds: number;
}

export function buildSinks(ctx: AppContext): Sink[] {
  const { delivery, redisUrl } = ctx.config;
  const sinks: Sink[] = delivery.webhookUrls.map(
    (url) => new WebhookSink(url, delivery.webhookSecret as string, delivery.webhookTimeoutMs, delivery.webhookMaxAttempts),
  );
  if (delivery.redisStream && redisUrl) {
    sinks.push(
      new RedisStreamSink(redisUrl, delivery.redisStream, delivery.redisStreamMaxLength, (error) =>
        ctx.logger.warn({ err: error.message }, 'events redis stream unavailable; retrying'),
      ),
    );
  }
  if (delivery.natsUrl) sinks.push(new NatsSink(delivery.natsUrl, delivery.natsSubject));
  return sinks;
}

export class Delivery {
  readonly sinks: Sink[];
  private workers: SinkWorker[] = [];
  private leadership: Leadership | undefined;
  private pruneTimer: NodeJS.Timeout | undefined;
  private unsubscribe: (() => void) | undefined;

  constructor(private readonly ctx: AppContext) {
    this.sinks = buildSinks(ctx);
  }

  /** Starts delivering (when this instance leads) and pruning. */
  async start(): Promise<void> {
    this.leadership = new Leadership(
      openLeaderLock(this.ctx.config.database),
      this.ctx.logger,
      this.ctx.timings.leaderRetryMs,
      () => this.lead(),
      () => this.standDown(),
    );
    await this.leadership.start();
  }

  async stop(): Promise<void> {
    await this.leadership?.stop();
    await Promise.all(this.sinks.map((sink) => sink.close()));
  }

  private async lead(): Promise<void> {
    const { delivery } = this.ctx.config;
    this.workers = this.sinks.map(
      (sink) =>
        new SinkWorker(sink, this.ctx.store, this.ctx.logger, {
          batchSize: sink instanceof WebhookSink ? delivery.webhookBatchSize : 200,
          retryBaseMs: delivery.retryBaseMs,
          retryMaxMs: delivery.retryMaxMs,
          pollMs: this.ctx.timings.logPollMs,
        }),
    );
    for (const worker of this.workers) await worker.start();
    const wake = () => {
      for (const worker of this.workers) worker.wake();
    };
    this.unsubscribe = this.ctx.signal.onCommitted(wake);
    this.ctx.bus.subscribe('log', wake);
    void this.prune();
    this.pruneTimer = setInterval(() => void this.prune(), PRUNE_EVERY_MS);
    this.pruneTimer.unref();
    this.ctx.retention.start();
  }

  private async standDown(): Promise<void> {
    this.unsubscribe?.();
    if (this.pruneTimer) clearInterval(this.pruneTimer);
    await this.ctx.retention.stop();
    await Promise.all(this.workers.map((worker) => worker.stop()));
    this.workers = [];
  }

  /**
   * Removes events past the retention window that every sink and the search index already have.
   * Never rejects: it runs from a timer, and a database that is away when the timer fires is
   * logged and tried again at the next one, not an unhandled rejection that ends the process.
   */
  async prune(now = Date.now()): Promise<number> {
    const cutoff = new Date(now - this.ctx.config.eventRetentionDays * 86_400_000).toISOString();
    let removed = 0;
    try {
      const slowest = (await this.ctx.store.delivery.slowestPosition(this.readers())) ?? (await this.ctx.store.events.headPosition());
      for (;;) {
        const batch = await this.ctx.store.delivery.pruneEvents(cutoff, slowest, PRUNE_BATCH);
        removed += batch;
        if (batch < PRUNE_BATCH) break;
      }
      if (removed > 0) this.ctx.logger.info({ removed, before: cutoff }, 'event log pruned');
    } catch (error) {
      this.ctx.logger.error({ err: error }, 'pruning the event log failed');
    }
    return removed;
  }

  /** Everything that reads the log and keeps a position in it: the sinks, then the search index. */
  private readers(): string[] {
    return [...this.sinks.map((s) => s.name), SEARCH_INDEX_POSITION];
  }

  async lag(): Promise<SinkLag[]> {
    const head = await this.ctx.store.events.headPosition();
    const out: SinkLag[] = [];
    for (const reader of this.readers()) {
      const position = (await this.ctx.store.delivery.position(reader)) ?? head;
      const oldest = position < head ? await this.ctx.store.delivery.oldestAfter(position) : undefined;
      out.push({
        sink: reader,
        position,
        lagEvents: position < head ? await this.ctx.store.delivery.countAfter(position, head, MOST_LAG_COUNTED) : 0,
        lagSeconds: oldest ? Math.max(0, (Date.now() - Date.parse(oldest)) / 1000) : 0,
      });
    }
    return out;
  }

  get isLeader(): boolean {
    return this.leadership?.isLeader ?? false;
  }

  async deadLetters(includeReplayed: boolean, cursor: string | undefined, limit: number) {
    const after = cursor === undefined ? undefined : decodeCursor(cursor, { createdAt: 'time', eventPos: 'position', id: 'text' });
    const rows = await this.ctx.store.delivery.listDeadLetters(includeReplayed, after, limit + 1);
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    return {
      data: page.map(presentDeadLetter),
      nextCursor: rows.length > limit && last ? encodeCursor({ createdAt: last.created_at, eventPos: last.event_pos, id: last.id }) : null,
    };
  }

  /**
   * Sends a dead-lettered event to its sink once more, now: as the log holds it now, so a text
   * edited or deleted since the failure goes out edited or blanked, as a retry would send it.
   * An event the log no longer holds (retention) goes as it was dead-lettered.
   */
  async replay(actor: Actor, origin: RequestOrigin, id: string): Promise<DeadLetterView> {
    const row = await this.ctx.store.delivery.findDeadLetter(id);
    if (!row) throw notFound('dead letter');
    // Once delivered by a replay it is no longer a dead letter: a second click would send it twice.
    if (row.replayed_at !== null) throw new AppError('CONFLICT', `this dead letter was replayed at ${row.replayed_at}`);
    const sink = this.sinks.find((s) => s.name === row.sink);
    if (!sink) throw new AppError('CONFLICT', 'the sink of this dead letter is no longer configured');
    const [logged] = await this.ctx.store.events.readAfter(row.event_pos - 1, 1);
    const event = logged?.id === row.event_id ? presentEvent(logged) : (JSON.parse(row.event) as EventView);
    try {
      await sink.deliver([event]);
    } catch (error) {
      this.ctx.logger.warn({ sink: row.sink, err: (error as Error).message }, 'dead letter replay failed');
      throw new AppError('CONFLICT', `the sink refused it again: ${failureSummary(error)}`);
    }
    const now = nowIso();
    await this.ctx.store.transaction(async (tx) => {
      await tx.delivery.markReplayed(id, now);
      await this.ctx.audit.append(tx, {
        actor: auditActor(actor, origin),
        action: 'dead_letter.replayed',
        target: { type: 'dead_letter', id: row.id, conversationId: presentDeadLetter(row).event.conversationId },
        note: `sink ${row.sink}, event ${row.event_id}`,
      });
    });
    return presentDeadLetter({ ...row, replayed_at: now });
  }
}
