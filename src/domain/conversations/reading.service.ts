// Reading: what a participant sees (their conversation list, one conversation, its messages,
// one message) and their read pointer. A closed conversation can still be read and marked read.
import type { AttachmentUrlSigner } from '../../attachments/url-signer.js';
import { invalid, notFound } from '../../errors.js';
import { type ConversationView, presentConversation, presentReadState, type ReadState } from '../../presenters/conversations.presenter.js';
import { presentRead } from '../../presenters/events.presenter.js';
import type { MessageView } from '../../presenters/messages.presenter.js';
import type { ConversationFilters, ConversationForUser } from '../../storage/conversations.repository.js';
import { nowIso } from '../../storage/ids.js';
import type { Store } from '../../storage/store.js';
import { accessConversation, accessMessage } from '../access.js';
import { decodeCursor, encodeCursor, readTimelineCursor, timelineCursor } from '../cursors.js';
import type { EventLogSignal } from '../event-signal.js';
import { eventRow } from '../events.js';
import { presentMessages, presentOneMessage } from '../messages/views.js';
import type { Page, UserActor } from '../types.js';
import { freshViewFor, viewerOf } from './views.js';

export interface ListMessagesQuery {
  before?: number;
  after?: number;
  /** A page's nextCursor: it carries its direction, which wins over before and after. */
  cursor?: string;
  limit: number;
}

export class ReadingService {
  constructor(
    private readonly store: Store,
    private readonly signal: EventLogSignal,
    private readonly links: AttachmentUrlSigner,
  ) {}

  /** The caller's conversations; the query itself keeps to those they take part in. */
  async listConversations(
    actor: UserActor,
    filters: ConversationFilters,
    cursor: string | undefined,
    limit: number,
  ): Promise<Page<ConversationView>> {
    const after = cursor === undefined ? undefined : decodeCursor(cursor, { activityAt: 'time', id: 'text' });
    const rows = await this.store.conversations.listForUser(actor.userId, filters, after, limit + 1);
    const page = rows.slice(0, limit);
    const participants = await this.store.conversations.listParticipants(page.map((r) => r.id));
    const data = page.map((row) => presentConversation(row, participants.get(row.id) ?? [], viewerOf(row)));
    const last = page.at(-1);
    return {
      data,
      nextCursor: rows.length > limit && last ? encodeCursor({ activityAt: last.activity_at, id: last.id }) : null,
    };
  }

  async getConversation(actor: UserActor, conversationId: string): Promise<ConversationView> {
    await accessConversation(this.store, actor, 'read', conversationId);
    return freshViewFor(this.store, conversationId, actor.userId);
  }

  async listMessages(actor: UserActor, conversationId: string, query: ListMessagesQuery): Promise<Page<MessageView>> {
    if (query.before !== undefined && query.after !== undefined) throw invalid('give either before or after, not both');
    await accessConversation(this.store, actor, 'read', conversationId);
    const from = query.cursor === undefined ? undefined : readTimelineCursor(query.cursor);
    const direction = from?.direction ?? (query.after !== undefined ? 'after' : 'before');
    const rows =
      direction === 'after'
        ? await this.store.messages.listAfter(conversationId, from?.seq ?? query.after ?? 0, query.limit + 1)
        : await this.store.messages.listBefore(conversationId, from?.seq ?? query.before, query.limit + 1);
    const hasMore = rows.length > query.limit;
    const page = rows.slice(0, query.limit);
    const data = await presentMessages(this.store, this.links, conversationId, page, actor.userId);
    const last = page.at(-1);
    // The next page continues from the last seq seen, in the same direction.
    const nextCursor = hasMore && last ? timelineCursor(direction, last.seq) : null;
    return { data, nextCursor };
  }

  async getMessage(actor: UserActor, messageId: string): Promise<MessageView> {
    const { message } = await accessMessage(this.store, actor, 'read', messageId);
    return presentOneMessage(this.store, this.links, message, actor.userId);
  }

  /**
   * Moves the actor's read pointer up to a message (default: the latest). Pointers never move
   * back; moving one writes message.read.
   */
  async markRead(actor: UserActor, conversationId: string, messageId?: string): Promise<ReadState> {
    const { result, moved } = await this.store.transaction(async (tx) => {
      const { conversation } = await accessConversation(tx, actor, 'markRead', conversationId);
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
              data: presentRead(conversationId, actor.userId, seq, readMessageId, now),
            },
            now,
          ),
        ]);
      }
      // The pointer as it now stands, with the unread count's one formula (unreadOf); markRead is for members only.
      const reader = (await tx.conversations.findForParticipant(conversationId, actor.userId)) as ConversationForUser;
      return { result: presentReadState(reader.viewer_last_read_seq, Number(reader.viewer_unread)), moved };
    });
    if (moved) this.signal.committed();
    return result;
  }

  /** POST /messages/{id}/read: the conversation of a message, read up to that message. */
  async markReadThrough(actor: UserActor, messageId: string): Promise<ReadState> {
    // Asked of the message, so that one in a conversation the actor is not in is "message not found", as one that never was.
    const { message } = await accessMessage(this.store, actor, 'markRead', messageId);
    return this.markRead(actor, message.conversation_id, message.id);
  }
}
