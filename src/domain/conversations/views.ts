// A conversation as a response or an event shows it, with its participants' profiles.
import { type ConversationView, presentConversation, type ViewerState } from '../../presenters/conversations.presenter.js';
import type { ConversationForUser, ConversationRow } from '../../storage/conversations.repository.js';
import type { UserRow } from '../../storage/users.repository.js';
import type { Store } from '../../storage/store.js';
import { eventRow } from '../events.js';

/** The conversation as every participant sees it (no caller-specific fields), for events. */
export async function conversationView(store: Store, row: ConversationRow): Promise<ConversationView> {
  const participants = await store.conversations.listParticipants([row.id]);
  return presentConversation(row, participants.get(row.id) ?? []);
}

/** A participant's own state in a conversation, as their views show it. */
export const viewerOf = (row: ConversationForUser): ViewerState => ({
  lastReadSeq: row.viewer_last_read_seq,
  archived: row.viewer_archived === 1,
  unread: Number(row.viewer_unread),
});

/** The conversation as one participant sees it: their unread count and archive flag. */
export async function conversationViewFor(store: Store, row: ConversationForUser): Promise<ConversationView> {
  const participants = await store.conversations.listParticipants([row.id]);
  return presentConversation(row, participants.get(row.id) ?? [], viewerOf(row));
}

/** The conversation as the user sees it now; they must be an active participant. */
export async function freshViewFor(store: Store, conversationId: string, userId: string): Promise<ConversationView> {
  return conversationViewFor(store, (await store.conversations.findForParticipant(conversationId, userId)) as ConversationForUser);
}

/** How a user is named in SYSTEM messages. */
export const nameOf = (user: Pick<UserRow, 'id' | 'display_name' | 'username'> | undefined, fallback?: string): string =>
  user?.display_name ?? user?.username ?? user?.id ?? fallback ?? 'someone';

/** Writes conversation.updated with the conversation as it now is, for every participant's list. */
export async function appendConversationUpdated(tx: Store, conversationId: string, actorId: string | null, now: string): Promise<void> {
  const fresh = (await tx.conversations.findById(conversationId)) as ConversationRow;
  await tx.events.append([eventRow({ type: 'conversation.updated', conversationId, actorId, data: await conversationView(tx, fresh) }, now)]);
}
