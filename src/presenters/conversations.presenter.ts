import type { Static } from 'typebox';
import type { ConversationStatus, ConversationType, ParticipantRole } from '../domain/types.js';
import type { Context, Conversation, Participant } from '../schemas/views.js';
import type { ConversationRow, ParticipantWithUser } from '../storage/conversations.repository.js';
import { presentUserSummary } from './users.presenter.js';

/** The shapes are the response schemas' (schemas/views.ts): OpenAPI, sockets and the client agree. */
export type ConversationView = Static<typeof Conversation>;
export type ParticipantView = Static<typeof Participant>;
/** Set by the platform; `state` once it described the context (PUT /contexts/{type}/{id}). */
export type ConversationContext = Static<typeof Context>;

/** Where a reader's pointer stands after marking read. */
export interface ReadState {
  lastReadSeq: number;
  unreadCount: number;
}

/** `unread`: the messages after the pointer that are still there (deleted ones leave nothing to read). */
export function presentReadState(lastReadSeq: number, unread: number): ReadState {
  return { lastReadSeq, unreadCount: Math.max(0, unread) };
}

/** The caller's own state; omitted from event payloads, which many users receive. */
export interface ViewerState {
  lastReadSeq: number;
  archived: boolean;
  unread: number;
}

export function presentParticipant(row: ParticipantWithUser): ParticipantView {
  return {
    userId: row.user_id,
    role: row.role as ParticipantRole,
    joinedAt: row.joined_at,
    lastReadSeq: row.last_read_seq,
    user: presentUserSummary(row.user_id, row),
  };
}

/** The context as a conversation shows it: the platform's fields, or what its creator said. */
export const presentConversationContext = (row: Pick<ConversationRow, 'context'>): ConversationContext | null =>
  row.context === null ? null : (JSON.parse(row.context) as ConversationContext);

export function presentConversation(
  row: ConversationRow,
  participants: ParticipantWithUser[],
  viewer?: ViewerState,
): ConversationView {
  const view: ConversationView = {
    id: row.id,
    type: row.type as ConversationType,
    title: row.title,
    status: row.status as ConversationStatus,
    context: presentConversationContext(row),
    metadata: JSON.parse(row.metadata) as Record<string, unknown>,
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    lastMessageAt: row.last_message_at,
    lastSeq: row.last_seq,
    lastMessage:
      row.last_message_id === null
        ? null
        : {
            id: row.last_message_id,
            senderId: row.last_message_sender_id ?? '',
            preview: row.last_message_preview ?? '',
            createdAt: row.last_message_at ?? row.updated_at,
          },
    participants: participants.map(presentParticipant),
  };
  if (viewer !== undefined) {
    view.unreadCount = Math.max(0, viewer.unread);
    view.archived = viewer.archived;
  }
  return view;
}
