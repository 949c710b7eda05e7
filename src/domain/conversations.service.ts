import { createHash } from 'node:crypto';
import type { Limits } from '../config.js';
import { AppError, forbidden, invalid, notFound } from '../errors.js';
import {
  type ConversationContext,
  type ConversationView,
  presentConversation,
} from '../presenters/conversations.presenter.js';
import type { MessageView } from '../presenters/messages.presenter.js';
import type {
  ConversationFilters,
  ConversationForUser,
  ConversationRow,
  ParticipantRow,
} from '../storage/conversations.repository.js';
import { newId, nowIso } from '../storage/ids.js';
import type { Store } from '../storage/store.js';
import { decodeCursor, encodeCursor } from './cursors.js';
import type { EventLogSignal } from './event-signal.js';
import { eventRow } from './events.js';
import type { MessagesService } from './messages.service.js';
import { canManageConversation, isAdmin } from './policies.js';
import type { Actor, ConversationStatus, ConversationType, Page, ParticipantRole, UserActor } from './types.js';
import type { UserRow } from '../storage/users.repository.js';

export interface CreateConversationInput {
  type?: ConversationType;
  participantIds: string[];
  title?: string | null;
  context?: ConversationContext;
  metadata?: Record<string, unknown>;
  message?: string;
}

export interface CreateResult {
  conversation: ConversationView;
  /** False when an existing DIRECT conversation for the same pair and context was returned. */
  created: boolean;
  message?: MessageView;
}

export interface UpdateConversationInput {
  title?: string | null;
  status?: ConversationStatus;
  metadata?: Record<string, unknown>;
}

export interface ReadResult {
  lastReadSeq: number;
  unreadCount: number;
}

/** One DIRECT conversation per user pair per context: this key is unique in storage. */
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

/** How a user is named in SYSTEM messages. */
const nameOf = (user: Pick<UserRow, 'id' | 'display_name' | 'username'> | undefined, fallback?: string) =>
  user?.display_name ?? user?.username ?? user?.id ?? fallback ?? 'someone';

export class ConversationsService {
  constructor(
    private readonly store: Store,
    private readonly limits: Limits,
    private readonly signal: EventLogSignal,
    private readonly messages: MessagesService,
  ) {}

  checkMetadata(metadata: Record<string, unknown>): string {
    const json = JSON.stringify(metadata);
    if (Buffer.byteLength(json, 'utf8') > this.limits.metadataBytes) {
      throw invalid(`metadata must be at most ${this.limits.metadataBytes} bytes of JSON`, { field: 'metadata' });
    }
    return json;
  }

  async create(actor: UserActor, input: CreateConversationInput): Promise<CreateResult> {
    const others = [...new Set(input.participantIds)].filter((id) => id !== actor.userId);
    const type: ConversationType = input.type ?? (others.length === 1 ? 'DIRECT' : 'GROUP');
    if (type === 'DIRECT' && others.length !== 1) {
      throw invalid('a DIRECT conversation takes exactly one other participant', { field: 'participantIds' });
    }
    if (others.length + 1 > this.limits.groupParticipants) {
      throw invalid(`a conversation has at most ${this.limits.groupParticipants} participants`, {
        field: 'participantIds',
      });
    }
    const metadata = this.checkMetadata(input.metadata ?? {});
    const content = input.message === undefined ? undefined : this.messages.normalizeContent(input.message);
    const key = type === 'DIRECT' ? directKey(actor.userId, others[0] as string, input.context) : null;

    const attempt = () =>
      this.store.transaction(async (tx) => {
        const now = nowIso();
        await tx.users.ensureExist(others, now);
        if (type === 'DIRECT' && (await tx.blocks.existsBetween(actor.userId, others[0] as string))) {
          throw new AppError('USER_BLOCKED', 'a block between you and this user stops a direct conversation');
        }
        let conversation = key === null ? undefined : await tx.conversations.findByDirectKey(key);
        const created = conversation === undefined;
        if (conversation === undefined) {
          conversation = {
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
          };
          await tx.conversations.insert(conversation);
          const member = (userId: string, role: string): ParticipantRow => ({
            conversation_id: conversation!.id,
            user_id: userId,
            role,
            joined_at: now,
            last_read_seq: 0,
            last_read_at: null,
            archived: 0,
            hidden: 0,
            left_at: null,
          });
          await tx.conversations.addParticipants([
            member(actor.userId, 'OWNER'),
            ...others.map((userId) => member(userId, 'MEMBER')),
          ]);
          const view = await this.view(tx, conversation);
          await tx.events.append([
            eventRow({ type: 'conversation.created', conversationId: conversation.id, actorId: actor.userId, data: view }, now),
          ]);
        } else {
          conversation = await tx.conversations.lockById(conversation.id);
          if (!conversation) throw notFound('conversation');
          await tx.conversations.reopenFor(conversation.id, actor.userId);
        }
        const sent =
          content === undefined
            ? undefined
            : await this.messages.appendMessage(tx, conversation, actor.profile, { content });
        const fresh = (await tx.conversations.findForParticipant(conversation.id, actor.userId)) as ConversationForUser;
        return { conversation: await this.viewFor(tx, fresh), created, message: sent?.message };
      });

    let result: CreateResult;
    try {
      result = await attempt();
    } catch (error) {
      // Two first messages between the same pair raced; the loser finds the winner's conversation.
      if (key !== null && this.store.dialect.isUniqueViolation(error)) result = await attempt();
      else throw error;
    }
    this.signal.committed();
    return result;
  }

