import type { Limits } from '../config.js';
import { AppError, forbidden, invalid, notFound } from '../errors.js';
import { type MessageView, presentMessage, previewOf } from '../presenters/messages.presenter.js';
import type { ConversationRow } from '../storage/conversations.repository.js';
import { newId, nowIso } from '../storage/ids.js';
import type { MessageRow } from '../storage/messages.repository.js';
import type { Store } from '../storage/store.js';
import type { UserRow } from '../storage/users.repository.js';
import type { EventLogSignal } from './event-signal.js';
import { eventRow } from './events.js';
import { canDeleteMessage, canEditMessage, canSeeConversation, isModerator } from './policies.js';
import type { Actor, MessageType, Page, UserActor } from './types.js';

export interface SendMessageInput {
  content: string;
  messageType?: MessageType;
  replyToId?: string;
  clientMessageId?: string;
}

export interface ListMessagesQuery {
  before?: number;
  after?: number;
  limit: number;
}

export interface SendResult {
  message: MessageView;
  /** False when the clientMessageId was seen before and the first message is returned. */
  created: boolean;
}

export class MessagesService {
  constructor(
    private readonly store: Store,
    private readonly limits: Limits,
    private readonly signal: EventLogSignal,
    /** Whether a user has a live connection: notification services skip pushing to them. */
    private readonly isOnline: (userId: string) => boolean = () => false,
  ) {}

  /** Trimmed content, 1..messageLength characters; throws VALIDATION_FAILED otherwise. */
  normalizeContent(content: string): string {
    const trimmed = content.trim();
    if (trimmed.length === 0) throw invalid('content must not be empty', { field: 'content' });
    // The limit counts characters (code points); UTF-16 length is an upper bound of that.
    if (trimmed.length > this.limits.messageLength && Array.from(trimmed).length > this.limits.messageLength) {
      throw invalid(`content must be at most ${this.limits.messageLength} characters`, { field: 'content' });
    }
    return trimmed;
  }

  async send(actor: UserActor, conversationId: string, input: SendMessageInput): Promise<SendResult> {
    const content = this.normalizeContent(input.content);
    const result = await this.store.transaction(async (tx) => {
      const conversation = await tx.conversations.lockForMember(conversationId, actor.userId);
      if (!conversation) throw notFound('conversation');
      return this.appendMessage(tx, conversation, actor.profile, { ...input, content });
    });
    if (result.created) this.signal.committed();
    return result;
  }

  /**
   * Appends a message inside the caller's transaction: takes the next seq, stores the message,
   * moves the sender's read pointer, and writes message.sent plus one message.received per
   * recipient. The conversation row must already be locked by this transaction.
   */
  async appendMessage(
    tx: Store,
    conversation: ConversationRow,
    sender: UserRow,
    input: SendMessageInput & { content: string },
    options: { system?: boolean } = {},
  ): Promise<SendResult> {
    if (input.clientMessageId !== undefined) {
      const existing = await tx.messages.findByClientId(conversation.id, sender.id, input.clientMessageId);
      if (existing) return { message: await this.presentOne(tx, existing, sender.id), created: false };
    }
    // SYSTEM messages record what happened to the conversation, closing it included.
    if (conversation.status === 'closed' && !options.system) {
      throw new AppError('CONVERSATION_CLOSED', 'this conversation is closed to new messages');
    }
    const recipients = (await tx.conversations.activeParticipantIds(conversation.id)).filter((u) => u !== sender.id);
    if (conversation.type === 'DIRECT' && !options.system && recipients[0] !== undefined) {
      if (await tx.blocks.existsBetween(sender.id, recipients[0])) {
        throw new AppError('USER_BLOCKED', 'a block between you and this user stops messages in this conversation');
      }
    }
    let replyTo: MessageRow | undefined;
    if (input.replyToId !== undefined) {
      replyTo = await tx.messages.findById(input.replyToId);
      if (!replyTo || replyTo.conversation_id !== conversation.id) {
        throw invalid('replyToId must name a message of this conversation', { field: 'replyToId' });
      }
    }

    const now = nowIso();
    const id = newId();
    const preview = previewOf(input.content);
    const seq = await tx.conversations.appendMessageSeq(conversation.id, { id, senderId: sender.id, preview, at: now });
    const row: MessageRow = {
      id,
      conversation_id: conversation.id,
      seq,
      sender_id: sender.id,
      content: input.content,
      message_type: options.system ? 'SYSTEM' : (input.messageType ?? 'TEXT'),
      reply_to_id: replyTo?.id ?? null,
      client_message_id: input.clientMessageId ?? null,
      moderation_status: 'clean',
      moderation_reasons: '[]',
      original_content: null,
      edited_at: null,
      deleted_at: null,
      created_at: now,
    };
    await tx.messages.insert(row);
    await tx.conversations.advanceReadPointer(conversation.id, sender.id, seq, now);
    await tx.conversations.resurfaceForRecipients(conversation.id, sender.id);

    const message = presentMessage(row, { sender, ...(replyTo ? { replyTo } : {}) });
    const senderUsername = sender.username ?? sender.display_name ?? sender.id;
    // Notification services hear of people's messages, not of Parley's own notes.
    const notified = options.system ? [] : recipients;
    await tx.events.append([
      eventRow({ type: 'message.sent', conversationId: conversation.id, actorId: sender.id, data: message }, now),
      ...notified.map((recipientId) =>
        eventRow(
          {
            type: 'message.received',
            conversationId: conversation.id,
            actorId: sender.id,
            scope: 'downstream',
            data: {
              threadId: conversation.id,
              messageId: id,
              recipientId,
              senderId: sender.id,
              senderUsername,
              preview,
              recipientOnline: this.isOnline(recipientId),
            },
          },
          now,
        ),
      ),
    ]);
    return { message, created: true };
  }

