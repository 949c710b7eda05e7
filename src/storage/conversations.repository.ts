import { type Kysely, type Selectable, sql } from 'kysely';
import type { ValueCipher } from '../crypto/value-cipher.js';
import type { Dialect } from './database.js';
import { groupBy } from './group-by.js';
import { prepared, type SqlStatements } from './prepared.js';
import type { ConversationsTable, DB, ParticipantsTable } from './schema.js';
import { openConversation, sealPreview } from './sealed.js';

export type ConversationRow = Selectable<ConversationsTable>;
export type ParticipantRow = Selectable<ParticipantsTable>;

export interface ParticipantWithUser extends ParticipantRow {
  username: string | null;
  display_name: string | null;
  avatar_url: string | null;
}

/** A conversation as one participant sees it: the row plus that participant's own state. */
export interface ConversationForUser extends ConversationRow {
  viewer_last_read_seq: number;
  viewer_archived: number;
  /** The messages after the viewer's read pointer that are still there (see unreadOf). */
  viewer_unread: number;
}

/**
 * What a participant (`p`) of a conversation (`c`) has not read: the seqs after their pointer,
 * less the messages deleted or removed among them, which leave nothing to read. Deletions are
 * rare and counted through a partial index of deleted messages, so this stays cheap however much
 * is unread.
 */
const unreadOf = sql<number>`(c.last_seq - p.last_read_seq - (select count(*) from messages d where d.conversation_id = c.id and d.seq > p.last_read_seq and d.deleted_at is not null))`;

export interface ConversationFilters {
  status?: string;
  type?: string;
  contextType?: string;
  contextId?: string;
  archived: boolean;
  unreadOnly: boolean;
  query?: string;
}

/** The user's membership beside a conversation row; all null when they never took part. */
export interface MembershipColumns {
  member_role: string | null;
  member_left_at: string | null;
  member_last_read_seq: number | null;
  member_archived: number | null;
}

/** Position in the list, which runs by activity_at then id, both descending. */
export interface ListPosition {
  activityAt: string;
  id: string;
}

/**
 * The conversation as a send reads it: every column but the latest message's preview, which a
 * send replaces without reading (sealed with encryption on, opening it would cost a decryption).
 */
export type ConversationForSend = Omit<ConversationRow, 'last_message_preview'>;
export type LockedForSend = ConversationForSend & { member_role: string; members: string[]; blocked: boolean };
/** Every column of ConversationForSend, spelled out: the type fails when the table gains one this misses. */
const FOR_SEND: Record<keyof ConversationForSend, true> = {
  id: true,
  type: true,
  title: true,
  status: true,
  context_type: true,
  context_id: true,
  context_title: true,
  context: true,
  metadata: true,
  created_by: true,
  direct_key: true,
  last_seq: true,
  last_message_id: true,
  last_message_sender_id: true,
  last_message_at: true,
  activity_at: true,
  created_at: true,
  updated_at: true,
  context_state: true,
  first_message_at: true,
  first_sender_id: true,
  first_reply_at: true,
};
const FOR_SEND_COLUMNS = (Object.keys(FOR_SEND) as (keyof ConversationForSend)[]).map((column) => `c.${column}` as const);

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

