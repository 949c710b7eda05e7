// Which log events reach clients, under which socket event name. One table for both
// transports: Socket.IO and plain WebSocket carry the same names and payloads.
import type { EventType } from '../domain/events.js';

export const SOCKET_EVENT_OF: Partial<Record<EventType, string>> = {
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
};

/** The payload of a log event on a socket: the event's data plus the cursor to resume from. */
export function socketPayload(data: unknown, cursor: string): Record<string, unknown> {
  return { ...(data as Record<string, unknown>), cursor };
}
