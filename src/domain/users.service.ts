import { AppError, erasedProfile, erasedTarget, erasedUser, forbidden, invalid, notFound } from '../errors.js';
import { presentUser, type UserProfile } from '../presenters/users.presenter.js';
import { Remembered } from '../remembered.js';
import { newId, nowIso } from '../storage/ids.js';
import type { Store } from '../storage/store.js';
import type { ProfileFields, UserRow } from '../storage/users.repository.js';
import { type Actor, USER_ROLES, type UserRole } from './types.js';

/** What a verified token or dev-mode header says about the caller. */
export interface Identity {
  userId: string;
  /** From the token's role claim (or ADMIN_USER_IDS); without one the stored role stands. */
  role?: UserRole;
  username?: string;
  displayName?: string;
  avatarUrl?: string;
}

export interface ProfileInput {
  username?: string | null;
  displayName?: string | null;
  avatarUrl?: string | null;
  role?: UserRole;
}

const PROFILE_CACHE_SIZE = 10_000;
const PROFILE_CACHE_TTL_MS = 60_000;

interface CachedProfile {
  fingerprint: string;
  row: UserRow;
  expiresAt: number;
}

const storedRole = (row: UserRow): UserRole => ((USER_ROLES as readonly string[]).includes(row.role) ? (row.role as UserRole) : 'user');

export class UsersService {
  /** Profiles recently refreshed from claims: a caller's every request need not write their row. */
  private readonly recent = new Remembered<CachedProfile>(PROFILE_CACHE_SIZE);

  /** `changed` tells the other instances of profiles written here, so they drop the ones they remember. */
  constructor(
    private readonly store: Store,
    private readonly changed: (userIds: string[]) => void = () => {},
  ) {}

  /**
   * Who a conversation is started for: the calling user, or, for the platform's service key,
   * the user it names in `createdBy` (for example when a booking is made).
   */
  async creatorFor(actor: Actor, createdBy: string | undefined): Promise<Extract<Actor, { kind: 'user' }>> {
    if (actor.kind === 'service') {
      if (createdBy === undefined) throw invalid('createdBy names the user the service key starts the conversation for', { field: 'createdBy' });
      // An erased creator is a user who is gone (404, as among the participants), not a bad credential.
      if ((await this.store.users.erasedAmong([createdBy])).length > 0) throw erasedTarget(createdBy);
      return this.actorFor({ userId: createdBy });
    }
    if (createdBy !== undefined && createdBy !== actor.userId) {
      throw new AppError('FORBIDDEN', 'only the platform’s service key starts conversations on behalf of another user');
    }
    return actor;
  }

  /** Creates or refreshes the caller's profile from their identity and returns the acting user. */
  async actorFor(identity: Identity): Promise<Extract<Actor, { kind: 'user' }>> {
    const fingerprint = JSON.stringify([identity.role, identity.username, identity.displayName, identity.avatarUrl]);
    const cached = this.recent.get(identity.userId);
    const now = Date.now();
    let row: UserRow;
    if (cached && cached.fingerprint === fingerprint && cached.expiresAt > now) {
      row = cached.row;
    } else {
      const fields: ProfileFields = {};
      if (identity.role !== undefined) fields.role = identity.role;
      if (identity.username !== undefined) fields.username = identity.username;
      if (identity.displayName !== undefined) fields.displayName = identity.displayName;
      if (identity.avatarUrl !== undefined) fields.avatarUrl = identity.avatarUrl;
      row = await this.store.users.upsert(identity.userId, fields, nowIso());
      if (row.erased_at !== null) throw erasedUser();
      this.recent.set(identity.userId, { fingerprint, row, expiresAt: now + PROFILE_CACHE_TTL_MS });
    }
    return { kind: 'user', userId: identity.userId, role: identity.role ?? storedRole(row), profile: row };
  }

