// Sending: a user's message (REST, both socket transports, the first message of a new
// conversation) and Parley's own SYSTEM notes all go through `appendMessage`, the one writer of
// the timeline. A user's message passes the content review (content.ts) and the `send` policy
// first; whatever a message carries beside its text is linked in `appendMessage`, in the
// transaction that stores it.
import type { AttachmentsService } from '../attachments.service.js';
import { invalid } from '../../errors.js';
import { presentReceived } from '../../presenters/events.presenter.js';
import { forViewer, type MessageView, presentMessage, previewOf } from '../../presenters/messages.presenter.js';
import type { ConversationForSend, ConversationRow, LockedForSend } from '../../storage/conversations.repository.js';
import { newId, nowIso } from '../../storage/ids.js';
import type { MessageRow } from '../../storage/messages.repository.js';
import type { Store } from '../../storage/store.js';
import type { UserRow } from '../../storage/users.repository.js';
import type { EventLogSignal } from '../event-signal.js';
import { eventRow } from '../events.js';
import { changesNoResponse, recordResponse } from '../analytics.service.js';
import { authorize } from '../policies.js';
import type { MessageType, UserActor } from '../types.js';
import { checkJudgedState, type ContentReviewer, type ContextStateLookup, NOTHING_TO_RECORD, type PreparedContent, recordsNothing } from './content.js';
import { presentOneMessage } from './views.js';

export interface SendMessageInput {
  /** Required unless attachments carry the message. */
  content?: string;
  messageType?: MessageType;
  replyToId?: string;
  /** Files the sender uploaded and has not sent before. */
  attachmentIds?: string[];
  clientMessageId?: string;
}

export interface SendResult {
  message: MessageView;
  /** False when the clientMessageId was seen before and the first message is returned. */
  created: boolean;
}

/** The author of the platform's notes: no user, so nobody's read pointer or analytics move. */
const PLATFORM_AUTHOR: UserRow = {
  id: 'parley',
  username: 'parley',
  display_name: 'Parley',
  avatar_url: null,
  role: 'user',
  created_at: '1970-01-01T00:00:00.000Z',
  updated_at: '1970-01-01T00:00:00.000Z',
  erased_at: null,
};

export class SendingService {
  constructor(
    private readonly store: Store,
    private readonly reviewer: ContentReviewer,
    private readonly signal: EventLogSignal,
    private readonly attachments: AttachmentsService,
    /** Whether a user has a live connection: notification services skip pushing to them. */
    private readonly isOnline: (userId: string) => boolean = () => false,
  ) {}

  /**
   * The content of a user's message, reviewed and ready to store (VALIDATION_FAILED or
   * CONTENT_REJECTED otherwise). Files may carry a message on their own; text, when there is
   * any, obeys the usual rules and passes the content policy.
   */
  async prepare(senderId: string, content: string | undefined, attachmentIds: string[] = [], contextState?: ContextStateLookup): Promise<PreparedContent> {
    if (attachmentIds.length > 0 && (content ?? '').trim() === '') {
      return { content: '', moderationStatus: 'clean', moderationReasons: [], originalContent: null, review: NOTHING_TO_RECORD };
    }
    return this.reviewer.prepare(senderId, content ?? '', contextState);
  }

  async send(actor: UserActor, conversationId: string, input: SendMessageInput): Promise<SendResult> {
    const prepared = await this.prepare(actor.userId, input.content, input.attachmentIds, () =>
      this.store.conversations.contextStateOf({ conversationId }),
    );
    const result = await this.store.transactionForSend(conversationId, actor.userId, (tx, conversation) =>
      this.sendAsUser(tx, actor, conversation, input, prepared),
    );
    if (result.created) this.signal.committed();
    // The stored view's links are plain paths (for the event log); the sender's are signed.
    return { ...result, message: forViewer(result.message, this.attachments.signer, actor.userId) };
  }

  /**
   * A user's message into a conversation this transaction locked (`lockForSend`; undefined
   * when the user is not an active participant). A repeated clientMessageId returns the first
   * message; otherwise the `send` policy decides, then the message is appended.
   */
  async sendAsUser(
    tx: Store,
    actor: UserActor,
    conversation: LockedForSend | undefined,
    input: SendMessageInput,
    prepared: PreparedContent,
  ): Promise<SendResult> {
    if (conversation !== undefined && input.clientMessageId !== undefined) {
      const existing = await tx.messages.findByClientId(conversation.id, actor.userId, input.clientMessageId);
      if (existing) return { message: await presentOneMessage(tx, this.attachments.signer, existing, actor.userId), created: false };
    }
    authorize(actor, 'send', {
      conversation,
      participant: conversation && { role: conversation.member_role, left_at: null },
      // Blocks keep two people apart; in a group, the others still talk.
      blocked: conversation?.type === 'DIRECT' && conversation.blocked,
    });
    checkJudgedState(prepared, conversation?.context_state);
    const recipients = (conversation as LockedForSend).members.filter((id) => id !== actor.userId);
    return this.appendMessage(tx, conversation as LockedForSend, actor.profile, { ...input, ...prepared }, { recipients });
  }

