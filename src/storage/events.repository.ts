import type { Insertable, InsertObject, Kysely, Selectable } from 'kysely';
import type { ValueCipher } from '../crypto/value-cipher.js';
import { type Dialect, EVENTS_PER_TRANSACTION } from './database.js';
import { allArgs, prepared } from './prepared.js';
import { inLists } from './in-lists.js';
import type { DB, EventsTable } from './schema.js';
import { carriesSentContent, openEventOnRead, type SealedContent, sealEventData } from './sealed.js';

export type EventRow = Selectable<EventsTable>;
export type NewEventRow = Omit<Insertable<EventsTable>, 'pos'>;

/** Where retention has cut the log: cursors below it answer RESYNC_REQUIRED. */
export const PRUNED_THROUGH_KEY = 'events.pruned_through';

export const EVENT_COLUMNS = [
  'id',
  'type',
  'conversation_id',
  'actor_id',
  'audience_user_id',
  'scope',
  'data',
  'created_at',
] as const satisfies readonly (keyof NewEventRow)[];

export type EventValues = { [K in (typeof EVENT_COLUMNS)[number]]: NewEventRow[K] };

// No RETURNING: on SQLite it costs a quarter of the insert (the rows go through a temporary table).
const appendQuery = prepared<EventValues, never>((db, arg) => db.insertInto('events').values(allArgs<EventValues>(EVENT_COLUMNS, arg)));

/** The log after a position, as its tailers read it after every commit: prepared, not built each time. */
const readAfterQuery = prepared<{ pos: number; limit: number }, EventRow>((db, arg, dialect) =>
  db
    .selectFrom('events')
    .selectAll()
    .where('pos', '>', arg('pos'))
    .$if(dialect.name === 'postgres', (q) => q.where('pos', '<', dialect.logHorizon()))
    .orderBy('pos')
    .limit(arg('limit')),
);

/** Events inserted per statement on PostgreSQL (each takes about ten parameters). */
const EVENTS_PER_STATEMENT = 1_000;

