// What a conversation copies from the platform's record of its context, in one place: the
// context object it shows and the state its policies read (rewritten on every change).
import type { ContextRow } from '../storage/contexts.repository.js';
import type { ConversationRow } from '../storage/conversations.repository.js';
import type { Store } from '../storage/store.js';

/** States after which a context's conversations close. */
export const CLOSING: ReadonlySet<string> = new Set(['completed', 'cancelled']);

/** The context object every conversation about it shows (the copy `applyToConversations` writes). */
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

/** The fields a new conversation about a context takes from the platform's record of it, if any. */
export async function contextFieldsForNewConversation(
  tx: Store,
  type: string,
  id: string,
): Promise<Pick<ConversationRow, 'context' | 'context_title' | 'context_state' | 'status'> | undefined> {
  const row = await tx.contexts.find(type, id);
  if (row === undefined) return undefined;
  const closed = row.close_at === null && CLOSING.has(row.state);
  return { context: conversationContextOf(row), context_title: row.title, context_state: row.state, status: closed ? 'closed' : 'active' };
}

