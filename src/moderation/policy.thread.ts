// Runs the content policy in a worker thread (policy.worker.ts). Reviewing a message is the
// largest piece of pure computation in a send (normalising the text, then the profanity, phone,
// link and handle checks); on the thread that serves requests it held every other request up
// while it ran. Reviews go out in batches, one per turn of the event loop, and each batch comes
// back in one message, so the hand-over costs the request thread little per review.
//
// The thread is also a guard. A review that runs away (an input no check was ready for) would
// freeze a process that reviewed on its request thread; here it is cut off once the thread has
// made no progress for `runawayAfterMs`, its message held for a moderator (delivered as sent,
// and queued) and its text remembered so that a copy is held at once, and the thread replaced;
// the reviews behind it wait for the new one. Once a thread has been ready, no review runs on
// the request thread again: a review not answered within `answerWithinMs` (behind texts that
// ran away, or with no thread ready: replacements that keep ending, never get ready or cannot
// start, and are started again after a pause), one that arrives while a pause longer than that
// is on, and one still owed when the thread is stopped, is refused with UNAVAILABLE, which the
// sender retries, rather than delivered without a review.
import type { Worker } from 'node:worker_threads';
import type { Logger } from 'pino';
import { AppError, OUTAGE_RETRY_AFTER_SECONDS } from '../errors.js';
import { Remembered } from '../remembered.js';
import { siblingModule, startThread } from '../threads.js';
import { heldForAPerson } from './policy.js';
import { type FromPolicy, type PolicyWorkerData, PROGRESS_CURRENT, PROGRESS_FINISHED, type ReviewRequest, type ToPolicy } from './policy.messages.js';
import type { ContentPolicy, ContentReview, ModerationActions, ModerationVerdict } from './policy.types.js';

/** The watchdog looks at the thread's progress this many times per `runawayAfterMs`. */
const LOOKS = 4;
/** A thread not ready this long after it was started (warming up takes about a second) is replaced. */
const READY_WITHIN_MS = 15_000;
/**
 * A thread that was ready and ended is replaced at once, unless MOST_DEATHS ended within
 * DEATHS_WINDOW_MS; then, as after a thread that never got ready or could not start, the next
 * starts after a pause: FIRST_PAUSE_MS, doubled each time up to MAX_PAUSE_MS.
 */
const MOST_DEATHS = 5;
const DEATHS_WINDOW_MS = 60_000;
const FIRST_PAUSE_MS = 1_000;
const MAX_PAUSE_MS = 30_000;
/** stop() waits this long at most for the thread to answer what it was sent (or for the watchdog to cut it off). */
const STOP_PATIENCE_MS = 10_000;
/** Texts that ran away, remembered so that copies are held without a review. */
const RAN_AWAY_KEPT = 256;
/** Reviews per message to the thread: a batch's verdicts come back together, after its slowest. */
const MOST_PER_BATCH = 64;
/** Ids fit the thread's shared Int32 progress slot; 0 means none. */
const LAST_ID = 0x7fff_ffff;

interface Waiting extends ReviewRequest {
  answer: (verdict: ModerationVerdict) => void;
  refuse: (error: AppError) => void;
  /** Watchdog looks it has waited for its verdict, queued or sent. */
  looks: number;
}

/** One thread's life: the reviews sent to it and not yet answered, and what it was last seen doing. */
interface Running {
  worker: Worker;
  startedAt: number;
  progress: Int32Array;
  ready: boolean;
  readyDeadline: NodeJS.Timeout;
  sent: Map<number, Waiting>;
  /**
   * The progress slots at the watchdog's last look, and how many looks since they changed:
   * counted in looks, not by the clock, so a process that was frozen as a whole (a stalled
   * machine) does not take the review it was on for one that ran away.
   */
  seen: { finished: number; current: number; looks: number };
  /** The review the watchdog cut the thread off on. */
  cutOff?: number;
  /** Called when `sent` empties or the thread ends (stop() waits for either). */
  settled?: () => void;
}