export class EventsRepository {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly dialect: Dialect,
    private readonly cipher: ValueCipher,
  ) {}

  /** How many events this transaction has appended: their index in its positions (PostgreSQL). */
  private appended = 0;

  /**
   * Appends to the log; must run inside the transaction that made the change. `message`: the
   * message a send wrote, whose view and recipients' notices among the rows carry its sealed content.
   */
  async append(plainRows: NewEventRow[], message?: SealedContent): Promise<void> {
    if (plainRows.length === 0) return;
    if (this.dialect.name === 'postgres') {
      // In statements of a bounded size: PostgreSQL takes at most 65,535 parameters in one.
      for (let i = 0; i < plainRows.length; i += EVENTS_PER_STATEMENT) {
        await this.db.insertInto('events').values(this.positioned(plainRows.slice(i, i + EVENTS_PER_STATEMENT), message)).execute();
      }
      return;
    }
    for (const row of this.sealed(plainRows, message)) {
      await appendQuery.execute(this.db, this.dialect, {
        id: row.id,
        type: row.type,
        conversation_id: row.conversation_id ?? null,
        actor_id: row.actor_id ?? null,
        audience_user_id: row.audience_user_id ?? null,
        scope: row.scope,
        data: row.data,
        created_at: row.created_at,
      });
    }
  }

  /**
   * PostgreSQL: rows ready to insert in this transaction, sealed, with their positions (see
   * Dialect.eventPosition).
   */
  private positioned(plainRows: NewEventRow[], message: SealedContent | undefined): InsertObject<DB, 'events'>[] {
    const first = this.reserve(plainRows.length);
    return this.sealed(plainRows, message).map((row, i) => ({ ...row, pos: this.dialect.eventPosition(first + i) }));
  }

  /**
   * PostgreSQL: the index in this transaction's positions of the first of `count` events about to
   * be inserted by a statement of its own (timeline.repository.ts).
   */
  reserve(count: number): number {
    if (this.appended + count > EVENTS_PER_TRANSACTION) throw new Error(`a transaction may append at most ${EVENTS_PER_TRANSACTION} events`);
    const first = this.appended;
    this.appended += count;
    return first;
  }

  /** The rows as the log stores them: their payloads sealed when encryption is on (sealed.ts, sealEventData). */
  sealed(plainRows: NewEventRow[], message?: SealedContent): NewEventRow[] {
    if (!this.cipher.enabled) return plainRows;
    return plainRows.map((row) => ({ ...row, data: sealEventData(this.cipher, row.id, row.data, carriesSentContent(row.type) ? message : undefined) }));
  }

  /** Every event after a position, in log order: what delivery workers and fan-out read. */
  async readAfter(pos: number, limit: number): Promise<EventRow[]> {
    const rows = await readAfterQuery.all(this.db, this.dialect, { pos, limit });
    return rows.map((row) => openEventOnRead(this.cipher, row));
  }

  /**
   * The events at these positions as the log holds them now, share-locked until the transaction
   * ends on PostgreSQL: a rewrite of one of them (an edit, a deletion) committed before is read,
   * and one not yet begun waits for the commit. Locked in the log's order, the order a rewrite
   * updates them in, so that the two never wait for each other in a circle.
   */
  async sharedAt(positions: number[]): Promise<EventRow[]> {
    const rows: EventRow[] = [];
    for (const part of inLists([...positions].sort((a, b) => a - b))) {
      const found = await this.dialect.forShare(this.db.selectFrom('events').selectAll().where('pos', 'in', part).orderBy('pos')).execute();
      for (const row of found) rows.push(openEventOnRead(this.cipher, row));
    }
    return rows;
  }

  /** Of the events after `pos` up to `through`, those of the given types, in log order. */
  async readOfTypesAfter(pos: number, through: number, types: readonly string[], limit: number): Promise<EventRow[]> {
    if (through <= pos || types.length === 0) return [];
    const rows = await this.db
      .selectFrom('events')
      .selectAll()
      .where('pos', '>', pos)
      .where('pos', '<=', through)
      .where('type', 'in', types)
      .orderBy('pos')
      .limit(limit)
      .execute();
    return rows.map((row) => openEventOnRead(this.cipher, row));
  }

  /**
   * Events after a position that a user may see: those of conversations they take part in, and
   * those addressed to them. Downstream-only events (message.received) are never included.
   */
  async readVisibleTo(userId: string, pos: number, limit: number): Promise<EventRow[]> {
    const rows = await this.db
      .selectFrom('events as e')
      .selectAll('e')
      .where('e.pos', '>', pos)
      .$if(this.dialect.name === 'postgres', (q) => q.where('e.pos', '<', this.dialect.logHorizon()))
      .where('e.scope', '!=', 'downstream')
      .where((eb) =>
        eb.or([
          eb('e.audience_user_id', '=', userId),
          eb.and([
            eb('e.scope', '=', 'conversation'),
            eb(
              'e.conversation_id',
              'in',
              eb
                .selectFrom('participants as p')
                .select('p.conversation_id')
                .where('p.user_id', '=', userId)
                .where('p.left_at', 'is', null),
            ),
          ]),
        ]),
      )
      .orderBy('e.pos')
      .limit(limit)
      .execute();
    return rows.map((row) => openEventOnRead(this.cipher, row));
  }

  /** The newest position a reader may pass; with the log pruned empty, where pruning stopped. */
  async headPosition(): Promise<number> {
    const row = await this.db
      .selectFrom('events')
      .select((eb) => eb.fn.max('pos').as('head'))
      .$if(this.dialect.name === 'postgres', (q) => q.where('pos', '<', this.dialect.logHorizon()))
      .executeTakeFirst();
    const head = Number(row?.head ?? 0);
    return head > 0 ? head : this.prunedThrough();
  }

  /**
   * The newest committed position, readable or not: on PostgreSQL events above the horizon are
   * committed but wait for an older transaction still in flight. A reader that is behind this
   * looks again shortly instead of waiting for its next poll.
   */
  async committedHead(): Promise<number> {
    const row = await this.db
      .selectFrom('events')
      .select((eb) => eb.fn.max('pos').as('head'))
      .executeTakeFirst();
    return Number(row?.head ?? 0);
  }

  /** The highest position removed by retention; cursors below it can no longer be served. */
  async prunedThrough(): Promise<number> {
    const row = await this.db.selectFrom('meta').select('value').where('key', '=', PRUNED_THROUGH_KEY).executeTakeFirst();
    return row ? Number(row.value) : 0;
  }
}