  /** A note from the platform (a context's state change), written by no participant. */
  appendPlatformNote(tx: Store, conversation: ConversationRow, text: string): Promise<SendResult> {
    return this.appendMessage(tx, conversation, PLATFORM_AUTHOR, { content: text }, { system: true });
  }

  /** Parley's own note (a join, a leave, a status change) in a conversation this transaction locked. */
  appendSystemNote(tx: Store, conversation: ConversationRow, author: UserRow, text: string): Promise<SendResult> {
    return this.appendMessage(tx, conversation, author, { content: text }, { system: true });
  }

  /**
   * The one writer of the timeline, inside the caller's transaction, after the policy: takes
   * the next seq, stores the message, moves the sender's read pointer, and writes message.sent
   * plus one message.received per recipient. The conversation row must be locked by this
   * transaction, and read after its last append: its `last_seq` gives the seq.
   */
  private async appendMessage(
    tx: Store,
    conversation: ConversationForSend,
    sender: UserRow,
    input: Omit<SendMessageInput, 'content'> & Partial<PreparedContent> & { content: string },
    options: { system?: boolean; recipients?: string[] } = {},
  ): Promise<SendResult> {
    const recipients =
      options.recipients ?? (await tx.conversations.activeParticipantIds(conversation.id)).filter((u) => u !== sender.id);
    let replyTo: MessageRow | undefined;
    if (input.replyToId !== undefined) {
      replyTo = await tx.messages.findById(input.replyToId);
      if (!replyTo || replyTo.conversation_id !== conversation.id) {
        throw invalid('replyToId must name a message of this conversation', { field: 'replyToId' });
      }
    }

    const now = nowIso();
    const id = newId();
    const files =
      input.attachmentIds && input.attachmentIds.length > 0
        ? await this.attachments.attachToMessage(tx, sender.id, conversation.id, id, input.attachmentIds)
        : [];
    const preview = previewOf(input.content || files.map((file) => `📎 ${file.name}`).join(' '));
    const seq = conversation.last_seq + 1;
    const row: MessageRow = {
      id,
      conversation_id: conversation.id,
      seq,
      sender_id: sender.id,
      content: input.content,
      message_type: options.system ? 'SYSTEM' : this.attachments.messageTypeFor(files, input.messageType),
      reply_to_id: replyTo?.id ?? null,
      client_message_id: input.clientMessageId ?? null,
      moderation_status: input.moderationStatus ?? 'clean',
      moderation_reasons: JSON.stringify(input.moderationReasons ?? []),
      original_content: input.originalContent ?? null,
      edited_at: null,
      deleted_at: null,
      created_at: now,
    };
    // Attachments were linked above, before the message is presented; links stay unsigned in the log.
    const attachments = files.map((file) => this.attachments.present(file));
    const message = presentMessage(row, { sender, attachments, ...(replyTo ? { replyTo } : {}) });
    const senderUsername = sender.username ?? sender.display_name ?? sender.id;
    // Notification services hear of people's messages, not of Parley's own notes.
    const notified = options.system ? [] : recipients;
    const events = [
      eventRow({ type: 'message.sent', conversationId: conversation.id, actorId: sender.id, data: message }, now),
      ...notified.map((recipientId) =>
        eventRow(
          {
            type: 'message.received',
            conversationId: conversation.id,
            actorId: sender.id,
            scope: 'downstream',
            data: presentReceived(row, { id: recipientId, online: this.isOnline(recipientId) }, senderUsername, preview),
          },
          now,
        ),
      ),
    ];
    // Where nothing follows it, the append may carry the commit (one round trip fewer on PostgreSQL).
    const last = !options.system && changesNoResponse(conversation, sender.id) && recordsNothing(input.review);
    await tx.timeline.append({ row, preview, events }, { last });
    if (!options.system) await recordResponse(tx, conversation, sender.id, recipients, now);
    // The review's queue entry and strike commit with the message, after its events.
    if (input.review !== undefined) await this.reviewer.record(tx, row, input.review, now);
    return { message, created: true };
  }
}
