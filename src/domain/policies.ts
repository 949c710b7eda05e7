// Who may do what: every action on a conversation or a message is decided here, by one pure
// function over the facts the domain loaded (`decide`). REST and both socket transports reach
// it through the same domain calls (see access.ts); nothing else checks membership, `closed`,
// blocks or roles. Tested as a matrix in test/unit/policies.test.ts.
import { AppError, type ErrorCode } from '../errors.js';
import type { AttachmentRow } from '../storage/attachments.repository.js';
import type { Actor, ConversationStatus, ConversationType, ParticipantRole } from './types.js';

export const ACTIONS = [
  /** Start a conversation (the would-be conversation's type is the fact). */
  'create',
  /** See a conversation, its messages and one message; list it. */
  'read',
  /** Move one's own read pointer. */
  'markRead',
  'send',
  'edit',
  /** Delete a message (its sender, or a moderator anywhere). */
  'delete',
  /** Add a reaction. */
  'react',
  /** Take one's own reaction back: like deleting one's own message, allowed unless a dispute froze the conversation. */
  'unreact',
  'report',
  'typing',
  /** Join a conversation's socket room (scopes typing indicators). */
  'join',
  /** One's own archive flag. */
  'archive',
  /** PATCH: title, status, metadata. */
  'update',
  'addParticipants',
  /** Remove someone else. */
  'removeParticipant',
  /** Leave (or, for DIRECT, hide) a conversation. */
  'leave',
  /** Delete a conversation for everyone. */
  'deleteForEveryone',
  /** A moderator reads any conversation (audited). */
  'adminRead',
] as const;
export type Action = (typeof ACTIONS)[number];

export interface AccessFacts {
  /** Undefined when no such conversation exists. */
  conversation: { type: ConversationType | string; status: ConversationStatus | string; context_state?: string | null } | undefined;
  /** The actor's membership: undefined for an outsider; `left_at` set for a former participant. */
  participant?: { role: ParticipantRole | string; left_at: string | null } | undefined;
  /**
   * A block in either direction: for `create` and `addParticipants`, between the actor and anyone
   * they would bring in (any type); for the other actions, between the two of a DIRECT conversation.
   */
  blocked?: boolean;
  /** The message acted on (edit, delete, react, report). */
  message?: { sender_id: string; deleted_at: string | null; message_type: string };
  /**
   * addParticipants: the role granted, and `current`, the role of a present participant whose role
   * it changes; removeParticipant: the role of the one removed.
   */
  target?: { role: ParticipantRole | string; current?: ParticipantRole | string };
}

export interface Denial {
  code: Extract<ErrorCode, 'NOT_FOUND' | 'FORBIDDEN' | 'CONFLICT' | 'CONVERSATION_CLOSED' | 'USER_BLOCKED'>;
  message: string;
}

export const isModeratorRole = (role: string): boolean => role === 'moderator' || role === 'admin';

export const isModerator = (actor: Actor): boolean => actor.kind === 'service' || isModeratorRole(actor.role);

export const isAdmin = (actor: Actor): boolean => actor.kind === 'service' || actor.role === 'admin';

/** DELETE /conversations/{id}: an admin or the service key deletes it for everyone; anyone else leaves it. */
export const deletesForEveryone = (actor: Actor): boolean => isAdmin(actor);

/**
 * Actions that add to what a conversation holds, and typing, which announces a message it would
 * refuse: a closed conversation refuses them (taking back one's own stays open).
 */
const FROZEN_WHEN_CLOSED: ReadonlySet<Action> = new Set(['send', 'edit', 'react', 'typing']);
/**
 * A dispute also keeps what is there, and who is there: nothing in the conversation is removed
 * while it lasts, by anyone (a moderator's removal, which keeps the text for moderators, is still
 * open to them); its title, status and members stay as they were, so that nobody new reads the
 * disputed history and nobody in it walks away. Hiding a DIRECT conversation from one's own list,
 * like archiving, changes nothing the other sees.
 */
