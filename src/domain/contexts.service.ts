// Contexts with a life: the platform keeps each listing, job or booking current with
// PUT /contexts/{type}/{id}, and its state shapes every conversation about it.
//   open       the contact check applies as configured
//   booked     phone numbers and email addresses are allowed (MODERATION_CONTACT_INFO_WHEN_BOOKED)
//   completed, cancelled
//              conversations close after CONTEXT_CLOSE_AFTER_HOURS (0: in the same transaction)
//   disputed   conversations are frozen (policies.ts) and kept from erasure; a later state thaws them
// A state change writes a SYSTEM message into each conversation, `conversation.updated` for each
// and one `context.updated`, all in one transaction that holds each conversation's row: a send
// racing it lands wholly before the change or is judged by the new state.
import type { Logger } from 'pino';
import type { Limits } from '../config.js';
import { invalid, notFound } from '../errors.js';
import { type ContextView, presentContext } from '../presenters/contexts.presenter.js';
import type { ContextRow } from '../storage/contexts.repository.js';
import type { ConversationRow } from '../storage/conversations.repository.js';
import { nowIso } from '../storage/ids.js';
import type { Store } from '../storage/store.js';
import { appendConversationUpdated } from './conversations/views.js';
import type { EventLogSignal } from './event-signal.js';
import { CLOSING, conversationContextOf } from './context-fields.js';
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

/** How many contexts the closing sweep handles per pass. */
const SWEEP_BATCH = 100;
const SWEEP_EVERY_MS = 60_000;

export class ContextsService {
  private sweepTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly store: Store,
    private readonly limits: Limits,
    private readonly closeAfterHours: number,
    private readonly signal: EventLogSignal,
    private readonly sending: SendingService,
    private readonly logger: Logger,
  ) {}

  /** PUT /contexts/{type}/{id} (service key): stores the context and applies a state change. */
  async upsert(type: string, id: string, input: ContextInput): Promise<{ context: ContextView; created: boolean }> {
    this.checkKey(type, id);
    const metadata = input.metadata === undefined ? undefined : storedMetadata(input.metadata, this.limits);
    const result = await this.store.transaction(async (tx) => {
      const now = nowIso();
      const stored = await tx.contexts.lock(type, id);
      if (stored !== undefined && this.isStale(stored, input)) {
        return { row: stored, created: false, changed: false };
      }
      const row: ContextRow = {
        type,
        id,
        title: input.title !== undefined ? input.title : (stored?.title ?? null),
        image_url: input.imageUrl !== undefined ? input.imageUrl : (stored?.image_url ?? null),
        url: input.url !== undefined ? input.url : (stored?.url ?? null),
        owner_id: input.ownerId !== undefined ? input.ownerId : (stored?.owner_id ?? null),
        state: input.state ?? stored?.state ?? 'open',
        metadata: metadata ?? stored?.metadata ?? '{}',
        version: input.version ?? stored?.version ?? null,
        updated_at: input.updatedAt ?? now,
        close_at: stored?.close_at ?? null,
        created_at: stored?.created_at ?? now,
      };
      const stateChanged = row.state !== (stored?.state ?? 'open');
      if (stateChanged) {
        row.close_at = CLOSING.has(row.state) ? new Date(Date.parse(now) + this.closeAfterHours * 3_600_000).toISOString() : null;
      }
      await tx.contexts.upsert(row);
      const conversations = await tx.contexts.lockConversations(type, id);
      await tx.contexts.applyToConversations(type, id, conversationContextOf(row), row.title, row.state, now);
      if (stateChanged) {
        for (const conversation of conversations) {
          const fresh = { ...conversation, context_state: row.state } as ConversationRow;
          await this.sending.appendPlatformNote(tx, fresh, `This ${type} ${STATE_NOTES[row.state as ContextState]}.`);
          await appendConversationUpdated(tx, conversation.id, null, now);
        }
        if (row.close_at !== null && row.close_at <= now) await this.closeConversations(tx, row, now);
      }
      await tx.events.append([
        eventRow({ type: 'context.updated', conversationId: null, actorId: null, scope: 'downstream', data: presentContext(row, conversations.length) }, now),
      ]);
      return { row, created: stored === undefined, changed: true };
    });
    if (result.changed) this.signal.committed();
    return {
      context: presentContext(result.row, await this.store.contexts.countConversations(type, id)),
      created: result.created,
    };
  }

  /** GET /contexts/{type}/{id}: the service key, or a participant of one of its conversations. */
  async get(actor: Actor, type: string, id: string): Promise<ContextView> {
    this.checkKey(type, id);
    const row = await this.store.contexts.find(type, id);
    const visible = row !== undefined && (actor.kind === 'service' || (await this.store.contexts.isParticipant(type, id, actor.userId)));
    if (!visible) throw notFound('context');
    return presentContext(row, await this.store.contexts.countConversations(type, id));
  }

  /** Closes the conversations of contexts whose closing time came (CONTEXT_CLOSE_AFTER_HOURS > 0). */
  startClosingSweep(): void {
    const sweep = async () => {
      try {
        for (;;) {
          const due = await this.store.contexts.dueToClose(nowIso(), SWEEP_BATCH);
          for (const context of due) {
            await this.store.transaction(async (tx) => {
              const row = await tx.contexts.lock(context.type, context.id);
              if (row?.close_at && row.close_at <= nowIso()) await this.closeConversations(tx, row, nowIso());
            });
          }
          if (due.length > 0) this.signal.committed();
          if (due.length < SWEEP_BATCH) break;
        }
      } catch (error) {
        this.logger.warn({ err: error }, 'closing conversations of finished contexts failed; will retry');
      }
    };
    void sweep();
    this.sweepTimer = setInterval(() => void sweep(), SWEEP_EVERY_MS);
    this.sweepTimer.unref();
  }

  stop(): void {
    if (this.sweepTimer) clearInterval(this.sweepTimer);
  }

  private async closeConversations(tx: Store, context: ContextRow, now: string): Promise<void> {
    for (const conversation of await tx.contexts.lockConversations(context.type, context.id)) {
      if (conversation.status === 'closed') continue;
      await tx.conversations.update(conversation.id, { status: 'closed' }, now);
      await appendConversationUpdated(tx, conversation.id, null, now);
    }
    await tx.contexts.clearCloseAt(context.type, context.id);
  }

  /** A change the platform made before the stored one: repeated or out of order, it changes nothing. */
  private isStale(stored: ContextRow, input: ContextInput): boolean {
    if (input.version !== undefined && stored.version !== null) return input.version <= stored.version;
    if (input.updatedAt !== undefined) return input.updatedAt < stored.updated_at;
    return false;
  }

  private checkKey(type: string, id: string): void {
    const max = this.limits.contextFieldLength;
    if (type.length === 0 || type.length > 128 || !/^[a-z][a-z0-9_-]*$/i.test(type)) {
      throw invalid('the context type must be 1-128 letters, digits, _ or -', { field: 'type' });
    }
    if (id.length === 0 || id.length > max) throw invalid(`the context id must be 1-${max} characters`, { field: 'id' });
  }
}
