import type { Insertable, Kysely, Selectable } from 'kysely';
import type { Dialect } from './database.js';
import type { DB, UsersTable } from './schema.js';

export type UserRow = Selectable<UsersTable>;

/** Fields a profile update may carry; undefined leaves the stored value as it is. */
export interface ProfileFields {
  username?: string | null;
  displayName?: string | null;
  avatarUrl?: string | null;
  role?: string;
}

export class UsersRepository {
  constructor(
    private readonly db: Kysely<DB>,
    readonly dialect: Dialect,
  ) {}

  async upsert(id: string, fields: ProfileFields, now: string): Promise<UserRow> {
    const changes: Partial<Insertable<UsersTable>> = { updated_at: now };
    if (fields.username !== undefined) changes.username = fields.username;
    if (fields.displayName !== undefined) changes.display_name = fields.displayName;
    if (fields.avatarUrl !== undefined) changes.avatar_url = fields.avatarUrl;
    if (fields.role !== undefined) changes.role = fields.role;
    const row = await this.db
      .insertInto('users')
      .values({
        id,
        username: fields.username ?? null,
        display_name: fields.displayName ?? null,
        avatar_url: fields.avatarUrl ?? null,
        role: fields.role ?? 'user',
        created_at: now,
        updated_at: now,
        erased_at: null,
      })
      // An erased profile stays anonymous, whatever a later token or sync claims.
      .onConflict((oc) => oc.column('id').doUpdateSet(changes).where('users.erased_at', 'is', null))
      .returningAll()
      .executeTakeFirst();
    return row ?? (await this.db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirstOrThrow());
  }

  /**
   * Presence: the user's last connection closed at `at`. Kept only for a user not erased (a
   * socket of theirs may close after the erasure) and only forward (instances may report late).
   */
  async recordLastSeen(userId: string, at: string): Promise<void> {
    await this.db
      .insertInto('last_seen')
      .columns(['user_id', 'seen_at'])
      .expression((eb) =>
        eb
          .selectFrom('users')
          .select([eb.val(userId).as('user_id'), eb.val(at).as('seen_at')])
          .where('id', '=', userId)
          .where('erased_at', 'is', null),
      )
      .onConflict((oc) => oc.column('user_id').doUpdateSet({ seen_at: at }).where('last_seen.seen_at', '<', at))
      .execute();
  }

  /** The stored last-seen times of those of `ids` that have one. */
  async lastSeenOf(ids: string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows = await this.db.selectFrom('last_seen').select(['user_id', 'seen_at']).where('user_id', 'in', ids).execute();
    return new Map(rows.map((row) => [row.user_id, row.seen_at]));
  }

  /** Those of `ids` that were erased. */
  async erasedAmong(ids: string[]): Promise<string[]> {
    if (ids.length === 0) return [];
    const rows = await this.db.selectFrom('users').select('id').where('id', 'in', ids).where('erased_at', 'is not', null).execute();
    return rows.map((row) => row.id);
  }

  /** Makes sure each id has a row, so a platform user can be messaged before their first call. */
  async ensureExist(ids: string[], now: string): Promise<void> {
    if (ids.length === 0) return;
    await this.db
      .insertInto('users')
      .values(ids.map((id) => ({ id, role: 'user', created_at: now, updated_at: now })))
      .onConflict((oc) => oc.column('id').doNothing())
      .execute();
  }

  findById(id: string): Promise<UserRow | undefined> {
    return this.db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  }

  /** The user, locked until commit for their erasure: their writes in flight (see erasedForWrite) finish first. */
  lockForErasure(id: string): Promise<UserRow | undefined> {
    return this.dialect.forUpdate(this.db.selectFrom('users').selectAll().where('id', '=', id)).executeTakeFirst();
  }

  /**
   * Whether the user is erased, read under a shared lock that their erasure waits for: a write
   * of theirs that asks first either commits before the erasure (which then reaches what it
   * wrote) or sees them erased. An unknown user is not erased. `alone`: the lock is exclusive, so
   * their writes that ask so go one at a time (what is counted per user, such as an upload quota).
   */
  async erasedForWrite(id: string, alone = false): Promise<boolean> {
    const query = this.db.selectFrom('users').select('erased_at').where('id', '=', id);
    const row = await (alone ? this.dialect.forUpdate(query) : this.dialect.forShare(query)).executeTakeFirst();
    return row !== undefined && row.erased_at !== null;
  }

  /** Usernames come from the platform and identity claims and are not unique here: at most two holders, to tell one from several. */
  findByUsername(username: string): Promise<UserRow[]> {
    return this.db.selectFrom('users').selectAll().where('username', '=', username).where('erased_at', 'is', null).limit(2).execute();
  }

  async findMany(ids: string[]): Promise<Map<string, UserRow>> {
    if (ids.length === 0) return new Map();
    const rows = await this.db.selectFrom('users').selectAll().where('id', 'in', [...new Set(ids)]).execute();
    return new Map(rows.map((row) => [row.id, row]));
  }
}
