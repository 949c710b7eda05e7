// Loads what a policy decision needs (the conversation, the actor's membership, a block, the
// message) and applies `authorize` from policies.ts. Every domain action on someone's behalf
// passes through one of these, inside or outside a transaction.
import { notFound } from '../errors.js';
import type { ConversationRow, ParticipantRow } from '../storage/conversations.repository.js';
import type { MessageRow } from '../storage/messages.repository.js';
import type { Store } from '../storage/store.js';
import { type AccessFacts, type Action, authorize, needsBlockCheck } from './policies.js';
import type { Actor } from './types.js';

export type Membership = Pick<ParticipantRow, 'role' | 'left_at' | 'last_read_seq' | 'archived'>;

export interface ConversationAccess {
  conversation: ConversationRow;
  /** The actor's membership; undefined for the service key and moderators acting from outside. */
  participant: Membership | undefined;
}

export interface MessageAccess extends ConversationAccess {
  message: MessageRow;
}

export interface AccessOptions {
  /** Hold the conversation row until the transaction ends (writers that change it). */
  lock?: boolean;
  target?: AccessFacts['target'];
}

/**
 * A block in either direction between the user and the other member of a DIRECT conversation
 * (`members`: its participants, the user among them or not).
 */
async function blockedWithOther(store: Store, userId: string, members: string[]): Promise<boolean> {
  const other = members.find((id) => id !== userId);
  return other !== undefined && store.blocks.existsBetween(userId, other);
}

/**
 * A block in either direction between the user and anyone they would bring into a conversation
 * (creating one, adding participants): a block is not undone by starting a group.
 */
export async function blockedWithAnyOf(store: Store, userId: string, others: readonly string[]): Promise<boolean> {
  return store.blocks.existsWithAny(userId, others.filter((id) => id !== userId));
}

async function load(store: Store, actor: Actor, conversationId: string, lock: boolean): Promise<ConversationAccess | undefined> {
  const userId = actor.kind === 'user' ? actor.userId : undefined;
  if (lock) {
    const conversation = await store.conversations.lockById(conversationId);
    if (!conversation) return undefined;
    const participant = userId === undefined ? undefined : await store.conversations.findParticipant(conversationId, userId);
    return { conversation, participant };
  }
  if (userId === undefined) {
    const conversation = await store.conversations.findById(conversationId);
    return conversation && { conversation, participant: undefined };
  }
  const row = await store.conversations.findWithMembership(conversationId, userId);
  if (!row) return undefined;
  const { member_role, member_left_at, member_last_read_seq, member_archived, ...conversation } = row;
  const participant =
    member_role === null
      ? undefined
      : { role: member_role, left_at: member_left_at, last_read_seq: member_last_read_seq ?? 0, archived: member_archived ?? 0 };
  return { conversation, participant };
}

async function blockedFor(store: Store, actor: Actor, action: Action, conversation: ConversationRow): Promise<boolean> {
  if (actor.kind !== 'user' || !needsBlockCheck(action, conversation.type)) return false;
  return blockedWithOther(store, actor.userId, await store.conversations.activeParticipantIds(conversation.id));
}

/** The conversation, if the actor may do `action` on it; otherwise the policy's error. */
export async function accessConversation(
  store: Store,
  actor: Actor,
  action: Action,
  conversationId: string,
  options: AccessOptions = {},
): Promise<ConversationAccess> {
  const found = await load(store, actor, conversationId, options.lock ?? false);
  const blocked = found !== undefined && (await blockedFor(store, actor, action, found.conversation));
  authorize(actor, action, { conversation: found?.conversation, participant: found?.participant, blocked, target: options.target });
  return found as ConversationAccess;
}

/** The message and its conversation, if the actor may do `action` on it; otherwise the policy's error. */
export async function accessMessage(
  store: Store,
  actor: Actor,
  action: Action,
  messageId: string,
  options: AccessOptions = {},
): Promise<MessageAccess> {
  let message = await store.messages.findById(messageId);
  if (!message) throw notFound('message');
  const found = await load(store, actor, message.conversation_id, options.lock ?? false);
  if (options.lock) {
    // Read again once the conversation is locked: a delete, an edit or a close that committed while
    // this one waited for its turn is seen, and decided on, as it now stands.
    message = await store.messages.findById(messageId);
    if (!message) throw notFound('message');
  }
  const blocked = found !== undefined && (await blockedFor(store, actor, action, found.conversation));
  authorize(actor, action, { conversation: found?.conversation, participant: found?.participant, blocked, message });
  return { ...(found as ConversationAccess), message };
}

/** For the edges that ask before acting (a socket joining a room, typing). */
export class AccessService {
  constructor(private readonly store: Store) {}

  async require(actor: Actor, action: Action, conversationId: string): Promise<void> {
    await accessConversation(this.store, actor, action, conversationId);
  }
}
