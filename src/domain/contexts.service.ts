// Contexts with a life: the platform keeps each listing, job or booking current with
// PUT /contexts/{type}/{id}, and its state shapes every conversation about it.
//   open       the contact check applies as configured
//   booked     phone numbers and email addresses are allowed (MODERATION_CONTACT_INFO_WHEN_BOOKED)
//   completed, cancelled
//              conversations close after CONTEXT_CLOSE_AFTER_HOURS (0: as the change reaches them)
//   disputed   conversations are frozen (policies.ts) and kept from erasure; a later state thaws them
// A change commits the context row, its `context.updated` and a catch-up marker in one short
// transaction. The conversations are then brought to the new fields and state in batches
// (CATCH_UP_BATCH), each its own transaction that locks its conversations and writes, into each
// whose state changed, the SYSTEM note and `conversation.updated`; other requests run between
// batches, so no change holds the writer for longer than one batch. Per conversation the change
// stays atomic: a send reads the state from the conversation row it locks, so it lands wholly
// before the note or is judged by the new state. A conversation lags while what it shows differs
// from the context row, so one already brought up to date is never noted twice; the marker
// (context_catch_up) lets the next PUT, the next start or the sweep finish a change that a stop
// or crash left half applied. The PUT answers once every batch is applied.
import type { Logger } from 'pino';
import type { Limits } from '../config.js';
import { AppError, invalid, notFound, OUTAGE_RETRY_AFTER_SECONDS } from '../errors.js';
import { type ContextView, presentContext } from '../presenters/contexts.presenter.js';
import type { ContextRow } from '../storage/contexts.repository.js';
import { nowIso } from '../storage/ids.js';
import type { Store } from '../storage/store.js';
import { appendConversationUpdated } from './conversations/views.js';
import type { EventLogSignal } from './event-signal.js';
import { CLOSING, conversationContextOf, describedOnlyByConversations, isContextType, REACHES_BOOKING, shownContextOf } from './context-fields.js';
import { contextSubject } from './analytics.service.js';
import { eventRow } from './events.js';
import { storedMetadata } from './metadata.js';
import type { SendingService } from './messages/sending.service.js';
import type { Actor } from './types.js';

export const CONTEXT_STATES = ['open', 'booked', 'completed', 'disputed', 'cancelled'] as const;
export type ContextState = (typeof CONTEXT_STATES)[number];

export interface ContextInput {
  title?: string | null;
  imageUrl?: string | null;
  url?: string | null;
  ownerId?: string | null;
  state?: ContextState;
  metadata?: Record<string, unknown>;
  /** The platform's version of this context: one not newer than the stored one changes nothing. */
  version?: number;
  /** Or the platform's time of this change: the last write by updatedAt wins. */
  updatedAt?: string;
}

const STATE_NOTES: Record<ContextState, string> = {
  open: 'is open again',
  booked: 'is booked: contact details may now be shared',
  completed: 'is completed',
  cancelled: 'was cancelled',
  disputed: 'is disputed: this conversation is frozen until the dispute is settled',
};

/**
 * Conversations brought to a context's change per transaction. Measured on SQLite with 1,000
 * conversations and sends running: a batch of 50 holds the writer 15-30 ms and the change takes
 * 0.7-1 s (0.4-0.5 s in one transaction, during which sends fell to a seventh of their rate);
 * 100 holds it twice as long for little gain, and 10 or 25 make the change two to four times slower.
 */
const CATCH_UP_BATCH = 50;
/** How many contexts the sweep takes per query. */
const SWEEP_BATCH = 100;
const SWEEP_EVERY_MS = 60_000;

export class ContextsService {
  private sweepTimer: NodeJS.Timeout | undefined;
  private sweeping = false;
  private stopped = false;

  constructor(
    private readonly store: Store,
    private readonly limits: Limits,
    private readonly closeAfterHours: number,
    private readonly signal: EventLogSignal,
    private readonly sending: SendingService,
    private readonly logger: Logger,
    /** Finishes the erasures a dispute held back where it has ended; never rejects. */
    private readonly finishDeferredErasures: () => Promise<void>,
  ) {}

