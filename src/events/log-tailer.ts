// Follows the event log in order from a position: woken at once when this process commits,
// when another instance says it did (through the bus), and by a slow poll as a last resort.
// Whoever consumes the log (real-time fan-out, delivery to sinks) reads it through one of these.
import type { EventRow } from '../storage/events.repository.js';
import type { Store } from '../storage/store.js';

/** The longest pause while events wait for an older transaction to finish. */
const HELD_BACK_MAX_DELAY_MS = 50;

export interface LogTailerOptions {
  /** Where to start: after this position, or 'head' for only what is committed from now on. */
  from: number | 'head';
  batchSize: number;
  pollMs: number;
  onError: (error: unknown) => void;
  /**
   * While `when` holds (a fan-out with nobody connected here), only events of these types are
   * read, and the position moves on to the head past the rest: the events that keep the
   * consumer's own state right, without the cost of reading every message twice.
   */
  skim?: { when: () => boolean; types: readonly string[] };
}

export class LogTailer {
  private position = 0;
  private running = false;
  private wakeUp: (() => void) | undefined;
  private pending = false;
  private loop: Promise<void> | undefined;

  constructor(
    private readonly store: Store,
    private readonly options: LogTailerOptions,
    private readonly handle: (events: EventRow[]) => Promise<void> | void,
  ) {}

  get lastPosition(): number {
    return this.position;
  }

  async start(): Promise<void> {
    this.position = this.options.from === 'head' ? await this.store.events.headPosition() : this.options.from;
    this.running = true;
    this.loop = this.run();
  }

  /** Something was committed: read now rather than at the next poll. */
  wake(): void {
    this.pending = true;
    this.wakeUp?.();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.wakeUp?.();
    await this.loop;
  }

  private async run(): Promise<void> {
    while (this.running) {
      this.pending = false;
      let events: EventRow[] = [];
      try {
        const skimmed = await this.readSkimming();
        events = skimmed?.events ?? (await this.store.events.readAfter(this.position, this.options.batchSize));
        if (events.length > 0) await this.handle(events);
        const through = skimmed?.through ?? events.at(-1)?.pos;
        if (through !== undefined) this.position = through;
      } catch (error) {
        if (!this.running) break;
        this.options.onError(error);
        await this.sleep(this.options.pollMs);
        continue;
      }
      if (events.length < this.options.batchSize && !this.pending) await this.sleep(await this.nextPollDelay());
    }
  }

  /**
   * The skim's events up to the head, and where they end; undefined when not skimming, or when
   * `when` stopped holding while they were read (someone connected: what was committed since the
   * position is then read in full, so none of it is missed).
   */
  private async readSkimming(): Promise<{ events: EventRow[]; through: number } | undefined> {
    const skim = this.options.skim;
    if (skim === undefined || !skim.when()) return undefined;
    const head = await this.store.events.headPosition();
    const events = await this.store.events.readOfTypesAfter(this.position, head, skim.types, this.options.batchSize);
    if (!skim.when()) return undefined;
    const through = events.length === this.options.batchSize ? (events.at(-1) as EventRow).pos : Math.max(head, this.position);
    return { events, through };
  }

  /** Soon while committed events wait behind an unfinished transaction (PostgreSQL), else the poll. */
  private heldBackFor = 0;
  private async nextPollDelay(): Promise<number> {
    if (!this.store.dialect.commitsOutOfPositionOrder) return this.options.pollMs;
    const heldBack = await this.store.events.committedHead().then(
      (head) => head > this.position,
      () => false,
    );
    this.heldBackFor = heldBack ? Math.min(HELD_BACK_MAX_DELAY_MS, Math.max(1, this.heldBackFor * 2)) : 0;
    return heldBack ? this.heldBackFor : this.options.pollMs;
  }

  private sleep(ms: number): Promise<void> {
    // A commit announced since the last read (while the poll delay was worked out) is read now.
    if (this.pending || !this.running) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wakeUp = () => {
        this.wakeUp = undefined;
        done();
      };
    });
  }
}
