// The moderation policy's state: flagged messages under review, senders' strikes for the
// escalation rule, and the review queue that merges flags with open reports.
import { type Kysely, type Selectable, sql } from 'kysely';
import type { Dialect } from './database.js';
import { prepared } from './prepared.js';
import type { DB, ModerationFlagsTable } from './schema.js';

export type FlagRow = Selectable<ModerationFlagsTable>;

/** A target with open items, and when its oldest open item arrived. */
export interface QueueTarget {
  target_type: string;
  target_id: string;
  first_at: string;
}

/** Where a page of the queue starts: after this target in (first_at, type, id) order. */
export interface QueuePosition {
  firstAt: string;
  type: string;
  id: string;
}

// On the path of every send (when escalation is on): compiled once.
const countStrikesQuery = prepared<{ userId: string; since: string }, { strikes: number }>((db, arg) =>
  db
    .selectFrom('moderation_strikes')
    .select((eb) => eb.fn.countAll<number>().as('strikes'))
    .where('user_id', '=', arg('userId'))
    .where('at', '>', arg('since')),
);

export class ModerationRepository {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly dialect: Dialect,
  ) {}

  /** Flags a message, or flags it again (after an edit) with the new matches, open once more. */
  async upsertFlag(row: FlagRow): Promise<void> {
    await this.db
      .insertInto('moderation_flags')
      .values(row)
      .onConflict((oc) =>
        oc.column('message_id').doUpdateSet({
          violations: row.violations,
          reasons: row.reasons,
          escalated: row.escalated,
          status: 'open',
          note: null,
          decided_by: null,
          decided_at: null,
        }),
      )
      .execute();
  }

  /** An edit that the policy no longer flags withdraws the open flag. */
  async withdrawOpenFlag(messageId: string): Promise<void> {
    await this.db.deleteFrom('moderation_flags').where('message_id', '=', messageId).where('status', '=', 'open').execute();
  }

  findFlag(messageId: string): Promise<FlagRow | undefined> {
    return this.db.selectFrom('moderation_flags').selectAll().where('message_id', '=', messageId).executeTakeFirst();
  }

  async flagsOf(messageIds: string[]): Promise<Map<string, FlagRow>> {
    if (messageIds.length === 0) return new Map();
    const rows = await this.db.selectFrom('moderation_flags').selectAll().where('message_id', 'in', messageIds).execute();
    return new Map(rows.map((row) => [row.message_id, row]));
  }

  async decideFlag(messageId: string, decision: { status: 'approved' | 'removed'; note: string | null; by: string | null; at: string }): Promise<void> {
    await this.db
      .updateTable('moderation_flags')
      .set({ status: decision.status, note: decision.note, decided_by: decision.by, decided_at: decision.at })
      .where('message_id', '=', messageId)
      .execute();
  }

  /** Records a masked or blocked message; the sender's strikes older than `forgetBefore` go. */
  async addStrike(userId: string, at: string, forgetBefore: string): Promise<void> {
    await this.db.deleteFrom('moderation_strikes').where('user_id', '=', userId).where('at', '<=', forgetBefore).execute();
    await this.db.insertInto('moderation_strikes').values({ user_id: userId, at }).execute();
  }

  async countStrikes(userId: string, since: string): Promise<number> {
    const row = await countStrikesQuery.first(this.db, this.dialect, { userId, since });
    return Number(row?.strikes ?? 0);
  }

  /**
   * Targets with open items (open reports on any target, open flags on messages), oldest
   * first, one row per target however many items it has.
   */
  async queueTargets(after: QueuePosition | undefined, limit: number): Promise<QueueTarget[]> {
    const start =
      after === undefined
        ? sql`true`
        : sql`(first_at > ${after.firstAt} or (first_at = ${after.firstAt} and (target_type > ${after.type}
            or (target_type = ${after.type} and target_id > ${after.id}))))`;
    const result = await sql<QueueTarget>`
      select target_type, target_id, first_at from (
        select target_type, target_id, min(created_at) as first_at from (
          select target_type, target_id, created_at from reports where status = 'open'
          union all
          select 'message' as target_type, message_id as target_id, created_at from moderation_flags where status = 'open'
        ) items group by target_type, target_id
      ) targets
      where ${start}
      order by first_at, target_type, target_id
      limit ${limit}`.execute(this.db);
    return result.rows;
  }
}
