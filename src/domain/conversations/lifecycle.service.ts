// A conversation's life: started (or found again, for DIRECT), changed by its OWNER/ADMINs
// (title, status, metadata), archived or hidden by each participant, deleted for everyone by
// an admin or the platform.
import { createHash } from 'node:crypto';
import type { Limits } from '../../config.js';
import { AppError, invalid, notFound } from '../../errors.js';
import type { ConversationContext, ConversationView } from '../../presenters/conversations.presenter.js';
import { presentConversationDeleted } from '../../presenters/events.presenter.js';
import type { MessageView } from '../../presenters/messages.presenter.js';
import type { ConversationRow, ParticipantRow } from '../../storage/conversations.repository.js';
import { newId, nowIso } from '../../storage/ids.js';
import type { Store } from '../../storage/store.js';
import { ensureLivingUsers, requireLivingActor } from '../users.service.js';
import type { AttachmentsService } from '../attachments.service.js';
import { accessConversation, blockedWithAnyOf } from '../access.js';
import type { EventLogSignal } from '../event-signal.js';
import { contextFieldsForNewConversation } from '../context-fields.js';
import { storedMetadata } from '../metadata.js';
import { eventRow } from '../events.js';
import { scrubDeletedConversationEvents } from '../message-scrub.js';
import type { PreparedContent } from '../messages/content.js';
import type { SendingService } from '../messages/sending.service.js';
import { authorize, deletesForEveryone, statusChangeDenial } from '../policies.js';
import { type AuditLog, auditActor } from '../audit.js';
import type { Actor, ConversationStatus, ConversationType, RequestOrigin, UserActor } from '../types.js';
import type { ParticipantsService } from './participants.service.js';
import { appendConversationUpdated, conversationView, freshViewFor, nameOf } from './views.js';

export interface CreateConversationInput {
  type?: ConversationType;
  participantIds: string[];
  title?: string | null;
  context?: ConversationContext;
  metadata?: Record<string, unknown>;
  message?: string;
  /** The first message's id from the client: as for a send, the same one from the same sender is sent once. */
  clientMessageId?: string;
}

export interface CreateResult {
  conversation: ConversationView;
  /**
   * False when an existing conversation was returned: the DIRECT one for the same pair and
   * context, or the one this creator started before with the same first message's clientMessageId.
   */
  created: boolean;
  message?: MessageView;
}

export interface UpdateConversationInput {
  title?: string | null;
  status?: ConversationStatus;
  metadata?: Record<string, unknown>;
}

/**
 * What makes creating a conversation idempotent, unique in storage (`direct_key`): one DIRECT
 * conversation per user pair per context (directKey), and one conversation of any other type per
 * creator and first message's clientMessageId (retryKey), so a retried create returns the first.
 */
export function retryKey(creatorId: string, clientMessageId: string): string {
  return createHash('sha256').update(JSON.stringify(['created-with', creatorId, clientMessageId])).digest('hex');
}

export function directKey(a: string, b: string, context?: ConversationContext): string {
  const pair = [a, b].sort();
  return createHash('sha256')
    .update(JSON.stringify([...pair, context?.type ?? null, context?.id ?? null]))
    .digest('hex');
}

const STATUS_NOTES: Record<ConversationStatus, string> = {
  active: 'reopened the conversation',
  archived: 'archived the conversation',
  closed: 'closed the conversation',
};

export class ConversationLifecycleService {
  constructor(
    private readonly store: Store,
    private readonly limits: Limits,
    private readonly signal: EventLogSignal,
    private readonly sending: SendingService,
    private readonly participants: ParticipantsService,
    private readonly audit: AuditLog,
    private readonly attachments: AttachmentsService,
  ) {}

