import type { Static } from 'typebox';
import type { UserRole } from '../domain/types.js';
import type { User, UserSummary as UserSummaryShape } from '../schemas/views.js';
import type { UserRow } from '../storage/users.repository.js';

export type UserSummary = Static<typeof UserSummaryShape>;
export type UserProfile = Static<typeof User>;

/** A user id with no stored row yet (a platform user who never called) still presents. */
export function presentUserSummary(id: string, row: Pick<UserRow, 'username' | 'display_name' | 'avatar_url'> | undefined): UserSummary {
  return {
    id,
    username: row?.username ?? null,
    displayName: row?.display_name ?? null,
    avatarUrl: row?.avatar_url ?? null,
  };
}

export function presentUser(row: UserRow): UserProfile {
  return { ...presentUserSummary(row.id, row), role: row.role as UserRole, createdAt: row.created_at };
}

/** A user's online status as GET /presence answers it. */
export interface PresenceView {
  userId: string;
  status: 'online' | 'offline';
  lastSeenAt: string | null;
}

export function presentPresence(userId: string, online: boolean, lastSeenAt: string | null): PresenceView {
  return { userId, status: online ? 'online' : 'offline', lastSeenAt };
}