export interface PolicyThreadOptions {
  workerData: Omit<PolicyWorkerData, 'progress' | 'policyModule'> & { policyModule?: string };
  /** A review on which the thread made no progress for this long has run away (timings.ts, reviewRunawayMs). */
  runawayAfterMs: number;
  /** A review not answered within this long is refused with UNAVAILABLE (timings.ts, reviewAnswerWithinMs). */
  answerWithinMs: number;
}

export class ContentPolicyThread implements ContentReview {
  readonly actions: ModerationActions;
  private running: Running | undefined;
  /** Reviews not yet sent: they go at the next turn of the event loop, or to the next thread once it is ready. */
  private queue: Waiting[] = [];
  private flushing = false;
  private nextId = 1;
  private deaths: number[] = [];
  private pauseMs = FIRST_PAUSE_MS;
  private active = false;
  /** Whether a thread has been ready since start: from then on, reviews wait for a thread rather than run here. */
  private everReady = false;
  private readonly ranAway = new Remembered<true>(RAN_AWAY_KEPT);
  private stopped = false;
  private restartTimer: NodeJS.Timeout | undefined;
  /** When the paused next thread starts, on the monotonic clock (performance.now()); undefined unless a pause is on. */
  private restartAt: number | undefined;
  private watchdog: NodeJS.Timeout | undefined;

  /** @param local the same policy on this thread: it reviews until the first thread is ready (and where none is started, as in tools). */
  constructor(
    private readonly local: ContentPolicy,
    private readonly options: PolicyThreadOptions,
    private readonly logger: Logger,
  ) {
    this.actions = local.actions;
  }

  /** The thread reviewing now, once it is ready (for tests and diagnostics). */
  get thread(): Worker | undefined {
    return this.running?.ready ? this.running.worker : undefined;
  }

  start(): void {
    if (this.stopped) throw new Error('a stopped content policy thread does not start again');
    if (this.active) return;
    this.active = true;
    this.spawn();
    this.watchdog = setInterval(() => this.look(), Math.max(1, Math.floor(this.options.runawayAfterMs / LOOKS)));
    this.watchdog.unref();
  }

  /**
   * Ends the thread once it has answered what it was sent (the watchdog still cuts off a review
   * that runs away meanwhile), waiting STOP_PATIENCE_MS at most; what it still owes then is
   * refused (UNAVAILABLE), as are reviews from now on.
   */
  async stop(): Promise<void> {
    if (!this.active) return;
    this.active = false;
    this.stopped = true;
    clearTimeout(this.restartTimer);
    const running = this.running;
    if (running?.ready && running.sent.size > 0) {
      let patience: NodeJS.Timeout | undefined;
      await new Promise<void>((resolve) => {
        running.settled = resolve;
        patience = setTimeout(resolve, Math.max(STOP_PATIENCE_MS, 2 * this.options.runawayAfterMs));
      });
      clearTimeout(patience);
    }
    clearInterval(this.watchdog);
    if (this.running !== undefined) {
      const ending = this.running;
      this.running = undefined;
      clearTimeout(ending.readyDeadline);
      const left = this.takeBack(ending, { ended: false });
      await ending.worker.terminate();
      refuseAll(left, shuttingDown);
    }
    refuseAll(this.queue.splice(0), shuttingDown);
  }

  review(text: string, actions?: Partial<ModerationActions>): ModerationVerdict | Promise<ModerationVerdict> {
    if (this.ranAway.get(text)) return heldForAPerson(text);
    // Stopping: the server is closing, and a review here would have no guard.
    if (this.stopped) return Promise.reject(shuttingDown());
    if (!this.active || !this.everReady) return this.local.review(text, actions);
    // Paused for longer than a review may wait: no thread can answer in time.
    const pausedMs = this.restartAt === undefined ? 0 : this.restartAt - performance.now();
    if (pausedMs > this.options.answerWithinMs) return Promise.reject(cannotReview(Math.ceil(Math.min(pausedMs, MAX_PAUSE_MS) / 1000)));
    return new Promise<ModerationVerdict>((answer, refuse) => {
      const id = this.nextId;
      this.nextId = id === LAST_ID ? 1 : id + 1;
      this.queue.push({ id, text, ...(actions !== undefined ? { actions } : {}), answer, refuse, looks: 0 });
      if (!this.flushing) {
        this.flushing = true;
        setImmediate(() => this.flush());
      }
    });
  }

