// Which log events reach clients, under which socket event name, and every socket event's
// payload. One table for both transports: Socket.IO and plain WebSocket carry the same names
// and payloads. Payloads of log events are typed from the log's own map (`EventPayloads`).
import type { EventPayloads } from '../domain/events.js';
import type { PublicError, SocketAuthError } from '../errors.js';
import type { EventRow } from '../storage/events.repository.js';
import type { StatusChange } from './presence.js';
import type { TypingSignal } from './typing.js';

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
} as const satisfies Partial<Record<keyof EventPayloads, string>>;

type SocketEventOf = typeof SOCKET_EVENT_OF;
/** The log event types that reach sockets. */
type SocketedType = keyof SocketEventOf;
/** The socket events that come from the event log (and so from `/sync` after a reconnect). */
export type LoggedSocketEvent = SocketEventOf[SocketedType];

/** Every payload that comes from the log carries the cursor to resume from. */
type Logged<T> = T & { cursor: string };

/** A socket event's payload: the payload of the log event type(s) sent under its name. */
type LoggedPayloads = {
  [N in LoggedSocketEvent]: Logged<EventPayloads[{ [T in SocketedType]: SocketEventOf[T] extends N ? T : never }[SocketedType]]>;
};

/**
 * What the server sends to socket clients, by event name: the contract's Real time section as
 * a type. `@parley/client` types its listeners with it, so the client and the server share it.
 */
export interface ServerToClientEvents extends LoggedPayloads {
  authenticated: { userId: string; role: string; timestamp: string };
  auth_error: SocketAuthError;
  conversation_joined: { conversationId: string };
  conversation_left: { conversationId: string };
  typing_indicator: TypingSignal;
  user_status_changed: StatusChange;
  error: PublicError;
}

export type SocketEvent = keyof ServerToClientEvents;

/** A payload from the log, whichever socket event carries it. */
export type LoggedPayload = ServerToClientEvents[LoggedSocketEvent];

/** The socket event a log event is sent as, or undefined for one that sockets never see. */
export function socketEventName(row: EventRow): LoggedSocketEvent | undefined {
  return row.scope === 'downstream' ? undefined : SOCKET_EVENT_OF[row.type as SocketedType];
}

/** A log event's payload on a socket: its data plus the cursor to resume from. */
export function socketPayload(row: EventRow): LoggedPayload {
  // The log holds what `eventRow` accepted for the row's type: that type's `EventPayloads`.
  const data = JSON.parse(row.data) as EventPayloads[SocketedType];
  return { ...data, cursor: String(row.pos) };
}