  /** The sender edits their message; it keeps its seq and is marked edited. */
  async edit(actor: UserActor, messageId: string, content: string): Promise<MessageView> {
    const text = this.normalizeContent(content);
    const view = await this.store.transaction(async (tx) => {
      const message = await this.visibleIn(tx, actor, messageId);
      if (message.deleted_at !== null) throw new AppError('CONFLICT', 'a deleted message cannot be edited');
      if (!canEditMessage(actor, message)) throw forbidden('only the sender can edit a message');
      const now = nowIso();
      await tx.messages.updateContent(message.id, text, now);
      const updated = { ...message, content: text, edited_at: now };
      const view = await this.presentOne(tx, updated);
      await tx.events.append([
        eventRow({ type: 'message.updated', conversationId: message.conversation_id, actorId: actor.userId, data: view }, now),
      ]);
      return view;
    });
    this.signal.committed();
    return view;
  }

  /** The sender or a moderator deletes a message: a tombstone keeps its seq. */
  async delete(actor: Actor, messageId: string): Promise<void> {
    const changed = await this.store.transaction(async (tx) => {
      const message = isModerator(actor)
        ? await tx.messages.findById(messageId)
        : await this.visibleIn(tx, actor as UserActor, messageId);
      if (!message) throw notFound('message');
      if (!canDeleteMessage(actor, message)) throw forbidden('only the sender or a moderator can delete a message');
      if (message.deleted_at !== null) return false;
      const now = nowIso();
      await tx.messages.markDeleted(message.id, now);
      const conversation = await tx.conversations.findById(message.conversation_id);
      if (conversation?.last_message_id === message.id) {
        await tx.conversations.clearLastPreview(conversation.id);
      }
      await tx.events.append([
        eventRow(
          {
            type: 'message.deleted',
            conversationId: message.conversation_id,
            actorId: actor.kind === 'user' ? actor.userId : null,
            data: { id: message.id, conversationId: message.conversation_id, seq: message.seq, deletedAt: now },
          },
          now,
        ),
      ]);
      return true;
    });
    if (changed) this.signal.committed();
  }

