import type { Kysely, Selectable } from 'kysely';
import type { ValueCipher } from '../crypto/value-cipher.js';
import type { Dialect } from './database.js';
import { PRUNED_THROUGH_KEY } from './events.repository.js';
import type { DB, DeadLettersTable } from './schema.js';
import { openDeadLetter, sealDeadLetter } from './sealed.js';

export type DeadLetterRow = Selectable<DeadLettersTable>;


/** Where each sink is in the log, what it could not deliver, and pruning of the log. */
export class DeliveryRepository {
  constructor(
    private readonly db: Kysely<DB>,
    readonly dialect: Dialect,
    private readonly cipher: ValueCipher,
  ) {}

  async position(sink: string): Promise<number | undefined> {
    const row = await this.db.selectFrom('sink_positions').select('position').where('sink', '=', sink).executeTakeFirst();
    return row === undefined ? undefined : Number(row.position);
  }

  async savePosition(sink: string, position: number, now: string): Promise<void> {
    await this.db
      .insertInto('sink_positions')
      .values({ sink, position, updated_at: now, failed_attempts: 0, failing_through: null })
      .onConflict((oc) => oc.column('sink').doUpdateSet({ position, updated_at: now, failed_attempts: 0, failing_through: null }))
      .execute();
  }

  /** The batch after the sink's position that is failing (across restarts and instances): its tries, and its last position. */
  async failingBatch(sink: string): Promise<{ attempts: number; through: number | null }> {
    const row = await this.db.selectFrom('sink_positions').select(['failed_attempts', 'failing_through']).where('sink', '=', sink).executeTakeFirst();
    const through = row?.failing_through ?? null;
    return { attempts: Number(row?.failed_attempts ?? 0), through: through === null ? null : Number(through) };
  }

  async recordFailedAttempts(sink: string, attempts: number, through: number, now: string): Promise<void> {
    await this.db
      .updateTable('sink_positions')
      .set({ failed_attempts: attempts, failing_through: through, updated_at: now })
      .where('sink', '=', sink)
      .execute();
  }

  /** The lowest position among sinks: retention keeps every event that some sink still needs. */
  async slowestPosition(sinks: string[]): Promise<number | undefined> {
    if (sinks.length === 0) return undefined;
    const rows = await this.db.selectFrom('sink_positions').select(['sink', 'position']).where('sink', 'in', sinks).execute();
    if (rows.length < sinks.length) return 0; // a sink that never ran needs everything
    return Math.min(...rows.map((row) => Number(row.position)));
  }

  async addDeadLetter(row: DeadLetterRow): Promise<void> {
    await this.db
      .insertInto('dead_letters')
      .values({ ...row, event: sealDeadLetter(this.cipher, row.id, row.event) })
      .execute();
  }

  async listDeadLetters(
    includeReplayed: boolean,
    after: { createdAt: string; eventPos: number; id: string } | undefined,
    limit: number,
  ): Promise<DeadLetterRow[]> {
    let query = this.db.selectFrom('dead_letters').selectAll();
    if (!includeReplayed) query = query.where('replayed_at', 'is', null);
    if (after) {
      query = query.where((eb) =>
        eb.or([
          eb('created_at', '>', after.createdAt),
          eb.and([eb('created_at', '=', after.createdAt), eb('event_pos', '>', after.eventPos)]),
          eb.and([eb('created_at', '=', after.createdAt), eb('event_pos', '=', after.eventPos), eb('id', '>', after.id)]),
        ]),
      );
    }
    // A batch is dead-lettered at one instant: within it, the log's order, so replaying down the list keeps each conversation in order.
    const rows = await query.orderBy('created_at').orderBy('event_pos').orderBy('id').limit(limit).execute();
    return rows.map((row) => openDeadLetter(this.cipher, row));
  }

  async findDeadLetter(id: string): Promise<DeadLetterRow | undefined> {
    const row = await this.db.selectFrom('dead_letters').selectAll().where('id', '=', id).executeTakeFirst();
    return row === undefined ? undefined : openDeadLetter(this.cipher, row);
  }

  async markReplayed(id: string, now: string): Promise<void> {
    await this.db.updateTable('dead_letters').set({ replayed_at: now }).where('id', '=', id).execute();
  }

  /**
   * Deletes up to `batch` events older than `before` and at or below `maxPosition`, and
   * records how far the log is pruned. Returns how many were deleted.
   */
  async pruneEvents(before: string, maxPosition: number, batch: number): Promise<number> {
    const victims = await this.db
      .selectFrom('events')
      .select('pos')
      .where('created_at', '<', before)
      .where('pos', '<=', maxPosition)
      .orderBy('pos')
      .limit(batch)
      .execute();
    const last = victims.at(-1);
    if (last === undefined) return 0;
    await this.db.deleteFrom('events').where('pos', '<=', last.pos).where('created_at', '<', before).execute();
    const value = String(last.pos);
    await this.db
      .insertInto('meta')
      .values({ key: PRUNED_THROUGH_KEY, value })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
      .execute();
    return victims.length;
  }

  /**
   * Events after a position up to the head, counted (at most `cap`): how far behind a sink is, in
   * events. Positions are not consecutive on PostgreSQL (a transaction's id times a block), so
   * subtracting them says nothing.
   */
  async countAfter(position: number, head: number, cap: number): Promise<number> {
    const row = await this.db
      .selectFrom((db) => db.selectFrom('events').select('pos').where('pos', '>', position).where('pos', '<=', head).limit(cap).as('behind'))
      .select((eb) => eb.fn.countAll<number | string>().as('count'))
      .executeTakeFirst();
    return Number(row?.count ?? 0);
  }

  /** When the oldest event after a position was written: how far behind a sink is, in time. */
  async oldestAfter(position: number): Promise<string | undefined> {
    const row = await this.db.selectFrom('events').select('created_at').where('pos', '>', position).orderBy('pos').limit(1).executeTakeFirst();
    return row?.created_at;
  }
}