  /** Drops the remembered profile of a user (erased, or changed on another instance): their next request reads the stored one. */
  forget(userId: string): void {
    this.recent.delete(userId);
  }

  async upsert(id: string, input: ProfileInput): Promise<UserProfile> {
    this.recent.delete(id);
    const row = await this.store.users.upsert(id, input, nowIso());
    if (row.erased_at !== null) throw erasedProfile(id);
    this.changed([id]);
    return presentUser(row);
  }

  /** Upserts many profiles in one transaction: all of them or none. */
  async sync(users: (ProfileInput & { id: string })[]): Promise<UserProfile[]> {
    const now = nowIso();
    const rows = await this.store.transaction(async (tx) => {
      const out: UserRow[] = [];
      for (const { id, ...fields } of users) {
        const row = await tx.users.upsert(id, fields, now);
        if (row.erased_at !== null) throw erasedProfile(id);
        out.push(row);
      }
      return out;
    });
    for (const row of rows) this.recent.delete(row.id);
    this.changed(rows.map((row) => row.id));
    return rows.map(presentUser);
  }

  /** Dev mode only: make a user to try the service with. */
  async createForTrial(input: { id?: string; username: string; displayName?: string }): Promise<{ user: UserProfile; created: boolean }> {
    const id = input.id ?? newId();
    const existing = await this.store.users.findById(id);
    const row = await this.store.users.upsert(id, { username: input.username, displayName: input.displayName ?? null }, nowIso());
    if (row.erased_at !== null) throw erasedProfile(id);
    this.recent.delete(id);
    return { user: presentUser(row), created: existing === undefined };
  }

  async get(id: string): Promise<UserProfile> {
    return presentUser(await this.livingRow(id, () => notFound('user')));
  }

  /**
   * The caller's own profile. Erased meanwhile (on another instance, which tells this one through
   * the log or the bus a moment later), they are nobody: 401, as their next request will be.
   */
  async me(userId: string): Promise<UserProfile> {
    return presentUser(await this.livingRow(userId, erasedUser));
  }

  /** The user's stored row: unknown is 404, erased is `whenErased`. */
  private async livingRow(id: string, whenErased: () => AppError): Promise<UserRow> {
    const row = await this.store.users.findById(id);
    if (row === undefined) throw notFound('user');
    if (row.erased_at !== null) throw whenErased();
    return row;
  }

  async getByUsername(username: string): Promise<UserProfile> {
    const [row, other] = await this.store.users.findByUsername(username);
    if (!row) throw notFound('user');
    // Two people holding one name (a claim in a token can name anyone): answering either would let
    // the one who claimed it receive what was meant for the other.
    if (other) throw new AppError('CONFLICT', 'more than one user holds this username; look them up by id');
    return presentUser(row);
  }

  unread(actor: Actor) {
    if (actor.kind !== 'user') throw forbidden('only a user has unread messages');
    return this.store.conversations.unreadSummary(actor.userId);
  }
}

/**
 * Makes sure each id has a row before it joins a conversation or is blocked (a platform user can be
 * messaged before their first call); an erased user is nobody: they join nothing and cannot be blocked (404).
 */
/**
 * For writes that make something new of the actor's own (a conversation, a block, a report, an
 * upload): refused once they are erased, even when their credentials were checked before the
 * erasure committed. Sends need no such check: an erasure takes them out of every conversation
 * under its lock. `alone`: the actor's other writes that ask the same wait until this transaction
 * ends (for what is counted per user).
 */
export async function requireLivingActor(tx: Store, userId: string, options: { alone?: boolean } = {}): Promise<void> {
  if (await tx.users.erasedForWrite(userId, options.alone)) throw erasedUser();
}

export async function ensureLivingUsers(tx: Store, ids: string[], now: string): Promise<void> {
  const erased = await tx.users.erasedAmong(ids);
  if (erased.length > 0) throw erasedTarget(erased[0] as string);
  await tx.users.ensureExist(ids, now);
}
