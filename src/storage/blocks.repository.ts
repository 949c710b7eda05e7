import type { Kysely, Selectable } from 'kysely';
import type { Dialect } from './database.js';
import { prepared } from './prepared.js';
import type { BlocksTable, DB } from './schema.js';

export type BlockRow = Selectable<BlocksTable>;

const existsBetweenQuery = prepared<{ a: string; b: string }, { blocker_id: string }>((db, arg) =>
  db
    .selectFrom('blocks')
    .select('blocker_id')
    .where((eb) =>
      eb.or([
        eb.and([eb('blocker_id', '=', arg('a')), eb('blocked_id', '=', arg('b'))]),
        eb.and([eb('blocker_id', '=', arg('b')), eb('blocked_id', '=', arg('a'))]),
      ]),
    )
    .limit(1),
);

export class BlocksRepository {
  constructor(
    private readonly db: Kysely<DB>,
    readonly dialect: Dialect,
  ) {}

  /** The block as stored: `row`, or the one that already existed (then `created` is false and it is unchanged). */
  async add(row: BlockRow): Promise<{ row: BlockRow; created: boolean }> {
    const result = await this.db
      .insertInto('blocks')
      .values(row)
      .onConflict((oc) => oc.columns(['blocker_id', 'blocked_id']).doNothing())
      .executeTakeFirst();
    if (Number(result.numInsertedOrUpdatedRows ?? 0) > 0) return { row, created: true };
    const existing = await this.db
      .selectFrom('blocks')
      .selectAll()
      .where('blocker_id', '=', row.blocker_id)
      .where('blocked_id', '=', row.blocked_id)
      .executeTakeFirstOrThrow();
    return { row: existing, created: false };
  }

  async remove(blockerId: string, blockedId: string): Promise<boolean> {
    const result = await this.db
      .deleteFrom('blocks')
      .where('blocker_id', '=', blockerId)
      .where('blocked_id', '=', blockedId)
      .executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }

  /** True when either user blocks the other. On the path of every DIRECT send, so prepared. */
  async existsBetween(a: string, b: string): Promise<boolean> {
    return (await existsBetweenQuery.first(this.db, this.dialect, { a, b })) !== undefined;
  }

  /** True when `userId` blocks any of `others`, or any of them blocks `userId`. */
  async existsWithAny(userId: string, others: readonly string[]): Promise<boolean> {
    if (others.length === 0) return false;
    const found = await this.db
      .selectFrom('blocks')
      .select('blocker_id')
      .where((eb) =>
        eb.or([
          eb.and([eb('blocker_id', '=', userId), eb('blocked_id', 'in', others)]),
          eb.and([eb('blocked_id', '=', userId), eb('blocker_id', 'in', others)]),
        ]),
      )
      .limit(1)
      .executeTakeFirst();
    return found !== undefined;
  }

  /** The users `blockerId` blocks, newest first, after a (createdAt, id) position. */
  list(blockerId: string, after: { createdAt: string; id: string } | undefined, limit: number): Promise<BlockRow[]> {
    let query = this.db.selectFrom('blocks').selectAll().where('blocker_id', '=', blockerId);
    if (after) {
      query = query.where((eb) =>
        eb.or([
          eb('created_at', '<', after.createdAt),
          eb.and([eb('created_at', '=', after.createdAt), eb('blocked_id', '<', after.id)]),
        ]),
      );
    }
    return query.orderBy('created_at', 'desc').orderBy('blocked_id', 'desc').limit(limit).execute();
  }
}
