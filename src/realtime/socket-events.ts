// Which log events reach clients, under which socket event name. One table for both
// transports: Socket.IO and plain WebSocket carry the same names and payloads.
import type { Static } from 'typebox';
import type { EventType } from '../domain/events.js';
import type { PublicError } from '../errors.js';
import type { Conversation, Message } from '../schemas/views.js';

export const SOCKET_EVENT_OF = {
  'message.sent': 'new_message',
  'message.updated': 'message_updated',
  'message.deleted': 'message_deleted',
  'message.read': 'message_read',
  'reaction.added': 'message_reaction',
  'reaction.removed': 'message_reaction',
  'conversation.created': 'conversation_created',
  'conversation.updated': 'conversation_updated',
  'conversation.deleted': 'conversation_deleted',
  'participant.added': 'user_joined_conversation',
  'participant.removed': 'user_left_conversation',
  'user.blocked': 'user_blocked',
  'user.unblocked': 'user_unblocked',
} as const satisfies Partial<Record<EventType, keyof ServerToClientEvents>>;

/** The payload of a log event on a socket: the event's data plus the cursor to resume from. */
export function socketPayload(data: unknown, cursor: string): Record<string, unknown> {
  return { ...(data as Record<string, unknown>), cursor };
}

type ConversationView = Static<typeof Conversation>;
type MessageView = Static<typeof Message>;
/** Every payload that comes from the log carries the cursor to resume from. */
type Logged<T> = T & { cursor: string };

/**
 * What the server sends to socket clients, by event name: the contract's Real time section as
 * a type. `@parley/client` types its listeners with it, so the client and the server share it.
 */
export interface ServerToClientEvents {
  authenticated: { userId: string; role: string; timestamp: string };
  auth_error: { message: string; code: 'AUTH_FAILED' | 'TOKEN_EXPIRED' };
  new_message: Logged<MessageView>;
  message_updated: Logged<MessageView>;
  message_deleted: Logged<{ id: string; conversationId: string; seq: number; deletedAt: string }>;
  message_read: Logged<{ conversationId: string; userId: string; lastReadSeq: number; messageId: string | null; readAt: string }>;
  message_reaction: Logged<{ messageId: string; conversationId: string; emoji: string; userId: string; action: 'added' | 'removed' }>;
  conversation_created: Logged<ConversationView>;
  conversation_updated: Logged<ConversationView>;
  conversation_deleted: Logged<{ id: string; deletedAt: string }>;
  user_joined_conversation: Logged<{ conversationId: string; userId: string; role: string; addedBy: string }>;
  user_left_conversation: Logged<{ conversationId: string; userId: string; removedBy: string }>;
  user_blocked: Logged<{ userId: string }>;
  user_unblocked: Logged<{ userId: string }>;
  conversation_joined: { conversationId: string };
  conversation_left: { conversationId: string };
  typing_indicator: { conversationId: string; userId: string; isTyping: boolean };
  user_status_changed: { userId: string; status: 'online' | 'offline'; timestamp: string };
  error: PublicError;
}

/** The socket events that come from the event log (and so from `/sync` after a reconnect). */
export type LoggedSocketEvent = NonNullable<(typeof SOCKET_EVENT_OF)[keyof typeof SOCKET_EVENT_OF]>;