// The statements of a send, prepared once (see prepared.ts).
/** A conversation and the sender's membership, locked for a send, with what the send decides on (see lockForSend). */
export type LockForSendRow = ConversationForSend & { member_role: string; members: unknown; blocked: unknown };
const lockForSendQuery = prepared<{ conversationId: string; userId: string }, LockForSendRow>((db, arg, dialect) =>
  dialect.forUpdate(
    db
      .selectFrom('conversations as c')
      .innerJoin('participants as p', 'p.conversation_id', 'c.id')
      .select(FOR_SEND_COLUMNS)
      .select('p.role as member_role')
      .select((eb) => [
        eb
          .selectFrom('participants as m')
          .select(dialect.jsonArrayAgg('m.user_id').as('ids'))
          .whereRef('m.conversation_id', '=', 'c.id')
          .where('m.left_at', 'is', null)
          .as('members'),
        eb
          .exists(
            eb
              .selectFrom('participants as o')
              .innerJoin('blocks as b', (join) =>
                join.on((on) =>
                  on.or([
                    on.and([on('b.blocker_id', '=', on.ref('p.user_id')), on('b.blocked_id', '=', on.ref('o.user_id'))]),
                    on.and([on('b.blocker_id', '=', on.ref('o.user_id')), on('b.blocked_id', '=', on.ref('p.user_id'))]),
                  ]),
                ),
              )
              .select('b.blocker_id')
              .whereRef('o.conversation_id', '=', 'c.id')
              .where('o.left_at', 'is', null)
              .whereRef('o.user_id', '!=', 'p.user_id'),
          )
          .as('blocked'),
      ])
      .where('c.id', '=', arg('conversationId'))
      .where('p.user_id', '=', arg('userId'))
      .where('p.left_at', 'is', null),
  ),
);
const findParticipantQuery = prepared<{ conversationId: string; userId: string }, ParticipantRow>((db, arg) =>
  db
    .selectFrom('participants')
    .selectAll()
    .where('conversation_id', '=', arg('conversationId'))
    .where('user_id', '=', arg('userId')),
);
const activeParticipantIdsQuery = prepared<{ conversationId: string }, { user_id: string }>((db, arg) =>
  db.selectFrom('participants').select('user_id').where('conversation_id', '=', arg('conversationId')).where('left_at', 'is', null),
);
const advanceReadPointerQuery = prepared<{ conversationId: string; userId: string; seq: number; now: string }, never>(
  (db, arg) =>
    db
      .updateTable('participants')
      .set({ last_read_seq: arg('seq'), last_read_at: arg('now') })
      .where('conversation_id', '=', arg('conversationId'))
      .where('user_id', '=', arg('userId'))
      .where('last_read_seq', '<', arg('seq')),
);
export class ConversationsRepository {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly dialect: Dialect,
    private readonly cipher: ValueCipher,
  ) {}

  async insert(row: ConversationRow): Promise<void> {
    await this.db
      .insertInto('conversations')
      .values({ ...row, last_message_preview: sealPreview(this.cipher, row.id, row.last_message_preview) })
      .execute();
  }

  async findById(id: string): Promise<ConversationRow | undefined> {
    return openConversation(this.cipher, await this.db.selectFrom('conversations').selectAll().where('id', '=', id).executeTakeFirst());
  }

  async findMany(ids: string[]): Promise<Map<string, ConversationRow>> {
    if (ids.length === 0) return new Map();
    const rows = await this.db.selectFrom('conversations').selectAll().where('id', 'in', ids).execute();
    return new Map(rows.map((row) => [row.id, openConversation(this.cipher, row)]));
  }

  /** Reads the conversation and holds it until the transaction ends; concurrent writers queue. */
  async lockById(id: string): Promise<ConversationRow | undefined> {
    const row = await this.dialect
      .forUpdate(this.db.selectFrom('conversations').selectAll().where('id', '=', id).where(this.dialect.conversationTurn(id)))
      .executeTakeFirst();
    return openConversation(this.cipher, row);
  }

  /**
   * PostgreSQL: takes the turns of these conversations (Dialect.conversationTurns, in one
   * order for every caller) and holds them until the transaction ends. Take them before the
   * transaction writes or row-locks anything: only then does its transaction id, and so its
   * events' positions, come after the changes it waited for. Each turn is an entry in the
   * server's shared lock table, which holds a few thousand: callers keep to a few hundred (an
   * erasure takes at most 200). (SQLite, one writer at a time, needs no turn.)
   */
  async takeTurnsOf(conversationIds: readonly string[]): Promise<void> {
    if (this.dialect.name !== 'postgres' || conversationIds.length === 0) return;
    await sql`select ${this.dialect.conversationTurns(conversationIds)} as turns`.execute(this.db);
  }

  /** PostgreSQL: takes the turn of every DIRECT conversation the two users share (see takeTurnsOf). */
  async takeDirectTurnsBetween(userId: string, otherId: string): Promise<void> {
    if (this.dialect.name !== 'postgres') return;
    const shared = await this.db
      .selectFrom('participants as mine')
      .innerJoin('participants as theirs', 'theirs.conversation_id', 'mine.conversation_id')
      .innerJoin('conversations as c', 'c.id', 'mine.conversation_id')
      .select('c.id')
      .where('c.type', '=', 'DIRECT')
      .where('mine.user_id', '=', userId)
      .where('theirs.user_id', '=', otherId)
      .execute();
    await this.takeTurnsOf(shared.map(({ id }) => id));
  }

  /**
   * The conversation locked for a send by one of its active participants (undefined otherwise),
   * with the sender's role, the active members (the sender included) and whether a block stands
   * between the sender and one of them: one read where a send took three. The transaction must
   * already have the conversation's turn (Store.transactionForSend, or after lockById): this statement's
   * reads are as of its start, and only then is that after the previous writer's commit.
   */
  async lockForSend(conversationId: string, userId: string): Promise<LockedForSend | undefined> {
    return this.lockedForSend(await lockForSendQuery.first(this.db, this.dialect, { conversationId, userId }));
  }

  /** PostgreSQL: lockForSend's read as SQL text, to follow the begin in its round trip. */
  lockForSendStatements(conversationId: string, userId: string): SqlStatements {
    return lockForSendQuery.asStatements(this.db, this.dialect, { conversationId, userId });
  }

  /** lockForSend's row as a send uses it. */
  lockedForSend(row: LockForSendRow | undefined): LockedForSend | undefined {
    if (row === undefined) return undefined;
    const { members, blocked, ...conversation } = row;
    return { ...conversation, members: this.dialect.jsonArray<string>(members), blocked: Boolean(blocked) };
  }

  async findByDirectKey(directKey: string): Promise<ConversationRow | undefined> {
    const row = await this.db.selectFrom('conversations').selectAll().where('direct_key', '=', directKey).executeTakeFirst();
    return openConversation(this.cipher, row);
  }

  /** The state of the context a conversation (or a message's conversation) is about, if any. */
  async contextStateOf(ref: { conversationId: string } | { messageId: string }): Promise<string | null> {
    const query =
      'conversationId' in ref
        ? this.db.selectFrom('conversations').select('context_state').where('id', '=', ref.conversationId)
        : this.db
            .selectFrom('messages as m')
            .innerJoin('conversations as c', 'c.id', 'm.conversation_id')
            .select('c.context_state')
            .where('m.id', '=', ref.messageId);
    return (await query.executeTakeFirst())?.context_state ?? null;
  }

  /** Response analytics: the conversation's first non-SYSTEM message. */
  async recordFirstMessage(id: string, senderId: string, at: string): Promise<void> {
    await this.db.updateTable('conversations').set({ first_message_at: at, first_sender_id: senderId }).where('id', '=', id).execute();
  }

  /** Response analytics: the first answer by someone other than the first sender. */
  async recordFirstReply(id: string, at: string): Promise<void> {
    await this.db.updateTable('conversations').set({ first_reply_at: at }).where('id', '=', id).execute();
  }

  async addParticipants(rows: ParticipantRow[]): Promise<void> {
    if (rows.length === 0) return;
    await this.db.insertInto('participants').values(rows).execute();
  }

  findParticipant(conversationId: string, userId: string): Promise<ParticipantRow | undefined> {
    return findParticipantQuery.first(this.db, this.dialect, { conversationId, userId });
  }

  /** The conversation and the user's membership in one read; undefined unless an active participant. */
  async findForParticipant(conversationId: string, userId: string): Promise<ConversationForUser | undefined> {
    const row = await this.db
      .selectFrom('conversations as c')
      .innerJoin('participants as p', 'p.conversation_id', 'c.id')
      .selectAll('c')
      .select(['p.last_read_seq as viewer_last_read_seq', 'p.archived as viewer_archived', unreadOf.as('viewer_unread')])
      .where('c.id', '=', conversationId)
      .where('p.user_id', '=', userId)
      .where('p.left_at', 'is', null)
      .executeTakeFirst();
    return openConversation(this.cipher, row);
  }

  /**
   * The conversation and the user's membership row (former ones too) in one read: what a
   * policy decision needs. `member_role` is null when the user never took part.
   */
  async findWithMembership(
    conversationId: string,
    userId: string,
  ): Promise<(ConversationRow & MembershipColumns) | undefined> {
    const row = await this.db
      .selectFrom('conversations as c')
      .leftJoin('participants as p', (join) => join.onRef('p.conversation_id', '=', 'c.id').on('p.user_id', '=', userId))
      .selectAll('c')
      .select([
        'p.role as member_role',
        'p.left_at as member_left_at',
        'p.last_read_seq as member_last_read_seq',
        'p.archived as member_archived',
      ])
      .where('c.id', '=', conversationId)
      .executeTakeFirst();
    return openConversation(this.cipher, row);
  }

  /** After an edit of the latest message, the list shows its new preview. */
  async refreshLastPreview(id: string, messageId: string, preview: string): Promise<boolean> {
    const result = await this.db
      .updateTable('conversations')
      .set({ last_message_preview: sealPreview(this.cipher, id, preview) })
      .where('id', '=', id)
      .where('last_message_id', '=', messageId)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  /** Active participants of the given conversations, with their profiles. */
  async listParticipants(conversationIds: string[]): Promise<Map<string, ParticipantWithUser[]>> {
    if (conversationIds.length === 0) return new Map();
    const rows = await this.db
      .selectFrom('participants as p')
      .innerJoin('users as u', 'u.id', 'p.user_id')
      .selectAll('p')
      .select(['u.username', 'u.display_name', 'u.avatar_url'])
      .where('p.conversation_id', 'in', conversationIds)
      .where('p.left_at', 'is', null)
      .orderBy('p.joined_at')
      .orderBy('p.user_id')
      .execute();
    return groupBy(rows, (row) => row.conversation_id);
  }

  async activeParticipantIds(conversationId: string): Promise<string[]> {
    const rows = await activeParticipantIdsQuery.all(this.db, this.dialect, { conversationId });
    return rows.map((row) => row.user_id);
  }

  /** Moves a read pointer forward, never back; returns false when it was already there or beyond. */
  async advanceReadPointer(conversationId: string, userId: string, seq: number, now: string): Promise<boolean> {
    const result = await advanceReadPointerQuery.execute(this.db, this.dialect, { conversationId, userId, seq, now });
    return Number(result.numAffectedRows ?? 0) > 0;
  }

  /** Asking for a DIRECT conversation again brings it back for the asker if they had hidden it. */
  async reopenFor(conversationId: string, userId: string): Promise<void> {
    await this.db
      .updateTable('participants')
      .set({ hidden: 0, archived: 0 })
      .where('conversation_id', '=', conversationId)
      .where('user_id', '=', userId)
      .execute();
  }

  async update(
    id: string,
    changes: { title?: string | null; status?: string; metadata?: string },
    now: string,
  ): Promise<void> {
    await this.db
      .updateTable('conversations')
      .set({ ...changes, updated_at: now })
      .where('id', '=', id)
      .execute();
  }

  /** The latest message was deleted: the list shows no preview of it any more. */
  /** Blanks the conversation list's line when `messageId` is the latest message. */
  async clearLastPreviewOf(id: string, messageId: string): Promise<void> {
    await this.db.updateTable('conversations').set({ last_message_preview: '' }).where('id', '=', id).where('last_message_id', '=', messageId).execute();
  }

  async setArchived(conversationId: string, userId: string, archived: boolean): Promise<void> {
    await this.db
      .updateTable('participants')
      .set({ archived: archived ? 1 : 0 })
      .where('conversation_id', '=', conversationId)
      .where('user_id', '=', userId)
      .execute();
  }

  /** The user stops seeing the conversation until a new message brings it back. */
  async hide(conversationId: string, userId: string): Promise<void> {
    await this.db
      .updateTable('participants')
      .set({ hidden: 1 })
      .where('conversation_id', '=', conversationId)
      .where('user_id', '=', userId)
      .execute();
  }

  async leave(conversationId: string, userId: string, now: string): Promise<void> {
    await this.db
      .updateTable('participants')
      .set({ left_at: now, hidden: 1 })
      .where('conversation_id', '=', conversationId)
      .where('user_id', '=', userId)
      .execute();
  }

  /** Brings a former participant back: unread history starts at their return. */
  async rejoin(conversationId: string, userId: string, role: string, lastSeq: number, now: string): Promise<void> {
    await this.db
      .updateTable('participants')
      .set({ left_at: null, hidden: 0, archived: 0, role, joined_at: now, last_read_seq: lastSeq, last_read_at: now })
      .where('conversation_id', '=', conversationId)
      .where('user_id', '=', userId)
      .execute();
  }

  async setRole(conversationId: string, userId: string, role: string): Promise<void> {
    await this.db
      .updateTable('participants')
      .set({ role })
      .where('conversation_id', '=', conversationId)
      .where('user_id', '=', userId)
      .execute();
  }

  /**
   * Of `candidates` (everyone, when omitted), those who share an active conversation with
   * `userId`, less blocked pairs:
   * with `blocker: 'user'` those `userId` blocks are left out (who may see `userId`'s
   * presence); with `blocker: 'candidate'` those who block `userId` (whose presence `userId`
   * may see).
   */
  async presencePartners(userId: string, candidates: string[] | undefined, blocker: 'user' | 'candidate'): Promise<string[]> {
    if (candidates?.length === 0) return [];
    let query = this.db
      .selectFrom('participants as mine')
      .innerJoin('participants as theirs', 'theirs.conversation_id', 'mine.conversation_id')
      .select('theirs.user_id')
      .distinct()
      .where('mine.user_id', '=', userId)
      .where('mine.left_at', 'is', null)
      .where('theirs.left_at', 'is', null)
      .where('theirs.user_id', '!=', userId)
      .where((eb) =>
        eb.not(
          eb.exists(
            blocker === 'user'
              ? eb.selectFrom('blocks').select('blocker_id').where('blocker_id', '=', userId).whereRef('blocked_id', '=', 'theirs.user_id')
              : eb.selectFrom('blocks').select('blocker_id').whereRef('blocker_id', '=', 'theirs.user_id').where('blocked_id', '=', userId),
          ),
        ),
      );
    if (candidates !== undefined) query = query.where('theirs.user_id', 'in', candidates);
    const rows = await query.execute();
    return rows.map((row) => row.user_id);
  }

  /** Every participant row, former ones included. */
  allParticipants(conversationId: string): Promise<ParticipantRow[]> {
    return this.db.selectFrom('participants').selectAll().where('conversation_id', '=', conversationId).execute();
  }

  /** Deletes the conversation with its messages, reactions and memberships (reports stay: see ReportsRepository.resolveOpenIn). */
  async delete(id: string): Promise<void> {
    await this.db
      .deleteFrom('reactions')
      .where('message_id', 'in', (eb) => eb.selectFrom('messages').select('id').where('conversation_id', '=', id))
      .execute();
    await this.db.deleteFrom('messages').where('conversation_id', '=', id).execute();
    await this.db.deleteFrom('participants').where('conversation_id', '=', id).execute();
    await this.db.deleteFrom('conversations').where('id', '=', id).execute();
  }

  async listForUser(
    userId: string,
    filters: ConversationFilters,
    after: ListPosition | undefined,
    limit: number,
  ): Promise<ConversationForUser[]> {
    let query = this.db
      .selectFrom('participants as p')
      .innerJoin('conversations as c', 'c.id', 'p.conversation_id')
      .selectAll('c')
      .select(['p.last_read_seq as viewer_last_read_seq', 'p.archived as viewer_archived', unreadOf.as('viewer_unread')])
      .where('p.user_id', '=', userId)
      .where('p.left_at', 'is', null)
      .where('p.hidden', '=', 0)
      .where('p.archived', '=', filters.archived ? 1 : 0);
    if (filters.status !== undefined) query = query.where('c.status', '=', filters.status);
    if (filters.type !== undefined) query = query.where('c.type', '=', filters.type);
    if (filters.contextType !== undefined) query = query.where('c.context_type', '=', filters.contextType);
    if (filters.contextId !== undefined) query = query.where('c.context_id', '=', filters.contextId);
    if (filters.unreadOnly) query = query.whereRef('c.last_seq', '>', 'p.last_read_seq').where(unreadOf, '>', 0);
    if (filters.query !== undefined) {
      const pattern = `%${escapeLike(filters.query)}%`;
      query = query.where((eb) =>
        eb.or([
          this.dialect.likeIgnoringCase(eb.ref('c.title'), pattern),
          this.dialect.likeIgnoringCase(eb.ref('c.context_title'), pattern),
          eb.exists(
            eb
              .selectFrom('participants as other')
              .innerJoin('users as u', 'u.id', 'other.user_id')
              .select(sql.lit(1).as('one'))
              .whereRef('other.conversation_id', '=', 'c.id')
              .where('other.user_id', '!=', userId)
              .where((inner) =>
                inner.or([
                  this.dialect.likeIgnoringCase(inner.ref('u.display_name'), pattern),
                  this.dialect.likeIgnoringCase(inner.ref('u.username'), pattern),
                  // People without a name are shown by their id: found by it too.
                  this.dialect.likeIgnoringCase(inner.ref('other.user_id'), pattern),
                ]),
              ),
          ),
        ]),
      );
    }
    if (after !== undefined) {
      query = query.where((eb) =>
        eb.or([
          eb('c.activity_at', '<', after.activityAt),
          eb.and([eb('c.activity_at', '=', after.activityAt), eb('c.id', '<', after.id)]),
        ]),
      );
    }
    const rows = await query.orderBy('c.activity_at', 'desc').orderBy('c.id', 'desc').limit(limit).execute();
    return rows.map((row) => openConversation(this.cipher, row));
  }

  /** Unread messages over all the user's visible conversations, for a badge. */
  async unreadSummary(userId: string): Promise<{ totalUnread: number; conversations: number }> {
    const row = await this.db
      .selectFrom('participants as p')
      .innerJoin('conversations as c', 'c.id', 'p.conversation_id')
      .select((eb) => [eb.fn.coalesce(eb.fn.sum<number>(unreadOf), sql.lit(0)).as('total'), eb.fn.count<number>('c.id').as('conversations')])
      .where('p.user_id', '=', userId)
      .where('p.left_at', 'is', null)
      .where('p.hidden', '=', 0)
      .whereRef('c.last_seq', '>', 'p.last_read_seq')
      .where(unreadOf, '>', 0)
      .executeTakeFirstOrThrow();
    return { totalUnread: Number(row.total), conversations: Number(row.conversations) };
  }
}
