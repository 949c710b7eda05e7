import { invalid } from '../errors.js';
import { type PresenceView, presentPresence } from '../presenters/users.presenter.js';
import type { Store } from '../storage/store.js';
import { isValidUserId, type UserActor } from './types.js';

export const MAX_PRESENCE_USERS = 100;

/** Live presence as one instance knows it (realtime/presence.ts); last-seen times are also stored. */
export interface PresenceState {
  isOnline(userId: string): boolean;
  lastSeenAt(userId: string): string | null;
}

/**
 * GET /presence: only users who share a conversation with the viewer and do not block them;
 * everyone else is left out, as if unknown.
 */
export async function presenceFor(store: Store, state: PresenceState, viewer: UserActor, userIds: string[]): Promise<PresenceView[]> {
  const ids = [...new Set(userIds.map((id) => id.trim()).filter(Boolean))];
  if (ids.length === 0 || ids.length > MAX_PRESENCE_USERS || !ids.every(isValidUserId)) {
    throw invalid(`userIds must list 1 to ${MAX_PRESENCE_USERS} valid user ids`, { field: 'userIds' });
  }
  const visible = new Set(await store.conversations.presencePartners(viewer.userId, ids, 'candidate'));
  const shown = ids.filter((id) => visible.has(id));
  // What this instance heard first (the newest); the stored time for users it has not seen leave.
  const stored = await store.users.lastSeenOf(shown.filter((id) => state.lastSeenAt(id) === null));
  return shown.map((userId) => presentPresence(userId, state.isOnline(userId), state.lastSeenAt(userId) ?? stored.get(userId) ?? null));
}