const FROZEN_WHEN_DISPUTED: ReadonlySet<Action> = new Set([
  ...FROZEN_WHEN_CLOSED,
  'unreact',
  'delete',
  'deleteForEveryone',
  'update',
  'addParticipants',
  'removeParticipant',
  'leave',
]);
/**
 * Actions a block between the two users of a DIRECT conversation stops there (typing too: the
 * blocked see no presence of the blocker). Creating and adding are stopped for every type.
 */
const STOPPED_BY_BLOCK: ReadonlySet<Action> = new Set(['send', 'edit', 'react', 'typing']);

/** Whether `decide` needs `facts.blocked` for this action (loading it costs a query). */
export const needsBlockCheck = (action: Action, conversationType: string | undefined): boolean =>
  conversationType === 'DIRECT' && STOPPED_BY_BLOCK.has(action);

const deny = (code: Denial['code'], message: string): Denial => ({ code, message });
const DISPUTED = (facts: AccessFacts) => facts.conversation?.context_state === 'disputed';
const frozenByDispute = () =>
  deny('CONVERSATION_CLOSED', 'this conversation is frozen while its context is disputed: nothing in it changes or is removed until the platform settles it');

/** Null when the actor may do it; otherwise the error to answer with. Pure: no I/O. */
export function decide(actor: Actor, action: Action, facts: AccessFacts): Denial | null {
  const { conversation, participant, message } = facts;
  const what = message ? 'message' : 'conversation';
  if (conversation === undefined) return deny('NOT_FOUND', `${what} not found`);

  if (action === 'create') {
    if (actor.kind !== 'user') return deny('FORBIDDEN', 'the service key acts for no user here');
    if (facts.blocked === true) {
      return deny('USER_BLOCKED', 'a block between you and a participant stops you from starting a conversation with them');
    }
    return null;
  }
  // Moderators act on any conversation for these two; everyone else must be a participant.
  if (action === 'adminRead') return isModerator(actor) ? null : deny('FORBIDDEN', 'this is for moderators');
  if (action === 'deleteForEveryone') {
    if (!deletesForEveryone(actor)) return deny('FORBIDDEN', 'only an admin or the platform deletes a conversation for everyone');
    return DISPUTED(facts) ? frozenByDispute() : null;
  }
  if (action === 'delete' && isModerator(actor)) return DISPUTED(facts) ? frozenByDispute() : null;

  if (actor.kind !== 'user') return deny('FORBIDDEN', 'the service key acts for no user here');
  const member = participant !== undefined && participant.left_at === null;
  // Outsiders and former participants are told the conversation does not exist.
  if (!member) return deny('NOT_FOUND', `${what} not found`);
  const manager = participant.role === 'OWNER' || participant.role === 'ADMIN';

  switch (action) {
    case 'edit':
      if (message === undefined) return deny('NOT_FOUND', 'message not found');
      if (message.deleted_at !== null) return deny('CONFLICT', 'a deleted message cannot be edited');
      if (message.message_type === 'SYSTEM') return deny('FORBIDDEN', 'SYSTEM notes are Parley’s record and cannot be edited');
      if (message.sender_id !== actor.userId) return deny('FORBIDDEN', 'only the sender can edit a message');
      break;
    case 'delete':
      if (message === undefined) return deny('NOT_FOUND', 'message not found');
      // Parley's own notes (joins, leaves, status changes) name the member who acted, but are the record's, not theirs.
      if (message.sender_id !== actor.userId || message.message_type === 'SYSTEM') {
        return deny('FORBIDDEN', 'only the sender or a moderator can delete a message, and SYSTEM notes only a moderator');
      }
      break;
    case 'react':
    case 'unreact':
      if (message === undefined) return deny('NOT_FOUND', 'message not found');
      if (action === 'react' && message.deleted_at !== null) return deny('CONFLICT', 'a deleted message cannot take reactions');
      break;
    case 'update':
      if (!manager) return deny('FORBIDDEN', 'only an OWNER or ADMIN can change this conversation');
      break;
    case 'addParticipants':
      if (!manager) return deny('FORBIDDEN', 'only an OWNER or ADMIN can change this conversation');
      if (conversation.type === 'DIRECT') return deny('CONFLICT', 'a DIRECT conversation keeps its two participants');
      if (facts.target !== undefined && facts.target.role !== 'MEMBER' && participant.role !== 'OWNER') {
        return deny('FORBIDDEN', 'only an OWNER can grant the OWNER or ADMIN role');
      }
      // An ADMIN must not take a group by demoting its OWNER, nor another ADMIN.
      if (facts.target?.current !== undefined && facts.target.current !== 'MEMBER' && participant.role !== 'OWNER') {
        return deny('FORBIDDEN', 'only an OWNER can change the role of an OWNER or ADMIN');
      }
      if (facts.blocked === true) return deny('USER_BLOCKED', 'a block between you and a user stops you from adding them to a conversation');
      break;
    case 'removeParticipant':
      if (conversation.type === 'DIRECT') {
        return deny('CONFLICT', 'a DIRECT conversation keeps its two participants; delete it to hide it');
      }
      if (!manager) return deny('FORBIDDEN', 'only an OWNER or ADMIN can remove participants');
      if (facts.target?.role === 'OWNER' && participant.role !== 'OWNER') return deny('FORBIDDEN', 'only an OWNER can remove an OWNER');
      break;
    case 'leave':
      // A DIRECT conversation is hidden instead (conversations/lifecycle.service.ts).
      if (conversation.type === 'DIRECT') {
        return deny('CONFLICT', 'a DIRECT conversation keeps its two participants; delete it to hide it');
      }
      break;
    default:
      break;
  }
  if (FROZEN_WHEN_CLOSED.has(action) && conversation.status === 'closed') {
    return deny('CONVERSATION_CLOSED', 'this conversation is closed to new messages, edits, reactions and typing');
  }
  // A disputed context freezes its conversations until the platform settles it.
  if (FROZEN_WHEN_DISPUTED.has(action) && DISPUTED(facts)) return frozenByDispute();
  if (STOPPED_BY_BLOCK.has(action) && conversation.type === 'DIRECT' && facts.blocked === true) {
    return deny('USER_BLOCKED', 'a block between you and this user stops messages, edits, reactions and typing in this conversation');
  }
  return null;
}