  async create(actor: UserActor, input: CreateConversationInput): Promise<CreateResult> {
    const others = [...new Set(input.participantIds)].filter((id) => id !== actor.userId);
    const type: ConversationType = input.type ?? (others.length === 1 ? 'DIRECT' : 'GROUP');
    if (type === 'DIRECT' && others.length !== 1) {
      throw invalid('a DIRECT conversation takes exactly one other participant', { field: 'participantIds' });
    }
    // A SUPPORT or THERAPY conversation may start with its client alone, an agent joining later.
    if (type === 'GROUP' && others.length === 0) {
      // Without a type, the caller meant to talk to someone: say so, not what a GROUP needs.
      const message = input.type === undefined ? 'participantIds must name at least one user other than you' : 'a GROUP takes at least one other participant';
      throw invalid(message, { field: 'participantIds' });
    }
    if (others.length + 1 > this.limits.groupParticipants) {
      throw invalid(`a conversation has at most ${this.limits.groupParticipants} participants`, {
        field: 'participantIds',
      });
    }
    if (input.clientMessageId !== undefined && input.message === undefined) {
      throw invalid('clientMessageId names the first message: send it with message', { field: 'clientMessageId' });
    }
    const metadata = storedMetadata(input.metadata ?? {}, this.limits);
    const context = input.context;
    const contextState = context && (() => this.store.contexts.find(context.type, context.id).then((row) => row?.state ?? null));
    const prepared: PreparedContent | undefined =
      input.message === undefined ? undefined : await this.sending.prepare(actor.userId, input.message, [], contextState);
    const key =
      type === 'DIRECT'
        ? directKey(actor.userId, others[0] as string, input.context)
        : input.clientMessageId === undefined
          ? null
          : retryKey(actor.userId, input.clientMessageId);

    const attempt = () => {
      const work = async (tx: Store) => {
        const now = nowIso();
        let conversation = key === null ? undefined : await tx.conversations.findByDirectKey(key);
        // An existing one's turn before the users are locked, as an erasure takes them: one that
        // appeared since it was looked for outside this transaction is locked here.
        if (conversation !== undefined && !(await tx.conversations.lockById(conversation.id))) throw notFound('conversation');
        await requireLivingActor(tx, actor.userId);
        await ensureLivingUsers(tx, others, now);
        const blocked = await blockedWithAnyOf(tx, actor.userId, others);
        authorize(actor, 'create', { conversation: { type, status: 'active' }, blocked });
        const created = conversation === undefined;
        if (conversation === undefined) {
          conversation = this.newConversation(actor, type, key, metadata, input, now);
          // A context the platform already described (and its state) applies from the start.
          const known = input.context && (await contextFieldsForNewConversation(tx, input.context.type, input.context.id));
          if (known) conversation = { ...conversation, ...known };
          await tx.conversations.insert(conversation);
          const member = (userId: string, role: string): ParticipantRow => ({
            conversation_id: (conversation as ConversationRow).id,
            user_id: userId,
            role,
            joined_at: now,
            last_read_seq: 0,
            last_read_at: null,
            archived: 0,
            hidden: 0,
            left_at: null,
          });
          await tx.conversations.addParticipants([member(actor.userId, 'OWNER'), ...others.map((userId) => member(userId, 'MEMBER'))]);
          const view = await conversationView(tx, conversation);
          await tx.events.append([
            eventRow({ type: 'conversation.created', conversationId: conversation.id, actorId: actor.userId, data: view }, now),
          ]);
        } else {
          await tx.conversations.reopenFor(conversation.id, actor.userId);
        }
        // The turn lockForSend asks for: lockById took it for an existing conversation; a new
        // one is seen by no other transaction until this one commits.
        const sent =
          prepared === undefined
            ? undefined
            : await this.sending.sendAsUser(
                tx,
                actor,
                await tx.conversations.lockForSend(conversation.id, actor.userId),
                { content: prepared.content, ...(input.clientMessageId !== undefined ? { clientMessageId: input.clientMessageId } : {}) },
                prepared,
              );
        return { conversation: await freshViewFor(tx, conversation.id, actor.userId), created, message: sent?.message };
      };
      // An existing conversation is written to in its turn, with its other writers (Store.transactionInTurnOf).
      return key === null
        ? this.store.transaction(work)
        : this.store.transactionInTurnOfFound(async (store) => (await store.conversations.findByDirectKey(key))?.id, work);
    };

    let result: CreateResult;
    try {
      result = await attempt();
    } catch (error) {
      // Two first messages between the same pair (or one create sent twice) raced; the loser finds the winner's conversation.
      if (key !== null && this.store.dialect.isUniqueViolation(error)) result = await attempt();
      else throw error;
    }
    this.signal.committed();
    return result;
  }

  private newConversation(
    actor: UserActor,
    type: ConversationType,
    key: string | null,
    metadata: string,
    input: CreateConversationInput,
    now: string,
  ): ConversationRow {
    return {
      id: newId(),
      type,
      title: input.title ?? null,
      status: 'active',
      context_type: input.context?.type ?? null,
      context_id: input.context?.id ?? null,
      context_title: input.context?.title ?? null,
      context: input.context ? JSON.stringify(input.context) : null,
      metadata,
      created_by: actor.userId,
      direct_key: key,
      last_seq: 0,
      last_message_id: null,
      last_message_sender_id: null,
      last_message_preview: null,
      last_message_at: null,
      activity_at: now,
      created_at: now,
      updated_at: now,
      context_state: null,
      first_message_at: null,
      first_sender_id: null,
      first_reply_at: null,
    };
  }

