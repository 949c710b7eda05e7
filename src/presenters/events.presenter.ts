// Events as clients and sinks read them, and the payloads (`data`) of the event types that do
// not carry a whole message, conversation, report or context. `EventPayloads` in
// domain/events.ts says which payload goes with which type.
import type { ParticipantRole } from '../domain/types.js';
import type { ModerationAction, Violation, ViolationKind } from '../moderation/policy.types.js';
import type { DeadLetterRow } from '../storage/delivery.repository.js';
import type { EventRow } from '../storage/events.repository.js';
import type { MessageRow } from '../storage/messages.repository.js';
import type { ReportView } from './reports.presenter.js';

export interface EventView {
  id: string;
  cursor: string;
  type: string;
  source: 'parley';
  time: string;
  conversationId: string | null;
  actorId: string | null;
  data: unknown;
}

export function presentEvent(row: EventRow): EventView {
  return {
    id: row.id,
    cursor: String(row.pos),
    type: row.type,
    source: 'parley',
    time: row.created_at,
    conversationId: row.conversation_id,
    actorId: row.actor_id,
    data: JSON.parse(row.data) as unknown,
  };
}

/** An event a sink refused WEBHOOK_MAX_ATTEMPTS times, as admins list and replay it. */
export interface DeadLetterView {
  id: string;
  sink: string;
  eventId: string;
  cursor: string;
  event: EventView;
  attempts: number;
  lastError: string;
  createdAt: string;
  replayedAt: string | null;
}

export function presentDeadLetter(row: DeadLetterRow): DeadLetterView {
  return {
    id: row.id,
    sink: row.sink,
    eventId: row.event_id,
    cursor: String(row.event_pos),
    event: JSON.parse(row.event) as EventView,
    attempts: row.attempts,
    lastError: row.last_error,
    createdAt: row.created_at,
    replayedAt: row.replayed_at,
  };
}

/**
 * conversation.deleted: deleted for everyone; each former participant hears of it by id, in an
 * event of their own that names them (as message.received names its recipient), so a sink that
 * gets one per participant can tell them apart.
 */
export interface ConversationDeletedData {
  id: string;
  deletedAt: string;
  recipientId: string;
}

export function presentConversationDeleted(conversationId: string, deletedAt: string, recipientId: string): ConversationDeletedData {
  return { id: conversationId, deletedAt, recipientId };
}

/** participant.added */
export interface ParticipantAddedData {
  conversationId: string;
  userId: string;
  role: ParticipantRole;
  addedBy: string;
}

export function presentParticipantAdded(conversationId: string, userId: string, role: ParticipantRole, addedBy: string): ParticipantAddedData {
  return { conversationId, userId, role, addedBy };
}

/** participant.removed: removed by someone else, or `removedBy` is the user who left. */
export interface ParticipantRemovedData {
  conversationId: string;
  userId: string;
  removedBy: string;
  /** `erased`: the user was erased (GDPR); their messages in the conversation are tombstones now. */
  reason?: 'erased';
}

export function presentParticipantRemoved(conversationId: string, userId: string, removedBy: string, reason?: 'erased'): ParticipantRemovedData {
  return reason === undefined ? { conversationId, userId, removedBy } : { conversationId, userId, removedBy, reason };
}

/** message.deleted: the tombstone keeps its seq; a moderator's removal says why. */
export interface MessageDeletedData {
  id: string;
  conversationId: string;
  seq: number;
  deletedAt: string;
  moderation?: { status: 'removed'; reasons: ViolationKind[] };
}

export function presentMessageDeleted(
  message: Pick<MessageRow, 'id' | 'conversation_id' | 'seq'>,
  deletedAt: string,
  removedFor?: ViolationKind[],
): MessageDeletedData {
  return {
    id: message.id,
    conversationId: message.conversation_id,
    seq: message.seq,
    deletedAt,
    ...(removedFor !== undefined ? { moderation: { status: 'removed' as const, reasons: removedFor } } : {}),
  };
}

/** message.read: a reader's pointer moved (to `messageId`, when they named one). */
export interface ReadData {
  conversationId: string;
  userId: string;
  lastReadSeq: number;
  messageId: string | null;
  readAt: string;
}

export function presentRead(conversationId: string, userId: string, lastReadSeq: number, messageId: string | null, readAt: string): ReadData {
  return { conversationId, userId, lastReadSeq, messageId, readAt };
}

/** reaction.added and reaction.removed (one socket event, `message_reaction`, for both). */
export interface ReactionData {
  messageId: string;
  conversationId: string;
  emoji: string;
  userId: string;
  action: 'added' | 'removed';
}

export function presentReaction(message: Pick<MessageRow, 'id' | 'conversation_id'>, userId: string, emoji: string, action: ReactionData['action']): ReactionData {
  return { messageId: message.id, conversationId: message.conversation_id, emoji, userId, action };
}

/** message.flagged, for trust-and-safety systems: what matched and where, never the text. */
export interface FlagData {
  messageId: string;
  conversationId: string;
  senderId: string;
  reasons: ViolationKind[];
  violations: (Violation & { action: Exclude<ModerationAction, 'off'> })[];
  escalated: boolean;
  flaggedAt: string;
}

export function presentFlag(
  message: { id: string; conversation_id: string; sender_id: string },
  flag: { reasons: ViolationKind[]; violations: FlagData['violations']; escalated: boolean },
  flaggedAt: string,
): FlagData {
  return {
    messageId: message.id,
    conversationId: message.conversation_id,
    senderId: message.sender_id,
    reasons: flag.reasons,
    violations: flag.violations,
    escalated: flag.escalated,
    flaggedAt,
  };
}

/** report.created, downstream only: the report and who made it. */
export interface ReportCreatedData extends ReportView {
  reporterId: string;
}

export function presentReportCreated(report: ReportView, reporterId: string): ReportCreatedData {
  return { ...report, reporterId };
}

/** user.blocked and user.unblocked, to the blocker only. */
export interface BlockData {
  userId: string;
}

export function presentBlockChange(userId: string): BlockData {
  return { userId };
}

/** message.received, one per recipient, for notification services. */
export interface ReceivedData {
  threadId: string;
  messageId: string;
  recipientId: string;
  senderId: string;
  senderUsername: string;
  preview: string;
  recipientOnline: boolean;
}

export function presentReceived(
  message: Pick<MessageRow, 'id' | 'conversation_id' | 'sender_id'>,
  recipient: { id: string; online: boolean },
  senderUsername: string,
  preview: string,
): ReceivedData {
  return {
    threadId: message.conversation_id,
    messageId: message.id,
    recipientId: recipient.id,
    senderId: message.sender_id,
    senderUsername,
    preview,
    recipientOnline: recipient.online,
  };
}

/** user.erased, downstream only: sinks forget what they hold about the user. */
export interface ErasureData {
  userId: string;
  erasedAt: string;
}

export function presentErasure(userId: string, erasedAt: string): ErasureData {
  return { userId, erasedAt };
}