/** Context states that keep a conversation closed or frozen until the platform changes the state. */
const HELD_BY_CONTEXT: ReadonlySet<string> = new Set(['completed', 'cancelled', 'disputed']);

/**
 * Whether a participant may change a conversation's status to `requested`: setting it back to
 * `active` is refused while its context holds it (a completed or cancelled deal closed it, a
 * dispute froze it); the platform reopens it by changing the context's state.
 */
export function statusChangeDenial(conversation: { status: string; context_state?: string | null }, requested: string): Denial | null {
  const state = conversation.context_state;
  if (requested !== 'active' || conversation.status === 'active' || state === null || state === undefined || !HELD_BY_CONTEXT.has(state)) return null;
  return { code: 'CONFLICT', message: `this conversation's context is ${state}; it opens again when the platform changes that state` };
}

/** `decide`, throwing the denial as the catalogue's error. */
export function authorize(actor: Actor, action: Action, facts: AccessFacts): void {
  const denial = decide(actor, action, facts);
  if (denial !== null) throw new AppError(denial.code, denial.message);
}

/** The uploader sees their file; once a message carries it, so do that conversation's participants. */
export const canSeeAttachment = (
  userId: string,
  attachment: Pick<AttachmentRow, 'uploader_id' | 'message_id'>,
  participant: { left_at: string | null } | undefined,
): boolean => attachment.uploader_id === userId || (attachment.message_id !== null && participant !== undefined && participant.left_at === null);
