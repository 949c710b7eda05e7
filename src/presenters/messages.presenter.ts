import type { Static } from 'typebox';
import type { MessageType } from '../domain/types.js';
import type { Attachment, Message } from '../schemas/views.js';
import type { MessageRow, ReadPointer } from '../storage/messages.repository.js';
import type { UserRow } from '../storage/users.repository.js';
import type { AttachmentUrlSigner } from '../attachments/url-signer.js';
import { signAttachmentUrls } from './attachments.presenter.js';
import { presentUserSummary } from './users.presenter.js';

const PREVIEW_LENGTH = 100;

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * At most 100 characters (code points), cut between the characters a reader sees (graphemes), so
 * that no emoji, flag or accented letter is cut in two.
 */
export function previewOf(content: string): string {
  const flat = content.replace(/\s+/g, ' ').trim();
  if (flat.length <= PREVIEW_LENGTH) return flat; // UTF-16 units bound code points from above
  if (Array.from(flat).length <= PREVIEW_LENGTH) return flat;
  let kept = '';
  let codePoints = 0;
  for (const { segment } of graphemes.segment(flat)) {
    const size = Array.from(segment).length;
    if (codePoints + size > PREVIEW_LENGTH - 1) break;
    kept += segment;
    codePoints += size;
  }
  return `${kept}…`;
}

/** The shapes are the response schemas' (schemas/views.ts): OpenAPI, sockets and the client agree. */
export type MessageView = Static<typeof Message>;
export type AttachmentView = Static<typeof Attachment>;
export type ReplyView = NonNullable<MessageView['replyTo']>;
export type ReactionView = MessageView['reactions'][number];
type Moderation = MessageView['moderation'];

export interface MessageRelations {
  sender?: UserRow;
  readPointers?: ReadPointer[];
  replyTo?: MessageRow;
  reactions?: { emoji: string; user_id: string }[];
  attachments?: AttachmentView[];
}

export function presentReply(row: MessageRow): ReplyView {
  const isDeleted = row.deleted_at !== null;
  return { id: row.id, senderId: row.sender_id, preview: isDeleted ? '' : previewOf(row.content), isDeleted };
}

/** Groups reaction rows by emoji in first-seen order; `me` is the viewer's own. */
export function presentReactions(rows: { emoji: string; user_id: string }[], viewerId?: string): ReactionView[] {
  const byEmoji = new Map<string, ReactionView>();
  for (const row of rows) {
    const view = byEmoji.get(row.emoji) ?? { emoji: row.emoji, count: 0, userIds: [], me: false };
    view.count += 1;
    view.userIds.push(row.user_id);
    if (row.user_id === viewerId) view.me = true;
    byEmoji.set(row.emoji, view);
  }
  return [...byEmoji.values()];
}

/**
 * A message-shaped payload (a message view, or an event's data) as `viewerId` sees it: its
 * attachment links signed for them and their own reactions marked `me`. The copy kept in the
 * event log is made for no one; each recipient's copy is made from it when it is delivered.
 */
export function forViewer<T>(payload: T, signer: AttachmentUrlSigner, viewerId: string): T {
  const signed = signAttachmentUrls(payload, signer, viewerId);
  const reactions = (signed as { reactions?: ReactionView[] } | null)?.reactions;
  if (!Array.isArray(reactions) || reactions.length === 0) return signed;
  return { ...signed, reactions: reactions.map((reaction) => ({ ...reaction, me: reaction.userIds.includes(viewerId) })) };
}

/**
 * Whoever joins starts with nothing unread, their pointer at the note that announces them: until
 * they mark something read, the messages from before they joined are not read by them.
 */
const joinedAfter = (pointer: ReadPointer, row: MessageRow) => pointer.joined_at > row.created_at && pointer.last_read_at === pointer.joined_at;

export function presentMessage(row: MessageRow, relations: MessageRelations, viewerId?: string): MessageView {
  const isDeleted = row.deleted_at !== null;
  const readBy = (relations.readPointers ?? [])
    .filter((p) => p.user_id !== row.sender_id && p.last_read_seq >= row.seq && p.last_read_at !== null && !joinedAfter(p, row))
    .map((p) => ({ userId: p.user_id, readAt: p.last_read_at as string }));
  return {
    id: row.id,
    conversationId: row.conversation_id,
    seq: row.seq,
    senderId: row.sender_id,
    sender: presentUserSummary(row.sender_id, relations.sender),
    content: isDeleted ? '' : row.content,
    messageType: row.message_type as MessageType,
    replyToId: row.reply_to_id,
    replyTo: relations.replyTo ? presentReply(relations.replyTo) : null,
    attachments: isDeleted ? [] : (relations.attachments ?? []),
    reactions: isDeleted ? [] : presentReactions(relations.reactions ?? [], viewerId),
    readBy,
    moderation: { status: row.moderation_status as Moderation['status'], reasons: JSON.parse(row.moderation_reasons) as Moderation['reasons'] },
    isEdited: row.edited_at !== null,
    editedAt: row.edited_at,
    isDeleted,
    deletedAt: row.deleted_at,
    clientMessageId: row.client_message_id,
    createdAt: row.created_at,
  };
}

/** A search result: the message as the reader sees it, and which conversation it is in. */
export interface SearchHit extends MessageView {
  conversation: { id: string; type: string; title: string | null };
}

export function presentSearchHit(message: MessageView, conversation: { type: string; title: string | null } | undefined): SearchHit {
  return {
    ...message,
    conversation: { id: message.conversationId, type: conversation?.type ?? 'GROUP', title: conversation?.title ?? null },
  };
}
