import type { Kysely, Selectable } from 'kysely';
import type { Dialect } from './database.js';
import type { DB, ReportsTable } from './schema.js';

export type ReportRow = Selectable<ReportsTable>;

export class ReportsRepository {
  constructor(
    private readonly db: Kysely<DB>,
    readonly dialect: Dialect,
  ) {}

  async insert(row: ReportRow): Promise<void> {
    await this.db.insertInto('reports').values(row).execute();
  }

  findById(id: string): Promise<ReportRow | undefined> {
    return this.db.selectFrom('reports').selectAll().where('id', '=', id).executeTakeFirst();
  }
}
