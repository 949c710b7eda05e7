// Vocabulary shared by the domain, the edges and the presenters.
import type { UserRow } from '../storage/users.repository.js';

export const CONVERSATION_TYPES = ['DIRECT', 'GROUP', 'SUPPORT', 'THERAPY'] as const;
export type ConversationType = (typeof CONVERSATION_TYPES)[number];

export const CONVERSATION_STATUSES = ['active', 'archived', 'closed'] as const;
export type ConversationStatus = (typeof CONVERSATION_STATUSES)[number];

export const PARTICIPANT_ROLES = ['OWNER', 'ADMIN', 'MEMBER'] as const;
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];

export const MESSAGE_TYPES = ['TEXT', 'IMAGE', 'FILE', 'AUDIO', 'VIDEO', 'SYSTEM'] as const;
export type MessageType = (typeof MESSAGE_TYPES)[number];
/** SYSTEM messages are written by Parley itself, never by a client. */
export const CLIENT_MESSAGE_TYPES = MESSAGE_TYPES.filter((t) => t !== 'SYSTEM');

const MAX_USER_ID_LENGTH = 128;
/** Printable text only: ids and names end up in URLs, logs and other systems' databases. */
export const SAFE_ID = /^[^\p{Cc}\p{Cf}\p{Cs}\s][^\p{Cc}\p{Cf}\p{Cs}]*$/u;

/** Not `.` or `..` either: a user must be addressable in a path (/users/{id}/export), and URL clients resolve those away. */
export function isValidUserId(id: string): boolean {
  return id.length > 0 && id.length <= MAX_USER_ID_LENGTH && SAFE_ID.test(id) && id !== '.' && id !== '..';
}

export const USER_ROLES = ['user', 'moderator', 'admin'] as const;
export type UserRole = (typeof USER_ROLES)[number];

/** Who is calling: a user (with their stored profile) or the platform's backend with the service key. */
export type Actor = { kind: 'user'; userId: string; role: UserRole; profile: UserRow } | { kind: 'service' };
export type UserActor = Extract<Actor, { kind: 'user' }>;

export interface Page<T> {
  data: T[];
  nextCursor: string | null;
}

/** Where a request came from: the audit log records it with every entry. */
export interface RequestOrigin {
  ip: string | null;
  requestId: string | null;
}