  /** Sends what is queued, if a thread is ready (otherwise its 'ready' does). */
  private flush(): void {
    this.flushing = false;
    const running = this.running;
    if (!running?.ready) return;
    while (this.queue.length > 0) {
      const batch = this.queue.splice(0, MOST_PER_BATCH);
      for (const waiting of batch) running.sent.set(waiting.id, waiting);
      const reviews = batch.map(({ id, text, actions }): ReviewRequest => (actions !== undefined ? { id, text, actions } : { id, text }));
      running.worker.postMessage({ type: 'review', reviews } satisfies ToPolicy);
    }
  }

  private spawn(): void {
    const progress = new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT);
    const workerData: PolicyWorkerData = {
      policyModule: siblingModule(import.meta.url, 'policy').href,
      ...this.options.workerData,
      progress,
    };
    let worker: Worker;
    try {
      worker = startThread(import.meta.url, 'policy.worker', workerData);
    } catch (error) {
      this.logger.error({ err: error }, 'the content policy thread could not start');
      this.died(undefined);
      return;
    }
    // Never what keeps the process alive: stop() ends it, and so does the process's exit.
    worker.unref();
    const readyDeadline = setTimeout(() => {
      this.logger.error({ readyWithinMs: READY_WITHIN_MS }, 'the content policy thread did not get ready: replacing it');
      void worker.terminate();
    }, READY_WITHIN_MS);
    readyDeadline.unref();
    const running: Running = {
      worker,
      startedAt: performance.now(),
      progress: new Int32Array(progress),
      ready: false,
      readyDeadline,
      sent: new Map(),
      seen: { finished: 0, current: 0, looks: 0 },
    };
    worker.on('message', (message: FromPolicy) => {
      if (message.type === 'ready') {
        clearTimeout(readyDeadline);
        running.ready = true;
        this.everReady = true;
        this.flush();
        return;
      }
      for (const { id, verdict } of message.verdicts) {
        running.sent.get(id)?.answer(verdict);
        running.sent.delete(id);
      }
      if (running.sent.size === 0) running.settled?.();
    });
    worker.on('error', (error) => this.logger.error({ err: error }, 'the content policy thread failed'));
    worker.once('exit', (code) => this.exited(running, code));
    this.running = running;
  }

  /** The watchdog's look: at the thread's progress, and at how long each review has waited. */
  private look(): void {
    this.lookForRunaway();
    const running = this.running;
    // The review the thread is on is left to the runaway check: held for a person if it runs away.
    const current = running === undefined ? 0 : Atomics.load(running.progress, PROGRESS_CURRENT);
    const waiting = [...this.queue, ...(running?.sent.values() ?? [])].filter((review) => review.id !== current);
    for (const review of waiting) review.looks++;
    const mostLooks = Math.ceil((this.options.answerWithinMs * LOOKS) / this.options.runawayAfterMs);
    const late = waiting.filter((review) => review.looks >= mostLooks);
    if (late.length === 0) return;
    this.queue = this.queue.filter((review) => review.looks < mostLooks);
    if (running !== undefined) {
      for (const { id } of late) running.sent.delete(id);
      if (running.sent.size === 0) running.settled?.();
    }
    this.logger.error({ reviews: late.length }, 'content reviews not answered in time: refused, for their senders to retry');
    refuseAll(late, cannotReview);
  }

  /**
   * A thread with reviews outstanding that has been on the same one for LOOKS looks (counted in
   * looks, not by the clock: a process frozen as a whole, on a stalled machine, is not taken for
   * a review that ran away) is cut off; the review it was on is held for a person when the thread has ended.
   */
  private lookForRunaway(): void {
    const running = this.running;
    if (running === undefined || running.sent.size === 0 || running.cutOff !== undefined) return;
    const finished = Atomics.load(running.progress, PROGRESS_FINISHED);
    const current = Atomics.load(running.progress, PROGRESS_CURRENT);
    const { seen } = running;
    if (finished !== seen.finished || current !== seen.current || current === 0) {
      running.seen = { finished, current, looks: 0 };
      return;
    }
    if (++seen.looks < LOOKS) return;
    running.cutOff = current;
    this.logger.warn({ runawayAfterMs: this.options.runawayAfterMs }, 'a content review ran away: its message is held for a moderator and the policy thread replaced');
    void running.worker.terminate();
  }

  /** A thread ended (cut off, crashed, or never ready): what it owed goes to the next one, or is refused once stopping. */
  private exited(running: Running, code: number): void {
    if (this.running !== running) return; // stop() answers its reviews itself
    this.running = undefined;
    clearTimeout(running.readyDeadline);
    if (running.cutOff === undefined) this.logger.warn({ code, ready: running.ready }, 'the content policy thread ended');
    const owed = this.takeBack(running, { ended: true }).concat(this.queue);
    running.settled?.();
    this.queue = [];
    if (!this.active) return refuseAll(owed, shuttingDown);
    // Copies of a text that just ran away may be among them: they are held now, not sent again.
    for (const waiting of owed) {
      if (this.ranAway.get(waiting.text)) waiting.answer(heldForAPerson(waiting.text));
      else this.queue.push(waiting);
    }
    this.died(running);
  }

  /**
   * The reviews a thread still owes. The one it was cut off on is held for a person and its text
   * remembered; the one it was on when it ended otherwise (a crash) is held too, once (its text is
   * not remembered); the rest are returned unanswered, as is everything of a thread that stop()
   * is about to end.
   */
  private takeBack(running: Running, { ended }: { ended: boolean }): Waiting[] {
    const stuck = running.sent.get(running.cutOff ?? Atomics.load(running.progress, PROGRESS_CURRENT));
    if (stuck !== undefined && (running.cutOff !== undefined || ended)) {
      running.sent.delete(stuck.id);
      if (running.cutOff !== undefined) this.ranAway.set(stuck.text, true);
      stuck.answer(heldForAPerson(stuck.text));
    }
    const left = [...running.sent.values()];
    running.sent.clear();
    return left;
  }

  /**
   * Starts the next thread (`ended` is the one that ended; undefined when none could start): at
   * once after a thread that was ready, unless threads keep ending (MOST_DEATHS in a minute);
   * otherwise (they keep ending, one never got ready, none could start) after a pause that doubles.
   */
  private died(ended: Running | undefined): void {
    const now = performance.now();
    // A thread that lived a while ended of something new: the pauses start over.
    if (ended !== undefined && now - ended.startedAt >= DEATHS_WINDOW_MS) this.pauseMs = FIRST_PAUSE_MS;
    this.deaths = [...this.deaths.filter((at) => now - at < DEATHS_WINDOW_MS), now];
    if (this.deaths.length < MOST_DEATHS && ended?.ready === true) {
      this.spawn();
      return;
    }
    this.logger.error({ deaths: this.deaths.length, pauseMs: this.pauseMs }, 'the content policy thread ended again or never got ready: starting another after a pause');
    this.restartAt = performance.now() + this.pauseMs;
    this.restartTimer = setTimeout(() => {
      this.restartAt = undefined;
      if (this.active) this.spawn();
    }, this.pauseMs);
    this.restartTimer.unref();
    this.pauseMs = Math.min(MAX_PAUSE_MS, this.pauseMs * 2);
  }
}

/** The instance is stopping: retried at once, the send reaches another instance (as errors.plugin.ts says on closing). */
const shuttingDown = () => new AppError('UNAVAILABLE', 'this instance is shutting down; retry', undefined, { retryAfterSeconds: 1 });
const cannotReview = (retryAfterSeconds = OUTAGE_RETRY_AFTER_SECONDS) =>
  new AppError('UNAVAILABLE', 'messages cannot be reviewed right now; retry shortly', undefined, { retryAfterSeconds });

/** Refuses reviews that will get no verdict: their senders are told to retry. */
function refuseAll(waiting: Waiting[], refusal: () => AppError): void {
  for (const { refuse } of waiting) refuse(refusal());
}