  /** Adds the actor's reaction; `created` is false when it was already there. */
  async react(actor: UserActor, messageId: string, emoji: string): Promise<{ created: boolean; message: MessageView }> {
    const result = await this.store.transaction(async (tx) => {
      const message = await this.visibleIn(tx, actor, messageId);
      if (message.deleted_at !== null) throw new AppError('CONFLICT', 'a deleted message cannot take reactions');
      const now = nowIso();
      const created = await tx.messages.addReaction(message.id, actor.userId, emoji, now);
      if (created) {
        await tx.events.append([this.reactionEvent('reaction.added', message, actor.userId, emoji, now)]);
      }
      return { created, message: await this.presentOne(tx, message, actor.userId) };
    });
    if (result.created) this.signal.committed();
    return result;
  }

  async unreact(actor: UserActor, messageId: string, emoji: string): Promise<void> {
    const removed = await this.store.transaction(async (tx) => {
      const message = await this.visibleIn(tx, actor, messageId);
      const now = nowIso();
      const removed = await tx.messages.removeReaction(message.id, actor.userId, emoji);
      if (removed) await tx.events.append([this.reactionEvent('reaction.removed', message, actor.userId, emoji, now)]);
      return removed;
    });
    if (!removed) throw notFound('reaction');
    this.signal.committed();
  }

  private reactionEvent(type: 'reaction.added' | 'reaction.removed', message: MessageRow, userId: string, emoji: string, now: string) {
    return eventRow(
      {
        type,
        conversationId: message.conversation_id,
        actorId: userId,
        data: {
          messageId: message.id,
          conversationId: message.conversation_id,
          emoji,
          userId,
          action: type === 'reaction.added' ? 'added' : 'removed',
        },
      },
      now,
    );
  }

  /** The message, if the actor takes part in its conversation; otherwise NOT_FOUND. */
  private async visibleIn(tx: Store, actor: UserActor, messageId: string): Promise<MessageRow> {
    const row = await tx.messages.findById(messageId);
    const participant = row && (await tx.conversations.findParticipant(row.conversation_id, actor.userId));
    if (!row || !canSeeConversation(participant)) throw notFound('message');
    return row;
  }

  async list(actor: UserActor, conversationId: string, query: ListMessagesQuery): Promise<Page<MessageView>> {
    const participant = await this.store.conversations.findParticipant(conversationId, actor.userId);
    if (!canSeeConversation(participant)) throw notFound('conversation');
    const rows =
      query.after !== undefined
        ? await this.store.messages.listAfter(conversationId, query.after, query.limit + 1)
        : await this.store.messages.listBefore(conversationId, query.before, query.limit + 1);
    const hasMore = rows.length > query.limit;
    const page = rows.slice(0, query.limit);
    const data = await this.presentMany(this.store, conversationId, page, actor.userId);
    const last = page.at(-1);
    // The next page continues from the last seq seen, in the same direction.
    const nextCursor = hasMore && last ? String(last.seq) : null;
    return { data, nextCursor };
  }

  async get(actor: UserActor, messageId: string): Promise<MessageView> {
    const row = await this.visibleIn(this.store, actor, messageId);
    return this.presentOne(this.store, row, actor.userId);
  }

  async presentOne(store: Store, row: MessageRow, viewerId?: string): Promise<MessageView> {
    const [view] = await this.presentMany(store, row.conversation_id, [row], viewerId);
    return view as MessageView;
  }

  /** Presents messages of one conversation with their senders, replies and read receipts. */
  async presentMany(store: Store, conversationId: string, rows: MessageRow[], viewerId?: string): Promise<MessageView[]> {
    if (rows.length === 0) return [];
    const replyIds = rows.flatMap((r) => (r.reply_to_id ? [r.reply_to_id] : []));
    const [senders, replies, readPointers, reactions] = await Promise.all([
      store.users.findMany(rows.map((r) => r.sender_id)),
      store.messages.findMany(replyIds),
      store.messages.readPointers(conversationId),
      store.messages.reactionsOf(rows.map((r) => r.id)),
    ]);
    return rows.map((row) => {
      const sender = senders.get(row.sender_id);
      const replyTo = row.reply_to_id ? replies.get(row.reply_to_id) : undefined;
      return presentMessage(
        row,
        {
          readPointers,
          reactions: reactions.get(row.id) ?? [],
          ...(sender ? { sender } : {}),
          ...(replyTo ? { replyTo } : {}),
        },
        viewerId,
      );
    });
  }
}
