// Moves one sink along the event log: read in order from the sink's stored position, deliver,
// store the new position. Delivery is at least once (a crash between delivering and storing
// sends that batch again; receivers de-duplicate by event id) and in log order, hence in order
// per conversation. A failing batch is retried with exponential backoff and jitter, holding
// back this sink only; a webhook batch that fails WEBHOOK_MAX_ATTEMPTS times is dead-lettered.
import type { Logger } from 'pino';
import { LogTailer } from '../events/log-tailer.js';
import { presentEvent } from '../presenters/events.presenter.js';
import type { EventRow } from '../storage/events.repository.js';
import { newId, nowIso } from '../storage/ids.js';
import type { Store } from '../storage/store.js';
import { failureSummary, type Sink } from './sinks.js';

export interface WorkerOptions {
  batchSize: number;
  retryBaseMs: number;
  retryMaxMs: number;
  pollMs: number;
}

/**
 * On stopping, a batch in flight has this long to be answered before it is abandoned (and sent
 * again after a restart): a receiver that is slow, or never answers, cannot hold the instance's
 * stop past its limit for WEBHOOK_TIMEOUT_MS.
 */
const IN_FLIGHT_GRACE_MS = 2_000;

export class SinkWorker {
  private tailer: LogTailer | undefined;
  private stopping = false;
  private interrupt: (() => void) | undefined;
  private abandon = new AbortController();
  delivered = 0;
  deadLettered = 0;
  /** Failed tries of the batch after the stored position: kept with it, so a restart goes on counting. */
  private failedTries = 0;
  /** Where that failing batch ends: it is sent again as it was, and what follows it as a batch of its own. */
  private failingThrough: number | null = null;

  constructor(
    readonly sink: Sink,
    private readonly store: Store,
    private readonly logger: Logger,
    private readonly options: WorkerOptions,
  ) {}

  async start(): Promise<void> {
    this.stopping = false;
    this.abandon = new AbortController();
    let from = await this.store.delivery.position(this.sink.name);
    if (from === undefined) {
      // A new sink starts with what is committed from now on.
      from = await this.store.events.headPosition();
      await this.store.delivery.savePosition(this.sink.name, from, nowIso());
    }
    ({ attempts: this.failedTries, through: this.failingThrough } = await this.store.delivery.failingBatch(this.sink.name));
    this.tailer = new LogTailer(
      this.store,
      {
        from,
        batchSize: this.options.batchSize,
        pollMs: this.options.pollMs,
        onError: (error) => this.logger.error({ err: error, sink: this.sink.name }, 'delivery failed to read or store its position'),
      },
      (rows) => this.deliver(rows),
    );
    await this.tailer.start();
  }

  wake(): void {
    this.tailer?.wake();
  }

  async stop(): Promise<void> {
    this.stopping = true;
    this.interrupt?.();
    const abandon = setTimeout(() => this.abandon.abort(), IN_FLIGHT_GRACE_MS);
    await this.tailer?.stop();
    clearTimeout(abandon);
  }

  private async deliver(rows: EventRow[]): Promise<void> {
    // A batch that failed before (in this process, or before a restart or in another instance)
    // goes again as it was, with its tries: events after it get tries of their own.
    let through = this.failingThrough;
    if (through !== null && (rows[0] as EventRow).pos > through) {
      // Behind the position (stored by an instance that did not know of the failing batch): nothing of it is left to send.
      [through, this.failingThrough, this.failedTries] = [null, null, 0];
    }
    if (through !== null && (rows.at(-1) as EventRow).pos > through) {
      const failing = rows.filter((row) => row.pos <= through);
      if (failing.length > 0) await this.deliverBatch(failing);
      const after = rows.filter((row) => row.pos > through);
      if (after.length > 0) await this.deliverBatch(after);
      return;
    }
    await this.deliverBatch(rows);
  }