  /**
   * PUT /contexts/{type}/{id} (service key): stores the context, then brings its conversations
   * to it batch by batch and answers once they all show it.
   */
  async upsert(type: string, id: string, given: ContextInput): Promise<{ context: ContextView; created: boolean }> {
    this.checkKey(type, id);
    const input = given.updatedAt === undefined ? given : { ...given, updatedAt: platformTime(given.updatedAt) };
    const metadata = input.metadata === undefined ? undefined : storedMetadata(input.metadata, this.limits);
    const result = await this.store.transaction(async (tx) => {
      const now = nowIso();
      const stored = await tx.contexts.lock(type, id);
      if (stored !== undefined && this.isStale(stored, input)) {
        // Changes nothing, but finishes what an earlier change left undone.
        return { row: stored, created: false, changed: false, behind: await this.isBehind(tx, stored, now), conversations: undefined };
      }
      // Described so far only by its conversations, the context keeps what the first of them said
      // of its title, image and link (as GET showed it) where the platform leaves them out; the
      // owner is the platform's word alone, since a user may name anyone.
      const described = stored === undefined ? await describedOnlyByConversations(tx, type, id) : undefined;
      const shown = stored ?? described;
      const row: ContextRow = {
        type,
        id,
        title: input.title !== undefined ? input.title : (shown?.title ?? null),
        image_url: input.imageUrl !== undefined ? input.imageUrl : (shown?.image_url ?? null),
        url: input.url !== undefined ? input.url : (shown?.url ?? null),
        owner_id: input.ownerId !== undefined ? input.ownerId : (stored?.owner_id ?? null),
        state: input.state ?? stored?.state ?? 'open',
        metadata: metadata ?? stored?.metadata ?? '{}',
        version: input.version ?? stored?.version ?? null,
        updated_at: input.updatedAt ?? now,
        close_at: stored?.close_at ?? null,
        created_at: stored?.created_at ?? now,
        booked_at: stored?.booked_at ?? null,
      };
      if (row.booked_at === null && REACHES_BOOKING.has(row.state)) row.booked_at = now;
      if (stored !== undefined && sameFields(stored, row)) {
        // The same context again: nothing to announce. Only a newer version or time is kept,
        // so that an older change arriving later is still recognised as older.
        const kept = { ...stored, version: row.version, updated_at: input.updatedAt ?? stored.updated_at };
        if (kept.version !== stored.version || kept.updated_at !== stored.updated_at) await tx.contexts.upsert(kept);
        return { row: kept, created: false, changed: false, behind: await this.isBehind(tx, kept, now), conversations: undefined };
      }
      if (row.state !== (stored?.state ?? 'open')) {
        row.close_at = CLOSING.has(row.state) ? new Date(Date.parse(now) + this.closeAfterHours * 3_600_000).toISOString() : null;
      }
      await tx.contexts.upsert(row);
      // Its analytics belong to the owner the platform names, the days before included; until it
      // names one, to the platform alone.
      if (stored === undefined || row.owner_id !== stored.owner_id) await tx.analytics.setContextOwner(contextSubject(type, id), row.owner_id);
      // Conversations about a context described for the first time show only what their creator said.
      if (stored === undefined || conversationContextOf(stored) !== conversationContextOf(row)) await tx.contexts.markBehind(type, id, now);
      const conversations = await tx.contexts.countConversations(type, id);
      await tx.events.append([
        eventRow({ type: 'context.updated', conversationId: null, actorId: null, scope: 'downstream', data: presentContext(row, conversations) }, now),
      ]);
      return { row, created: stored === undefined, changed: true, behind: await this.isBehind(tx, row, now), conversations };
    });
    if (result.changed) this.signal.committed();
    let { row, conversations } = result;
    if (result.behind) {
      if (!(await this.catchUp(type, id))) {
        throw new AppError('UNAVAILABLE', 'Parley is stopping; the change is stored and reaches every conversation after the next start', undefined, {
          retryAfterSeconds: OUTAGE_RETRY_AFTER_SECONDS,
        });
      }
      // Closing conversations at once clears the closing time.
      row = (await this.store.contexts.find(type, id)) ?? row;
    }
    conversations ??= await this.store.contexts.countConversations(type, id);
    return { context: presentContext(row, conversations), created: result.created };
  }

