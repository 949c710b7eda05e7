// What a conversation copies from the platform's record of its context, in one place: the
// context object it shows and the state its policies read (rewritten on every change).
import type { ContextRow, ShownContext } from '../storage/contexts.repository.js';
import type { ConversationRow } from '../storage/conversations.repository.js';
import { nowIso } from '../storage/ids.js';
import type { Store } from '../storage/store.js';

/** States that mean a booking was made (analytics counts the context as booked from the first). */
export const REACHES_BOOKING: ReadonlySet<string> = new Set(['booked', 'completed', 'disputed']);

/** States after which a context's conversations close. */
/** A context's type: a letter, then letters, digits, _ or -; at most this long. Schemas and the service share it. */
export const CONTEXT_TYPE_PATTERN = '^[A-Za-z][A-Za-z0-9_-]*$';
export const CONTEXT_TYPE_MAX_LENGTH = 128;
const CONTEXT_TYPE = new RegExp(CONTEXT_TYPE_PATTERN);
export const isContextType = (type: string): boolean => type.length <= CONTEXT_TYPE_MAX_LENGTH && CONTEXT_TYPE.test(type);

export const CLOSING: ReadonlySet<string> = new Set(['completed', 'cancelled']);

/** The context object every conversation about it shows (the copy `showOnConversations` writes). */
export function conversationContextOf(row: ContextRow): string {
  return JSON.stringify({
    type: row.type,
    id: row.id,
    ...(row.title !== null ? { title: row.title } : {}),
    ...(row.image_url !== null ? { imageUrl: row.image_url } : {}),
    ...(row.url !== null ? { url: row.url } : {}),
    ...(row.owner_id !== null ? { ownerId: row.owner_id } : {}),
    state: row.state,
  });
}

/** Everything a conversation copies from its context; a conversation whose copy differs lags behind it. */
export function shownContextOf(row: ContextRow): ShownContext {
  return { context: conversationContextOf(row), title: row.title, state: row.state };
}

/**
 * The fields a new conversation about a context takes from the platform's record of it, if any.
 * The row stays shared-locked until the conversation commits, so a state change stored meanwhile
 * waits and then finds the conversation among those to bring up to date.
 */
export async function contextFieldsForNewConversation(
  tx: Store,
  type: string,
  id: string,
): Promise<Pick<ConversationRow, 'context' | 'context_title' | 'context_state' | 'status'> | undefined> {
  const row = await tx.contexts.lockShared(type, id);
  if (row === undefined) return undefined;
  // Closed at once when its context's closing time has come, even while the change is still
  // being applied to the older conversations.
  const closed = CLOSING.has(row.state) && (row.close_at === null || row.close_at <= nowIso());
  return { context: conversationContextOf(row), context_title: row.title, context_state: row.state, status: closed ? 'closed' : 'active' };
}


/**
 * A context the platform has not described yet exists through its conversations: it is shown
 * as the first of them (the first of `userId`'s, for a user) described it, `open`, with no metadata.
 */
export async function describedOnlyByConversations(store: Store, type: string, id: string, userId?: string): Promise<ContextRow | undefined> {
  const first = await store.contexts.describedByConversation(type, id, userId);
  if (first === undefined) return undefined;
  const described = (first.context === null ? {} : JSON.parse(first.context)) as Partial<Record<'title' | 'imageUrl' | 'url' | 'ownerId', string>>;
  return {
    type,
    id,
    title: described.title ?? null,
    image_url: described.imageUrl ?? null,
    url: described.url ?? null,
    owner_id: described.ownerId ?? null,
    state: 'open',
    metadata: '{}',
    version: null,
    updated_at: first.created_at,
    close_at: null,
    created_at: first.created_at,
    booked_at: null,
  };
}
