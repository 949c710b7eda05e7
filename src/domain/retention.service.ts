// Message retention (MESSAGE_RETENTION_DAYS, and MESSAGE_RETENTION_DAYS_<TYPE> for the
// conversations about a context of one type): a message older than its conversation's limit
// becomes a tombstone, and every copy of its text and its files go, as in an erasure
// (message-scrub.ts), each announced with `message.deleted`. Conversations in a disputed context
// wait until the dispute ends.
//
// It runs in the background on the delivering instance, in small transactions with a pause after
// each, so a send never queues behind it for long. A message's age is its id's (UUIDv7: the time
// it was made), so the sweep walks the messages table's primary key: each pass reads, per rule,
// only the ids that came of age since the last pass (after a start, everything once), in pages
// bounded by rows read, not by rows found.
import type { Logger } from 'pino';
import { contextTypeKey } from '../config.js';
import type { Timings } from '../timings.js';
import { firstIdAt, nowIso } from '../storage/ids.js';
import type { AgedMessage } from '../storage/privacy.repository.js';
import type { Store } from '../storage/store.js';
import type { AttachmentsService } from './attachments.service.js';
import type { EventLogSignal } from './event-signal.js';
import { MessageScrub } from './message-scrub.js';

/** Messages read per page of the walk. */
const SCAN_PAGE = 1_000;
/** Messages scrubbed per transaction. */
const BATCH = 100;
const DAY_MS = 86_400_000;

export interface RetentionPolicy {
  /** Days a message is kept (0: for ever)... */
  days: number;
  /** ...unless its conversation's context type has its own (keys by `contextTypeKey`). */
  daysByContextType: ReadonlyMap<string, number>;
}

export interface RetentionReport {
  /** Messages made tombstones in this pass. */
  tombstoned: number;
  /** Conversations passed over because their context is disputed. */
  waiting: number;
}

/** Which messages one limit applies to: one context type's, or all the others'. */
interface Rule {
  key: string;
  days: number;
  applies(contextType: string | null): boolean;
}

export class RetentionService {
  private readonly rules: Rule[];
  /** Per rule, the id up to which this process has looked at every message. */
  private readonly walked = new Map<string, string>();
  /** Disputed conversations passed over, with their rule: looked at again each pass. */
  private readonly waiting = new Map<string, Rule>();
  private chain: Promise<unknown> = Promise.resolve();
  private timer: NodeJS.Timeout | undefined;
  private running = false;
  /** Set by `stop`: a pass in hand ends after its current batch. */
  private stopping = false;

  constructor(
    private readonly store: Store,
    policy: RetentionPolicy,
    private readonly timings: Pick<Timings, 'retentionEveryMs' | 'retentionPauseMs'>,
    private readonly signal: EventLogSignal,
    private readonly attachments: AttachmentsService,
    private readonly logger: Logger,
  ) {
    const typed = [...policy.daysByContextType];
    const overridden = new Set(typed.map(([key]) => key));
    this.rules = [
      ...typed.map(([key, days]) => ({ key: `type:${key}`, days, applies: (type: string | null) => type !== null && contextTypeKey(type) === key })),
      { key: 'default', days: policy.days, applies: (type: string | null) => type === null || !overridden.has(contextTypeKey(type)) },
    ].filter((rule) => rule.days > 0);
  }

  get enabled(): boolean {
    return this.rules.length > 0;
  }

  /** Sweeps now and then every `retentionEveryMs`, until `stop` (the delivery leader runs it). */
  start(): void {
    if (!this.enabled || this.running) return;
    this.running = true;
    this.stopping = false;
    const tick = () => {
      void this.runOnce()
        .catch((error: unknown) => this.logger.warn({ err: error }, 'message retention failed; will retry'))
        .finally(() => {
          if (!this.running) return;
          this.timer = setTimeout(tick, this.timings.retentionEveryMs);
          this.timer.unref();
        });
    };
    tick();
  }

  /** Stops after the batch in hand. */
  async stop(): Promise<void> {
    this.running = false;
    this.stopping = true;
    if (this.timer) clearTimeout(this.timer);
    await this.chain;
  }

  /** One whole pass over what is due now; a call made during a pass runs after it. */
  runOnce(): Promise<RetentionReport> {
    const pass = this.chain.then(() => this.pass());
    this.chain = pass.catch(() => {});
    return pass;
  }

  private async pass(): Promise<RetentionReport> {
    const now = Date.now();
    let tombstoned = 0;
    for (const [conversationId, rule] of [...this.waiting]) {
      if ((await this.store.conversations.contextStateOf({ conversationId })) === 'disputed') continue;
      this.waiting.delete(conversationId);
      const before = firstIdAt(now - rule.days * DAY_MS);
      for (;;) {
        const ids = await this.store.privacy.pendingBefore(conversationId, before, BATCH);
        if (ids.length === 0) break;
        const done = await this.scrub(ids.map((id) => ({ id, conversation_id: conversationId })), rule);
        tombstoned += done;
        // Disputed again meanwhile (waiting once more), or nothing left to do.
        if (done === 0 || ids.length < BATCH || this.stopping) break;
      }
    }
    for (const rule of this.rules) {
      if (this.stopping) break;
      tombstoned += await this.walk(rule, firstIdAt(now - rule.days * DAY_MS));
    }
    // SQLite's full-text index keeps removed words until its segments are merged.
    if (tombstoned > 0) await this.store.search.compact();
    if (tombstoned > 0) this.store.dropOldPageVersions();
    if (tombstoned > 0) this.logger.info({ tombstoned }, 'message retention made tombstones');
    return { tombstoned, waiting: this.waiting.size };
  }

  /** Walks one rule's messages from where the last pass stopped up to `before`. */
  private async walk(rule: Rule, before: string): Promise<number> {
    let tombstoned = 0;
    for (;;) {
      const page = await this.store.privacy.agedMessages(this.walked.get(rule.key) ?? null, before, SCAN_PAGE);
      const due: AgedMessage[] = [];
      for (const row of page) {
        if (row.pending !== 1 || !rule.applies(row.context_type)) continue;
        if (row.context_state === 'disputed') this.waiting.set(row.conversation_id, rule);
        else due.push(row);
      }
      for (let i = 0; i < due.length; i += BATCH) tombstoned += await this.scrub(due.slice(i, i + BATCH), rule);
      const last = page.at(-1);
      if (last) this.walked.set(rule.key, last.id);
      if (page.length < SCAN_PAGE || this.stopping) return tombstoned;
      await this.rest();
    }
  }

  /** One transaction: the batch's conversations held, those disputed by now left waiting. */
  private async scrub(batch: Pick<AgedMessage, 'id' | 'conversation_id'>[], rule: Rule): Promise<number> {
    const now = nowIso();
    const { tombstoned, files } = await this.store.transaction(async (tx) => {
      // In the conversations' turns: the tombstones are logged after every change that went first.
      await tx.conversations.takeTurnsOf(batch.map((row) => row.conversation_id));
      const locked = await tx.privacy.lockConversations(batch.map((row) => row.conversation_id));
      const disputed = new Set(locked.filter((c) => c.context_state === 'disputed').map((c) => c.id));
      for (const conversationId of disputed) this.waiting.set(conversationId, rule);
      const scrub = new MessageScrub(tx, now, { announce: true });
      await scrub.add(batch.filter((row) => !disputed.has(row.conversation_id)).map((row) => row.id));
      return scrub.finish();
    });
    if (tombstoned > 0) this.signal.committed();
    await this.attachments.removeStored(files);
    await this.rest();
    return tombstoned;
  }

  private rest(): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, this.timings.retentionPauseMs));
  }
}