  /** GET /contexts/{type}/{id}: the service key, or a participant of one of its conversations. */
  async get(actor: Actor, type: string, id: string): Promise<ContextView> {
    this.checkKey(type, id);
    const row = (await this.store.contexts.find(type, id)) ?? (await describedOnlyByConversations(this.store, type, id, actor.kind === 'user' ? actor.userId : undefined));
    const visible = row !== undefined && (actor.kind === 'service' || (await this.store.contexts.isParticipant(type, id, actor.userId)));
    if (!visible) throw notFound('context');
    return presentContext(row, await this.store.contexts.countConversations(type, id));
  }

  /**
   * At start and every minute: finishes the changes a stop or crash left half applied, then
   * closes the conversations of contexts whose closing time came (CONTEXT_CLOSE_AFTER_HOURS > 0).
   */
  startClosingSweep(): void {
    const sweep = async () => {
      if (this.sweeping) return;
      this.sweeping = true;
      try {
        const lists = [() => this.store.contexts.listBehind(SWEEP_BATCH), () => this.store.contexts.dueToClose(nowIso(), SWEEP_BATCH)];
        for (const list of lists) {
          for (;;) {
            const contexts = await list();
            for (const context of contexts) {
              if (!(await this.catchUp(context.type, context.id))) return;
            }
            if (contexts.length < SWEEP_BATCH) break;
          }
        }
        await this.finishDeferredErasures();
      } catch (error) {
        this.logger.warn({ err: error }, 'bringing the conversations of changed contexts up to date failed; will retry');
      } finally {
        this.sweeping = false;
      }
    };
    void sweep();
    this.sweepTimer = setInterval(() => void sweep(), SWEEP_EVERY_MS);
    this.sweepTimer.unref();
  }

  /** Ends the sweep; a change being applied stops after its current batch and is finished after the next start. */
  stop(): void {
    this.stopped = true;
    if (this.sweepTimer) clearInterval(this.sweepTimer);
  }

