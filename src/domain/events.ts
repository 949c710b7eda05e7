// The event log's vocabulary. Every change is appended as one of these, in the transaction
// that makes it; real-time delivery, /sync and downstream sinks all read the same rows.
import type { NewEventRow } from '../storage/events.repository.js';
import { newId, nowIso } from '../storage/ids.js';

export const EVENT_TYPES = [
  'conversation.created',
  'conversation.updated',
  // Beyond the contract's list: a conversation deleted for everyone by an admin or the platform.
  'conversation.deleted',
  'participant.added',
  'participant.removed',
  'message.sent',
  'message.updated',
  'message.deleted',
  'message.read',
  'reaction.added',
  'reaction.removed',
  'message.flagged',
  'report.created',
  'user.blocked',
  'user.unblocked',
  'context.updated',
  'message.received',
  // Downstream only: a user was erased (GDPR); sinks forget what they hold about them.
  'user.erased',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** Who may see an event besides the sinks: a conversation's participants, one user, or nobody. */
export type EventScope = 'conversation' | 'user' | 'downstream';

export interface EventDraft {
  type: EventType;
  conversationId: string | null;
  actorId: string | null;
  data: unknown;
  scope?: EventScope;
  /** A user who sees the event without being a participant (the removed user, the blocker). */
  audienceUserId?: string;
}

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
