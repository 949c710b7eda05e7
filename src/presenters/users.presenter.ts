import type { UserRow } from '../storage/users.repository.js';

export interface UserSummary {
  id: string;
  username: string | null;
  displayName: string | null;
  avatarUrl: string | null;
}

export interface UserProfile extends UserSummary {
  role: string;
  createdAt: string;
}

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
  return { ...presentUserSummary(row.id, row), role: row.role, createdAt: row.created_at };
}