  async list(
    actor: UserActor,
    filters: ConversationFilters,
    cursor: string | undefined,
    limit: number,
  ): Promise<Page<ConversationView>> {
    const after = cursor === undefined ? undefined : decodeCursor(cursor, { activityAt: 'string', id: 'string' });
    const rows = await this.store.conversations.listForUser(actor.userId, filters, after, limit + 1);
    const page = rows.slice(0, limit);
    const participants = await this.store.conversations.listParticipants(page.map((r) => r.id));
    const data = page.map((row) =>
      presentConversation(row, participants.get(row.id) ?? [], {
        lastReadSeq: row.viewer_last_read_seq,
        archived: row.viewer_archived === 1,
      }),
    );
    const last = page.at(-1);
    return {
      data,
      nextCursor: rows.length > limit && last ? encodeCursor({ activityAt: last.activity_at, id: last.id }) : null,
    };
  }

  async get(actor: UserActor, conversationId: string): Promise<ConversationView> {
    const row = await this.store.conversations.findForParticipant(conversationId, actor.userId);
    if (!row) throw notFound('conversation');
    return this.viewFor(this.store, row);
  }

  /**
   * Moves the actor's read pointer up to a message (default: the latest). Pointers never move
   * back; moving one writes message.read.
   */
  async markRead(actor: UserActor, conversationId: string, messageId?: string): Promise<ReadResult> {
    const { result, moved } = await this.store.transaction(async (tx) => {
      const conversation = await tx.conversations.findForParticipant(conversationId, actor.userId);
      if (!conversation) throw notFound('conversation');
      let seq = conversation.last_seq;
      let readMessageId = conversation.last_message_id;
      if (messageId !== undefined) {
        const message = await tx.messages.findById(messageId);
        if (!message || message.conversation_id !== conversationId) throw notFound('message');
        seq = message.seq;
        readMessageId = message.id;
      }
      const now = nowIso();
      const moved = seq > 0 && (await tx.conversations.advanceReadPointer(conversationId, actor.userId, seq, now));
      if (moved) {
        await tx.events.append([
          eventRow(
            {
              type: 'message.read',
              conversationId,
              actorId: actor.userId,
              data: { conversationId, userId: actor.userId, lastReadSeq: seq, messageId: readMessageId, readAt: now },
            },
            now,
          ),
        ]);
      }
      const lastReadSeq = moved ? seq : conversation.viewer_last_read_seq;
      return { result: { lastReadSeq, unreadCount: Math.max(0, conversation.last_seq - lastReadSeq) }, moved };
    });
    if (moved) this.signal.committed();
    return result;
  }

  /** POST /messages/{id}/read: the conversation of a message, read up to that message. */
  async markReadThrough(actor: UserActor, messageId: string): Promise<ReadResult> {
    const message = await this.store.messages.findById(messageId);
    if (!message) throw notFound('message');
    return this.markRead(actor, message.conversation_id, message.id);
  }