  /**
   * Brings every conversation about the context to its row, one batch per transaction, letting
   * other requests run between batches. False when stopped first (the marker stays).
   */
  private async catchUp(type: string, id: string): Promise<boolean> {
    let after = '';
    let thawed = false;
    for (;;) {
      if (this.stopped) return false;
      const step = await this.store.transaction((tx) => this.catchUpBatch(tx, type, id, after));
      if (step.written) this.signal.committed();
      thawed ||= step.thawed === true;
      if (step.next === undefined) {
        // Awaited: once the PUT that ends a dispute answers, no text of a user erased meanwhile is
        // readable there (finishDeferredErasures never rejects; what fails is tried again by the sweep).
        if (thawed) await this.finishDeferredErasures();
        return true;
      }
      after = step.next;
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
  }

  /**
   * One batch: the next conversations after `after` (in id order) that lag the context or are
   * due to close. `next` is where the following batch starts; undefined once none is left.
   */
  private async catchUpBatch(tx: Store, type: string, id: string, after: string): Promise<{ written: boolean; thawed?: boolean; next?: string }> {
    // The context's turn: a new change to the context waits for this batch, which applies the
    // stored one, and so does another catch-up of it. Two that shared it would lock the same
    // conversations and then both write the context row (its closing): a deadlock.
    await tx.contexts.takeTurn(type, id);
    const seen = await tx.contexts.find(type, id);
    if (seen === undefined) {
      await tx.contexts.caughtUp(type, id, false);
      return { written: false };
    }
    const now = nowIso();
    const shown = shownContextOf(seen);
    const closing = seen.close_at !== null && seen.close_at <= now;
    const behind = await tx.contexts.behind(type, id, shown, closing, after, CATCH_UP_BATCH);
    // Their conversations' turns before anything is locked (PostgreSQL): this transaction's id,
    // and so its notes' positions in the log, then come after every change it waited for (a send
    // that went first is logged before the note that follows it). Then the rows: the context's
    // (sends that read its state finish first; in its turn it is as `seen`), and theirs.
    await tx.conversations.takeTurnsOf(behind);
    const context = (await tx.contexts.lock(type, id)) ?? seen;
    const batch = await tx.contexts.lockConversations(behind);
    await tx.contexts.showOnConversations(
      batch.map((conversation) => conversation.id),
      shown,
      closing,
      now,
    );
    // Those its last state closed open again once the platform moves it on ("completed", then "booked").
    // An OWNER who had closed one by hand before that closes it again.
    if (!CLOSING.has(context.state)) {
      const closedByContext = batch.filter((conversation) => conversation.status === 'closed' && CLOSING.has(conversation.context_state ?? 'open'));
      await tx.contexts.reopenConversations(closedByContext.map((conversation) => conversation.id), now);
    }
    const note = `This ${type} ${STATE_NOTES[context.state as ContextState]}.`;
    const thawed = context.state !== 'disputed' && batch.some((conversation) => conversation.context_state === 'disputed');
    for (const conversation of batch) {
      // A conversation made before its context was described shows no state: it was open.
      const stateChanged = (conversation.context_state ?? 'open') !== context.state;
      if (stateChanged) await this.sending.appendPlatformNote(tx, { ...conversation, context_state: context.state }, note);
      // Every conversation of the batch lagged the context (its fields, its state or its closing):
      // its participants hear of what they now see, a new title as much as a new state.
      await appendConversationUpdated(tx, conversation.id, null, now);
    }
    const written = batch.length > 0;
    const last = behind.at(-1);
    if (last !== undefined && behind.length === CATCH_UP_BATCH) return { written, thawed, next: last };
    // At the end of the ids. A change stored meanwhile may have left earlier ones behind again,
    // and a conversation made about the context since the batch was read may lag it: once the
    // context's row is locked here, every such one has committed and is seen.
    if (await tx.contexts.anyBehind(type, id, shown, closing)) return { written, thawed, next: '' };
    await tx.contexts.caughtUp(type, id, closing);
    return { written, thawed };
  }

  /** Whether conversations may lag the context: a change not yet applied, or a closing time that came. */
  private async isBehind(tx: Store, row: ContextRow, now: string): Promise<boolean> {
    return (row.close_at !== null && row.close_at <= now) || (await tx.contexts.isBehind(row.type, row.id));
  }

  /** A change the platform made before the stored one: out of order, it changes nothing. */
  private isStale(stored: ContextRow, input: ContextInput): boolean {
    if (input.version !== undefined && stored.version !== null) return input.version <= stored.version;
    if (input.updatedAt !== undefined) return input.updatedAt < stored.updated_at;
    return false;
  }

  private checkKey(type: string, id: string): void {
    const max = this.limits.contextFieldLength;
    if (!isContextType(type)) {
      throw invalid('the context type must be 1-128 letters, digits, _ or -', { field: 'type' });
    }
    if (id.length === 0 || id.length > max) throw invalid(`the context id must be 1-${max} characters`, { field: 'id' });
  }
}

/** Whether a context as given says what the stored one says (its version and times aside). */
function sameFields(stored: ContextRow, given: ContextRow): boolean {
  return (
    stored.title === given.title &&
    stored.image_url === given.image_url &&
    stored.url === given.url &&
    stored.owner_id === given.owner_id &&
    stored.state === given.state &&
    stored.metadata === given.metadata
  );
}

/** How far ahead of this instance's clock a platform's `updatedAt` may be (clocks drift). */
const MOST_AHEAD_MS = 24 * 3_600_000;

/**
 * A platform's `updatedAt` as an instant, written as Parley writes times (UTC, milliseconds), so that
 * comparing two of them compares instants, whatever offset or precision each was sent with. A time
 * far in the future is refused: once stored, it would make every later change look older.
 */
function platformTime(updatedAt: string): string {
  const at = Date.parse(updatedAt);
  if (Number.isNaN(at)) throw invalid('updatedAt must be an ISO-8601 date-time', { field: 'updatedAt' });
  if (at > Date.now() + MOST_AHEAD_MS) throw invalid('updatedAt is more than a day ahead of this server', { field: 'updatedAt' });
  return new Date(at).toISOString();
}
