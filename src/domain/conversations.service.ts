import { createHash } from 'node:crypto';
import type { Limits } from '../config.js';
import { invalid, notFound } from '../errors.js';
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
import type { ConversationType, Page, UserActor } from './types.js';

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