  private async deliverBatch(rows: EventRow[]): Promise<void> {
    let current = rows;
    // Tries made before a restart count: WEBHOOK_MAX_ATTEMPTS is per batch, not per process.
    const triedBefore = this.failedTries;
    for (let attempt = triedBefore + 1; ; attempt++) {
      if (this.stopping) throw new Error('stopping'); // position not stored: sent again on restart
      // A retry reads its events again: what an erasure or an edit took out of the log while the
      // batch waited must not go out now.
      if (attempt > triedBefore + 1) current = await this.readAgain(rows);
      if (current.length === 0) break;
      const events = current.map(presentEvent);
      try {
        await unlessAbandoned(this.sink.deliver(events, this.abandon.signal), this.abandon.signal);
        this.delivered += events.length;
        break;
      } catch (error) {
        // Abandoned by the stop, not refused by the receiver: no attempt is counted against it.
        if (this.abandon.signal.aborted) throw new Error('stopping');
        const reason = (error as Error).message;
        if (attempt >= this.sink.maxAttempts) {
          this.logger.error({ sink: this.sink.name, attempts: attempt, reason }, 'delivery failed for the last time');
          await this.deadLetter(current, attempt, failureSummary(error));
          break;
        }
        const last = (rows.at(-1) as EventRow).pos;
        await this.store.delivery.recordFailedAttempts(this.sink.name, attempt, last, nowIso());
        this.failedTries = attempt;
        this.failingThrough = last;
        // Failed while the instance stops: the retry is the restart's (stop() woke no sleep begun after it).
        if (this.stopping) throw new Error('stopping');
        const delay = this.backoff(attempt);
        this.logger.warn({ sink: this.sink.name, attempt, retryInMs: delay, reason }, 'delivery failed; will retry');
        await this.sleep(delay);
      }
    }
    const last = rows.at(-1) as EventRow;
    await this.store.delivery.savePosition(this.sink.name, last.pos, nowIso());
    this.failedTries = 0;
    this.failingThrough = null;
  }

  /** The batch's events as the log holds them now (pruned ones gone). */
  private async readAgain(rows: EventRow[]): Promise<EventRow[]> {
    const last = (rows.at(-1) as EventRow).pos;
    const again = await this.store.events.readAfter((rows[0] as EventRow).pos - 1, rows.length);
    return again.filter((row) => row.pos <= last);
  }

  /** Exponential backoff with full jitter in [d/2, d]: receivers recovering are not stampeded. */
  private backoff(attempt: number): number {
    const ceiling = Math.min(this.options.retryMaxMs, this.options.retryBaseMs * 2 ** (attempt - 1));
    return Math.round(ceiling / 2 + Math.random() * (ceiling / 2));
  }

  /** `summary`: what an admin may see of the failure (see failureSummary). */
  private async deadLetter(rows: EventRow[], attempts: number, summary: string): Promise<void> {
    const now = nowIso();
    await this.store.transaction(async (tx) => {
      // Each event as the log holds it now, not as the last try read it: an edit or a deletion that
      // committed during that try is kept, and one still to come waits for this commit, then
      // rewrites these dead letters too (message-scrub.ts). An event pruned since keeps its copy.
      const current = new Map((await tx.events.sharedAt(rows.map((row) => row.pos))).map((row) => [row.pos, row]));
      for (const logged of rows) {
        const row = current.get(logged.pos) ?? logged;
        await tx.delivery.addDeadLetter({
          id: newId(),
          sink: this.sink.name,
          event_pos: row.pos,
          event_id: row.id,
          event: JSON.stringify(presentEvent(row)),
          attempts,
          last_error: summary.slice(0, 500),
          created_at: now,
          replayed_at: null,
        });
      }
    });
    this.deadLettered += rows.length;
    this.logger.error({ sink: this.sink.name, events: rows.length, attempts }, 'events dead-lettered');
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, ms);
      this.interrupt = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }
}

/** `work`'s outcome, or a rejection as soon as `signal` aborts: the work goes on, no longer awaited. */
function unlessAbandoned<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(new Error('abandoned'));
  return new Promise<T>((resolve, reject) => {
    const abandon = () => reject(new Error('abandoned'));
    signal.addEventListener('abort', abandon, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', abandon));
  });
}
