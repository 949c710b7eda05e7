import { type Kysely, type Selectable, sql } from 'kysely';
import type { Dialect } from './database.js';
import type { DB, ReportsTable } from './schema.js';

export type ReportRow = Selectable<ReportsTable>;

export interface ReportTarget {
  type: string;
  id: string;
}

export interface Resolution {
  resolution: string;
  note: string | null;
  by: string | null;
  at: string;
}

export class ReportsRepository {
  constructor(
    private readonly db: Kysely<DB>,
    readonly dialect: Dialect,
  ) {}

  /** Inserts the report unless this reporter already reported this target; true when inserted. */
  async insertIfAbsent(row: ReportRow): Promise<boolean> {
    const result = await this.db
      .insertInto('reports')
      .values(row)
      // The open-reports index's own predicate, written out: a bound parameter would not name it.
      .onConflict((oc) => oc.columns(['reporter_id', 'target_type', 'target_id']).where(sql<boolean>`status = 'open'`).doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
  }

  /** The reporter's open report on the target: at most one (a resolved one leaves room for another). */
  findOpenByReporter(reporterId: string, target: ReportTarget): Promise<ReportRow | undefined> {
    return this.db
      .selectFrom('reports')
      .selectAll()
      .where('reporter_id', '=', reporterId)
      .where('target_type', '=', target.type)
      .where('target_id', '=', target.id)
      .where('status', '=', 'open')
      .executeTakeFirst();
  }

  findById(id: string): Promise<ReportRow | undefined> {
    return this.db.selectFrom('reports').selectAll().where('id', '=', id).executeTakeFirst();
  }

  /**
   * Every report on the target, locked on PostgreSQL in id order: two moderators resolving reports
   * on one target take turns, and the second reads the first one's resolution.
   */
  lockOnTarget(target: ReportTarget): Promise<ReportRow[]> {
    return this.dialect
      .forUpdate(this.db.selectFrom('reports').selectAll().where('target_type', '=', target.type).where('target_id', '=', target.id).orderBy('id'))
      .execute();
  }

  /** Open reports on any of these targets, oldest first. */
  async openOn(targets: ReportTarget[]): Promise<ReportRow[]> {
    if (targets.length === 0) return [];
    return this.db
      .selectFrom('reports')
      .selectAll()
      .where('status', '=', 'open')
      .where((eb) => eb.or(targets.map((t) => eb.and([eb('target_type', '=', t.type), eb('target_id', '=', t.id)]))))
      .orderBy('created_at')
      .orderBy('id')
      .execute();
  }

  /** Resolves every open report on the target; returns how many were open. */
  async resolveOpenOn(target: ReportTarget, resolution: Resolution): Promise<number> {
    const result = await this.db
      .updateTable('reports')
      .set({ status: 'resolved', resolution: resolution.resolution, note: resolution.note, resolved_by: resolution.by, resolved_at: resolution.at })
      .where('target_type', '=', target.type)
      .where('target_id', '=', target.id)
      .where('status', '=', 'open')
      .executeTakeFirst();
    return Number(result.numUpdatedRows);
  }

  /**
   * Resolves every open report on a conversation or on its messages: the
   * conversation is being deleted, and the reports stay as the record of what was reported.
   */
  async resolveOpenIn(conversationId: string, resolution: Resolution): Promise<void> {
    await this.db
      .updateTable('reports')
      .set({ status: 'resolved', resolution: resolution.resolution, note: resolution.note, resolved_by: resolution.by, resolved_at: resolution.at })
      .where('conversation_id', '=', conversationId)
      .where('status', '=', 'open')
      .execute();
  }

  /** Reports a user made: part of their GDPR export. */
  byReporter(reporterId: string): Promise<ReportRow[]> {
    return this.db.selectFrom('reports').selectAll().where('reporter_id', '=', reporterId).orderBy('created_at').execute();
  }
}