  /** OWNER/ADMIN change title, status or metadata; a status change leaves a SYSTEM message. */
  async update(actor: UserActor, conversationId: string, input: UpdateConversationInput): Promise<ConversationView> {
    const metadata = input.metadata === undefined ? undefined : this.checkMetadata(input.metadata);
    const view = await this.store.transaction(async (tx) => {
      const conversation = await this.managedBy(tx, actor, conversationId);
      const now = nowIso();
      if (input.status !== undefined && input.status !== conversation.status) {
        await this.messages.appendMessage(tx, conversation, actor.profile, { content: `${nameOf(actor.profile)} ${STATUS_NOTES[input.status]}` }, { system: true });
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
      await this.appendUpdated(tx, conversationId, actor.userId, now);
      return this.viewFor(tx, (await tx.conversations.findForParticipant(conversationId, actor.userId)) as ConversationForUser);
    });
    this.signal.committed();
    return view;
  }

  /** The caller's own archive flag; nobody else sees it. */
  async setArchived(actor: UserActor, conversationId: string, archived: boolean): Promise<ConversationView> {
    const row = await this.store.conversations.findForParticipant(conversationId, actor.userId);
    if (!row) throw notFound('conversation');
    await this.store.conversations.setArchived(conversationId, actor.userId, archived);
    return this.viewFor(this.store, { ...row, viewer_archived: archived ? 1 : 0 });
  }

  /**
   * DELETE /conversations/{id}: an admin or the service key deletes it for everyone; a
   * participant hides a DIRECT conversation (a new message brings it back) or leaves any other.
   */
  async remove(actor: Actor, conversationId: string): Promise<void> {
    if (isAdmin(actor)) {
      const participant = actor.kind === 'user' ? await this.store.conversations.findParticipant(conversationId, actor.userId) : undefined;
      if (actor.kind === 'service' || actor.role === 'admin' || participant) return this.deleteForEveryone(actor, conversationId);
    }
    const user = actor as UserActor;
    const row = await this.store.conversations.findForParticipant(conversationId, user.userId);
    if (!row) throw notFound('conversation');
    if (row.type === 'DIRECT') {
      await this.store.conversations.hide(conversationId, user.userId);
      return;
    }
    await this.removeParticipant(user, conversationId, user.userId);
  }

  private async deleteForEveryone(actor: Actor, conversationId: string): Promise<void> {
    await this.store.transaction(async (tx) => {
      const conversation = await tx.conversations.lockById(conversationId);
      if (!conversation) throw notFound('conversation');
      const participants = await tx.conversations.allParticipants(conversationId);
      await tx.conversations.delete(conversationId);
      const now = nowIso();
      const actorId = actor.kind === 'user' ? actor.userId : null;
      // The conversation's members can no longer be looked up, so each hears of it by name.
      await tx.events.append(
        participants.map((p) =>
          eventRow(
            { type: 'conversation.deleted', conversationId, actorId, scope: 'user', audienceUserId: p.user_id, data: { id: conversationId, deletedAt: now } },
            now,
          ),
        ),
      );
    });
    this.signal.committed();
  }

  /** OWNER/ADMIN add users (or change the role of present ones); not for DIRECT conversations. */
  async addParticipants(actor: UserActor, conversationId: string, userIds: string[], role: ParticipantRole = 'MEMBER'): Promise<ConversationView> {
    const ids = [...new Set(userIds)];
    const view = await this.store.transaction(async (tx) => {
      const conversation = await this.managedBy(tx, actor, conversationId);
      if (conversation.type === 'DIRECT') throw new AppError('CONFLICT', 'a DIRECT conversation keeps its two participants');
      const me = (await tx.conversations.findParticipant(conversationId, actor.userId)) as ParticipantRow;
      if (role !== 'MEMBER' && me.role !== 'OWNER') throw forbidden('only an OWNER can grant the OWNER or ADMIN role');
      const now = nowIso();
      const existing = new Map((await tx.conversations.allParticipants(conversationId)).map((p) => [p.user_id, p]));
      const active = [...existing.values()].filter((p) => p.left_at === null).length;
      const joining = ids.filter((id) => existing.get(id)?.left_at !== null);
      if (active + joining.length > this.limits.groupParticipants) {
        throw invalid(`a conversation has at most ${this.limits.groupParticipants} participants`, { field: 'userIds' });
      }
      await tx.users.ensureExist(joining, now);
      // The note comes first, so that those it announces start with nothing unread.
      let lastSeq = conversation.last_seq;
      if (joining.length > 0) {
        const names = await tx.users.findMany(joining);
        const list = joining.map((id) => nameOf(names.get(id), id)).join(', ');
        const note = await this.messages.appendMessage(tx, conversation, actor.profile, { content: `${nameOf(actor.profile)} added ${list}` }, { system: true });
        lastSeq = note.message.seq;
      }
      let rolesChanged = false;
      for (const userId of ids) {
        const present = existing.get(userId);
        if (present === undefined) {
          await tx.conversations.addParticipants([
            { conversation_id: conversationId, user_id: userId, role, joined_at: now, last_read_seq: lastSeq, last_read_at: now, archived: 0, hidden: 0, left_at: null },
          ]);
        } else if (present.left_at !== null) {
          await tx.conversations.rejoin(conversationId, userId, role, lastSeq, now);
        } else if (present.role !== role) {
          await tx.conversations.setRole(conversationId, userId, role);
          rolesChanged = true;
        }
      }
      if (joining.length > 0) {
        await tx.events.append(
          joining.map((userId) =>
            eventRow({ type: 'participant.added', conversationId, actorId: actor.userId, data: { conversationId, userId, role, addedBy: actor.userId } }, now),
          ),
        );
      }
      if (rolesChanged) await this.appendUpdated(tx, conversationId, actor.userId, now);
      return this.viewFor(tx, (await tx.conversations.findForParticipant(conversationId, actor.userId)) as ConversationForUser);
    });
    this.signal.committed();
    return view;
  }

  /** An OWNER/ADMIN removes someone, or a user leaves. The last OWNER must hand over first. */
  async removeParticipant(actor: UserActor, conversationId: string, userId: string): Promise<void> {
    await this.store.transaction(async (tx) => {
      const conversation = await tx.conversations.lockById(conversationId);
      const me = conversation && (await tx.conversations.findParticipant(conversationId, actor.userId));
      if (!conversation || !me || me.left_at !== null) throw notFound('conversation');
      const leaving = userId === actor.userId;
      if (conversation.type === 'DIRECT') throw new AppError('CONFLICT', 'a DIRECT conversation keeps its two participants; delete it to hide it');
      const target = leaving ? me : await tx.conversations.findParticipant(conversationId, userId);
      if (!target || target.left_at !== null) throw notFound('participant');
      if (!leaving) {
        if (!canManageConversation(me)) throw forbidden('only an OWNER or ADMIN can remove participants');
        if (target.role === 'OWNER' && me.role !== 'OWNER') throw forbidden('only an OWNER can remove an OWNER');
      }
      if (target.role === 'OWNER') {
        const others = (await tx.conversations.allParticipants(conversationId)).filter((p) => p.left_at === null && p.user_id !== userId);
        if (others.length > 0 && !others.some((p) => p.role === 'OWNER')) {
          throw new AppError('CONFLICT', 'the last OWNER must make another participant OWNER before leaving');
        }
      }
      const now = nowIso();
      const removed = leaving ? actor.profile : await tx.users.findById(userId);
      const note = leaving ? `${nameOf(actor.profile)} left` : `${nameOf(actor.profile)} removed ${nameOf(removed, userId)}`;
      await this.messages.appendMessage(tx, conversation, actor.profile, { content: note }, { system: true });
      await tx.conversations.leave(conversationId, userId, now);
      await tx.events.append([
        eventRow(
          { type: 'participant.removed', conversationId, actorId: actor.userId, audienceUserId: userId, data: { conversationId, userId, removedBy: actor.userId } },
          now,
        ),
      ]);
    });
    this.signal.committed();
  }

  /** The conversation, locked, if the actor may manage it: 404 to outsiders, 403 to members. */
  private async managedBy(tx: Store, actor: UserActor, conversationId: string): Promise<ConversationRow> {
    const conversation = await tx.conversations.lockById(conversationId);
    const me = conversation && (await tx.conversations.findParticipant(conversationId, actor.userId));
    if (!conversation || !me || me.left_at !== null) throw notFound('conversation');
    if (!canManageConversation(me)) throw forbidden('only an OWNER or ADMIN can change this conversation');
    return conversation;
  }

  private async appendUpdated(tx: Store, conversationId: string, actorId: string, now: string): Promise<void> {
    const fresh = (await tx.conversations.findById(conversationId)) as ConversationRow;
    await tx.events.append([
      eventRow({ type: 'conversation.updated', conversationId, actorId, data: await this.view(tx, fresh) }, now),
    ]);
  }

  /** The conversation as every participant sees it (no caller-specific fields), for events. */
  async view(store: Store, row: ConversationRow): Promise<ConversationView> {
    const participants = await store.conversations.listParticipants([row.id]);
    return presentConversation(row, participants.get(row.id) ?? []);
  }

  async viewFor(store: Store, row: ConversationForUser): Promise<ConversationView> {
    const participants = await store.conversations.listParticipants([row.id]);
    return presentConversation(row, participants.get(row.id) ?? [], {
      lastReadSeq: row.viewer_last_read_seq,
      archived: row.viewer_archived === 1,
    });
  }
}