  /** OWNER/ADMIN change title, status or metadata; a status change leaves a SYSTEM message. */
  async update(actor: UserActor, conversationId: string, input: UpdateConversationInput): Promise<ConversationView> {
    const view = await this.store.transactionInTurnOf(conversationId, async (tx) => {
      // Who the caller is comes before what they sent.
      const { conversation } = await accessConversation(tx, actor, 'update', conversationId, { lock: true });
      const denial = input.status === undefined ? null : statusChangeDenial(conversation, input.status);
      if (denial !== null) throw new AppError(denial.code, denial.message);
      const metadata = input.metadata === undefined ? undefined : storedMetadata(input.metadata, this.limits);
      const now = nowIso();
      if (input.status !== undefined && input.status !== conversation.status) {
        await this.sending.appendSystemNote(tx, conversation, actor.profile, `${nameOf(actor.profile)} ${STATUS_NOTES[input.status]}`);
      }
      await tx.conversations.update(
        conversationId,
        {
          ...(input.title !== undefined ? { title: input.title } : {}),
          ...(input.status !== undefined ? { status: input.status } : {}),
          ...(metadata !== undefined ? { metadata } : {}),
        },
        now,
      );
      await appendConversationUpdated(tx, conversationId, actor.userId, now);
      return freshViewFor(tx, conversationId, actor.userId);
    });
    this.signal.committed();
    return view;
  }

  /** The caller's own archive flag; nobody else sees it. */
  async setArchived(actor: UserActor, conversationId: string, archived: boolean): Promise<ConversationView> {
    await accessConversation(this.store, actor, 'archive', conversationId);
    await this.store.conversations.setArchived(conversationId, actor.userId, archived);
    return freshViewFor(this.store, conversationId, actor.userId);
  }

  /**
   * DELETE /conversations/{id}: an admin or the service key deletes it for everyone; a
   * participant hides a DIRECT conversation (a new message brings it back) or leaves any other.
   */
  async remove(actor: Actor, conversationId: string, origin: RequestOrigin): Promise<void> {
    if (deletesForEveryone(actor)) return this.deleteForEveryone(actor, conversationId, origin);
    const user = actor as UserActor;
    const { conversation } = await accessConversation(this.store, user, 'archive', conversationId);
    if (conversation.type === 'DIRECT') {
      await this.store.conversations.hide(conversationId, user.userId);
      return;
    }
    await this.participants.remove(user, conversationId, user.userId);
  }

  private async deleteForEveryone(actor: Actor, conversationId: string, origin: RequestOrigin): Promise<void> {
    const removedFiles = await this.store.transactionInTurnOf(conversationId, async (tx) => {
      await accessConversation(tx, actor, 'deleteForEveryone', conversationId, { lock: true });
      const participants = await tx.conversations.allParticipants(conversationId);
      const now = nowIso();
      // Its files go with its messages: hidden at once, their bytes removed after the commit.
      const files = await tx.attachments.markDeletedForConversation(conversationId, now);
      await tx.search.removeConversation(conversationId);
      const actorId = actor.kind === 'user' ? actor.userId : null;
      // Its open reports are closed by the deletion, and kept: the reporters' record and the moderators'.
      await tx.reports.resolveOpenIn(conversationId, { resolution: 'conversation deleted', note: null, by: actorId, at: now });
      await scrubDeletedConversationEvents(tx, conversationId, now);
      // Their exports still list the moderators' reads of it (the audit log keeps those).
      await tx.privacy.rememberFormerMembers(conversationId, now);
      await tx.conversations.delete(conversationId);
      // The conversation's members can no longer be looked up, so each hears of it by name.
      await tx.events.append(
        participants.map((p) =>
          eventRow(
            { type: 'conversation.deleted', conversationId, actorId, scope: 'user', audienceUserId: p.user_id, data: presentConversationDeleted(conversationId, now, p.user_id) },
            now,
          ),
        ),
      );
      await this.audit.append(tx, {
        actor: auditActor(actor, origin),
        action: 'conversation.deleted',
        target: { type: 'conversation', id: conversationId, conversationId },
      });
      return files;
    });
    this.signal.committed();
    if (removedFiles.length > 0) await this.attachments.removeStored(removedFiles);
  }
}
