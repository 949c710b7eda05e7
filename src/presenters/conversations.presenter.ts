import type { ConversationRow, ParticipantWithUser } from '../storage/conversations.repository.js';
import { presentUserSummary, type UserSummary } from './users.presenter.js';

export interface ConversationContext {
  type: string;
  id: string;
  title?: string;
  imageUrl?: string;
  url?: string;
  ownerId?: string;
  /** Set once the platform described the context (PUT /contexts/{type}/{id}). */
  state?: string;
}

export interface ParticipantView {
  userId: string;
  role: string;
  joinedAt: string;
  lastReadSeq: number;
  user: UserSummary;
}

export interface ConversationView {
  id: string;
  type: string;
  title: string | null;
  status: string;
  context: ConversationContext | null;
  metadata: Record<string, unknown>;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  lastMessageAt: string | null;
  lastSeq: number;
  lastMessage: { id: string; senderId: string; preview: string; createdAt: string } | null;
  participants: ParticipantView[];
  unreadCount?: number;
  archived?: boolean;
}

/** The caller's own state; omitted from event payloads, which many users receive. */
export interface ViewerState {
  lastReadSeq: number;
  archived: boolean;
}

export function presentParticipant(row: ParticipantWithUser): ParticipantView {
  return {
    userId: row.user_id,
    role: row.role,
    joinedAt: row.joined_at,
    lastReadSeq: row.last_read_seq,
    user: presentUserSummary(row.user_id, row),
  };
}

export function presentConversation(
  row: ConversationRow,
  participants: ParticipantWithUser[],
  viewer?: ViewerState,
): ConversationView {
  const view: ConversationView = {
    id: row.id,
    type: row.type,
    title: row.title,
    status: row.status,
    context: row.context === null ? null : (JSON.parse(row.context) as ConversationContext),
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
    view.unreadCount = Math.max(0, row.last_seq - viewer.lastReadSeq);
    view.archived = viewer.archived;
  }
  return view;
}
