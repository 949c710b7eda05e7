// Response analytics: per-conversation facts and per-day aggregates, updated inside the send
// that changes them. Reads sum day rows only.
import { type Kysely, sql } from 'kysely';
import type { Dialect } from './database.js';
import type { AnalyticsDailyTable, DB } from './schema.js';

export type DailyRow = AnalyticsDailyTable;

/** What one event adds to a day's row: a conversation, an answer, the answer's response-time bucket. */
export type DailyChange = { conversations?: number; answered?: number; bucket?: number };

export class AnalyticsRepository {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly dialect: Dialect,
  ) {}

  async addFacts(conversationId: string, responderIds: string[], firstAt: string): Promise<void> {
    if (responderIds.length === 0) return;
    await this.db
      .insertInto('response_facts')
      .values(responderIds.map((responder_id) => ({ conversation_id: conversationId, responder_id, first_at: firstAt, responded_at: null })))
      .onConflict((oc) => oc.columns(['conversation_id', 'responder_id']).doNothing())
      .execute();
  }

  /** The responder's first answer: the fact's first_at, or undefined when already answered or not a responder. */
  async answer(conversationId: string, responderId: string, at: string): Promise<string | undefined> {
    const row = await this.db
      .updateTable('response_facts')
      .set({ responded_at: at })
      .where('conversation_id', '=', conversationId)
      .where('responder_id', '=', responderId)
      .where('responded_at', 'is', null)
      .returning('first_at')
      .executeTakeFirst();
    return row?.first_at;
  }

  /** An erased user's figures as a responder, and the facts behind them: like a user never known. */
  async forgetResponder(userId: string): Promise<void> {
    await this.db.deleteFrom('analytics_daily').where('scope', '=', 'responder').where('subject', '=', userId).execute();
    await this.db.deleteFrom('response_facts').where('responder_id', '=', userId).execute();
  }

  /** Adds to one day's row; `bucket` is the response-time bucket of an answer, if any. */
  async bump(
    key: { scope: 'responder' | 'context'; subject: string; day: string; ownerId: string | null },
    change: DailyChange,
  ): Promise<void> {
    await this.db
      .insertInto('analytics_daily')
      .values({ scope: key.scope, subject: key.subject, day: key.day, owner_id: key.ownerId, conversations: 0, answered: 0, histogram: '{}' })
      .onConflict((oc) => oc.columns(['scope', 'subject', 'day']).doNothing())
      .execute();
    const row = await this.dialect
      .forUpdate(
        this.db
          .selectFrom('analytics_daily')
          .select(['histogram'])
          .where('scope', '=', key.scope)
          .where('subject', '=', key.subject)
          .where('day', '=', key.day),
      )
      .executeTakeFirstOrThrow();
    const histogram = JSON.parse(row.histogram) as Record<string, number>;
    if (change.bucket !== undefined) histogram[change.bucket] = (histogram[change.bucket] ?? 0) + 1;
    await this.db
      .updateTable('analytics_daily')
      .set({
        conversations: sql`conversations + ${change.conversations ?? 0}`,
        answered: sql`answered + ${change.answered ?? 0}`,
        histogram: JSON.stringify(histogram),
      })
      .where('scope', '=', key.scope)
      .where('subject', '=', key.subject)
      .where('day', '=', key.day)
      .execute();
  }

  /** A context's every day is its owner's (the platform named a new one, or none). */
  async setContextOwner(subject: string, ownerId: string | null): Promise<void> {
    await this.db.updateTable('analytics_daily').set({ owner_id: ownerId }).where('scope', '=', 'context').where('subject', '=', subject).execute();
  }

  /** One subject's day rows since `fromDay`. */
  days(scope: 'responder' | 'context', subject: string, fromDay: string): Promise<DailyRow[]> {
    return this.db
      .selectFrom('analytics_daily')
      .selectAll()
      .where('scope', '=', scope)
      .where('subject', '=', subject)
      .where('day', '>=', fromDay)
      .execute();
  }

  /** Context subjects with activity since `fromDay`, in subject order after `after`, optionally one owner's. */
  async contextSubjects(fromDay: string, options: { ownerId?: string; subjectPrefix?: string; after?: string; limit: number }): Promise<string[]> {
    let query = this.db
      .selectFrom('analytics_daily')
      .select('subject')
      .distinct()
      .where('scope', '=', 'context')
      .where('day', '>=', fromDay);
    if (options.ownerId !== undefined) query = query.where('owner_id', '=', options.ownerId);
    if (options.subjectPrefix !== undefined) {
      query = query.where('subject', '>=', options.subjectPrefix).where('subject', '<', `${options.subjectPrefix}\u{10FFFF}`);
    }
    if (options.after !== undefined) query = query.where('subject', '>', options.after);
    const rows = await query.orderBy('subject').limit(options.limit).execute();
    return rows.map((row) => row.subject);
  }
}
