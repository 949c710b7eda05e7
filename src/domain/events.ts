// The event log's vocabulary. Every change is appended as one of these, in the transaction
// that makes it; real-time delivery, /sync and downstream sinks all read the same rows.
import type { ContextView } from '../presenters/contexts.presenter.js';
import type { ConversationView } from '../presenters/conversations.presenter.js';
import type {
  BlockData,
  ConversationDeletedData,
  ErasureData,
  FlagData,
  MessageDeletedData,
  ParticipantAddedData,
  ParticipantRemovedData,
  ReactionData,
  ReadData,
  ReceivedData,
  ReportCreatedData,
} from '../presenters/events.presenter.js';
import type { MessageView } from '../presenters/messages.presenter.js';
import type { NewEventRow } from '../storage/events.repository.js';
import { newId, nowIso } from '../storage/ids.js';

/**
 * Each event type and the payload (`data`) it carries, built by a presenter. `eventRow` takes
 * only the payload of its type, and the socket events (realtime/socket-events.ts) are typed
 * from this map, so no event is written or sent with another shape.
 */
export interface EventPayloads {
  'conversation.created': ConversationView;
  'conversation.updated': ConversationView;
  /** Beyond the contract's list: a conversation deleted for everyone by an admin or the platform. */
  'conversation.deleted': ConversationDeletedData;
  'participant.added': ParticipantAddedData;
  'participant.removed': ParticipantRemovedData;
  'message.sent': MessageView;
  'message.updated': MessageView;
  'message.deleted': MessageDeletedData;
  'message.read': ReadData;
  'reaction.added': ReactionData;
  'reaction.removed': ReactionData;
  'message.flagged': FlagData;
  'report.created': ReportCreatedData;
  'user.blocked': BlockData;
  'user.unblocked': BlockData;
  'context.updated': ContextView;
  'message.received': ReceivedData;
  /** Downstream only: a user was erased (GDPR); sinks forget what they hold about them. */
  'user.erased': ErasureData;
}
export type EventType = keyof EventPayloads;

/** Every type, in the contract's order; `satisfies` keeps the list and the map in step. */
const LISTED = {
  'conversation.created': true,
  'conversation.updated': true,
  'conversation.deleted': true,
  'participant.added': true,
  'participant.removed': true,
  'message.sent': true,
  'message.updated': true,
  'message.deleted': true,
  'message.read': true,
  'reaction.added': true,
  'reaction.removed': true,
  'message.flagged': true,
  'report.created': true,
  'user.blocked': true,
  'user.unblocked': true,
  'context.updated': true,
  'message.received': true,
  'user.erased': true,
} as const satisfies Record<EventType, true>;
export const EVENT_TYPES = Object.keys(LISTED) as EventType[];

/** Who may see an event besides the sinks: a conversation's participants, one user, or nobody. */
export type EventScope = 'conversation' | 'user' | 'downstream';

interface DraftOf<T extends EventType> {
  type: T;
  conversationId: string | null;
  actorId: string | null;
  data: EventPayloads[T];
  scope?: EventScope;
  /** A user who sees the event without being a participant (the removed user, the blocker). */
  audienceUserId?: string;
}

/** One event to append: a type and the payload of that type. */
export type EventDraft = { [T in EventType]: DraftOf<T> }[EventType];

export function eventRow(draft: EventDraft, time = nowIso()): NewEventRow {
  return {
    id: newId(),
    type: draft.type,
    conversation_id: draft.conversationId,
    actor_id: draft.actorId,
    audience_user_id: draft.audienceUserId ?? null,
    scope: draft.scope ?? 'conversation',
    data: JSON.stringify(draft.data),
    created_at: time,
  };
}
