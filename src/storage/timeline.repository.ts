// The write of a new message, in the caller's transaction: the conversation's next seq and
// latest message, the message itself, the sender's read pointer, the recipients' archive, and the
// message's events. On PostgreSQL every statement is a round trip to the server and a send was
// mostly round trips, so the writes go out as one statement; on SQLite a statement is a function
// call, and the same writes run as prepared statements.
import { type Kysely, sql } from 'kysely';
import type { ValueCipher } from '../crypto/value-cipher.js';
import type { Dialect } from './database.js';
import { EVENT_COLUMNS, type EventValues, type EventsRepository, type NewEventRow } from './events.repository.js';
import { MESSAGE_COLUMNS, type MessageRow, type MessagesRepository } from './messages.repository.js';
import { type Arg, allArgs, type PreparedQuery, prepared, type StatementPreparation } from './prepared.js';
import type { DB } from './schema.js';
import { type SealedContent, sealMessage, sealPreview } from './sealed.js';

type TakeSeqArgs = {
  conversationId: string;
  seq: number;
  /** The `last_seq` the caller read under its lock. */
  previous: number;
  messageId: string;
  senderId: string;
  preview: string;
  at: string;
};

/**
 * The conversation's next seq and latest message; matches no row unless `previous` still holds.
 * SQLite counts the rows it changed; PostgreSQL's one statement selects from it (RETURNING).
 */
const buildTakeSeq = (db: Kysely<DB>, arg: Arg<TakeSeqArgs>) =>
  db
    .updateTable('conversations')
    .set({
      last_seq: arg('seq'),
      last_message_id: arg('messageId'),
      last_message_sender_id: arg('senderId'),
      last_message_preview: arg('preview'),
      last_message_at: arg('at'),
      activity_at: arg('at'),
      updated_at: arg('at'),
    })
    .where('id', '=', arg('conversationId'))
    .where('last_seq', '=', arg('previous'));
const takeSeqQuery = prepared<TakeSeqArgs, never, ReturnType<typeof buildTakeSeq>>(buildTakeSeq);

type ParticipantsArgs = {
  conversationId: string;
  senderId: string;
  seq: number;
  at: string;
};

/**
 * The sender has read up to the new message (a pointer only moves forward), and recipients who
 * archived or hid the conversation see it again.
 */
const buildTouchParticipants = (db: Kysely<DB>, arg: Arg<ParticipantsArgs>) =>
  db
    .updateTable('participants')
    .set((eb) => ({
      last_read_seq: eb.case().when('user_id', '=', arg('senderId')).then(arg('seq')).else(eb.ref('last_read_seq')).end(),
      last_read_at: eb.case().when('user_id', '=', arg('senderId')).then(arg('at')).else(eb.ref('last_read_at')).end(),
      archived: eb.case().when('user_id', '=', arg('senderId')).then(eb.ref('archived')).else(0).end(),
      hidden: eb.case().when('user_id', '=', arg('senderId')).then(eb.ref('hidden')).else(0).end(),
    }))
    .where('conversation_id', '=', arg('conversationId'))
    .where((eb) =>
      eb.or([
        eb.and([eb('user_id', '=', arg('senderId')), eb('last_read_seq', '<', arg('seq'))]),
        eb.and([eb('user_id', '!=', arg('senderId')), eb('left_at', 'is', null), eb.or([eb('archived', '=', 1), eb('hidden', '=', 1)])]),
      ]),
    );
const touchParticipantsQuery = prepared<ParticipantsArgs, never, ReturnType<typeof buildTouchParticipants>>(buildTouchParticipants);

export interface NewMessage {
  /** Its seq is the conversation's `last_seq` as the caller locked it, plus one. */
  row: MessageRow;
  /** The conversation list's line for it. */
  preview: string;
  /** message.sent and whatever else announces it, in log order. */
  events: NewEventRow[];
}

/**
 * A PostgreSQL transaction whose last write may carry its commit in the same round trip
 * (Store.transactionForSend): `committed` tells the transaction's owner that it did.
 */
export interface CarriedCommit {
  committed: boolean;
}

export class TimelineRepository {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly dialect: Dialect,
    private readonly cipher: ValueCipher,
    private readonly messages: MessagesRepository,
    private readonly events: EventsRepository,
    private readonly carriedCommit?: CarriedCommit,
  ) {}

  /**
   * PostgreSQL: the statements an append that carries the commit runs by name, to be made known
   * to a connection before its first send (Store.transactionForSend).
   */
  preparations(): StatementPreparation[] {
    return Array.from({ length: MOST_PREPARED_EVENTS }, (_, i) => oneStatementAppend(i + 1).preparation(this.db, this.dialect));
  }

  /**
   * Writes a message whose seq follows the conversation's `last_seq`. The conversation's row must
   * be locked by this transaction; a seq already taken (a stale row) is a bug, refused here so that
   * a seq is never used twice or skipped. `last`: nothing is written after it in this transaction,
   * whose commit then goes in the same round trip where it can (PostgreSQL, in a transaction
   * that carries its commit).
   */
  async append({ row, preview, events }: NewMessage, { last = false }: { last?: boolean } = {}): Promise<void> {
    const conversationId = row.conversation_id;
    const sealedRow = sealMessage(this.cipher, row, { sent: true });
    // The preview and the event carry the content as sealed here, rather than sealing it twice more.
    const sealed: SealedContent | undefined = this.cipher.enabled ? { messageId: row.id, content: row.content, sealed: sealedRow.content } : undefined;
    const args: TakeSeqArgs & ParticipantsArgs = {
      conversationId,
      seq: row.seq,
      previous: row.seq - 1,
      messageId: row.id,
      senderId: row.sender_id,
      preview: sealPreview(this.cipher, conversationId, preview, sealed) ?? '',
      at: row.created_at,
    };
    const taken =
      this.dialect.name === 'postgres'
        ? (await this.appendInOneStatement(args, sealedRow, this.events.sealed(events, sealed), last)).length === 1
        : await this.appendStepByStep(args, sealedRow, events, sealed);
    if (!taken) throw new SeqTakenError(conversationId, row.seq);
  }

  /** Whether the seq was taken (and everything written). */
  private async appendStepByStep(
    args: TakeSeqArgs & ParticipantsArgs,
    sealedRow: MessageRow,
    events: NewEventRow[],
    sealed: SealedContent | undefined,
  ): Promise<boolean> {
    const { numAffectedRows } = await takeSeqQuery.execute(this.db, this.dialect, args);
    if (numAffectedRows !== 1n) return false;
    await this.messages.insertSealed(sealedRow);
    await touchParticipantsQuery.execute(this.db, this.dialect, args);
    await this.events.append(events, sealed);
    return true;
  }

  private async appendInOneStatement(args: TakeSeqArgs & ParticipantsArgs, sealedRow: MessageRow, sealedEvents: NewEventRow[], last: boolean) {
    const first = this.events.reserve(sealedEvents.length);
    const row = sealedRow as unknown as Record<string, unknown>;
    const shared = args as unknown as Record<string, unknown>;
    // Arguments are read where they are: the message row's columns, the append's own, and `e<i>.<column>`.
    const lookup = (name: string) => {
      const dot = name.indexOf('.');
      if (dot < 0) return name in row ? row[name] : shared[name];
      const i = Number(name.slice(1, dot));
      const column = name.slice(dot + 1);
      return column === 'index' ? first + i : ((sealedEvents[i] as unknown as Record<string, unknown>)[column] ?? null);
    };
    const query = oneStatementAppend(sealedEvents.length);
    if (last && this.carriedCommit !== undefined && sealedEvents.length <= MOST_PREPARED_EVENTS) {
      // One round trip fewer: a simple query of several statements takes no parameters, so the
      // arguments go in as literals to the statement the connection has prepared (preparations).
      // Should the append fail, the server skips the commit and the transaction is rolled back.
      const { rows } = await sql.raw<{ last_seq: number }>(`${query.asStatementsWith(this.db, this.dialect, lookup).execute}; commit`).execute(this.db);
      this.carriedCommit.committed = true;
      return rows;
    }
    const { rows } = await query.executeWith(this.db, this.dialect, lookup);
    return rows;
  }
}

/** Beyond this many events (a large group), the one-statement append is built afresh instead of prepared. */
const MOST_PREPARED_EVENTS = 8;
type OneStatementQuery = PreparedQuery<Record<string, unknown>, { last_seq: number }>;
const oneStatementAppends = new Map<number, OneStatementQuery>();

/**
 * PostgreSQL: every write of a new message as one statement of data-modifying CTEs, for a message
 * announced by `eventCount` events. The arguments are TakeSeqArgs, ParticipantsArgs, the message
 * row's columns, and `e<i>.index` (its position index) and `e<i>.<column>` for each event.
 */
function oneStatementAppend(eventCount: number): OneStatementQuery {
  const cached = oneStatementAppends.get(eventCount);
  if (cached !== undefined) return cached;
  const query = prepared<Record<string, unknown>, { last_seq: number }>((db, arg, dialect) =>
    db
      .with('taken', () => buildTakeSeq(db, arg as Arg<TakeSeqArgs>).returning('last_seq'))
      .with('message', (creator) => creator.insertInto('messages').values(allArgs<MessageRow>(MESSAGE_COLUMNS, arg as Arg<MessageRow>)))
      .with('participants', () => buildTouchParticipants(db, arg as Arg<ParticipantsArgs>))
      .with('logged', (creator) =>
        creator.insertInto('events').values(
          Array.from({ length: eventCount }, (_, i) => ({
            ...allArgs<EventValues>(EVENT_COLUMNS, (column) => arg(`e${i}.${column}`) as never),
            pos: dialect.eventPosition(arg(`e${i}.index`) as number),
          })),
        ),
      )
      .selectFrom('taken')
      .select('last_seq'),
  );
  if (eventCount <= MOST_PREPARED_EVENTS) oneStatementAppends.set(eventCount, query);
  return query;
}

class SeqTakenError extends Error {
  constructor(conversationId: string, seq: number) {
    super(`seq ${seq} of conversation ${conversationId} is not the next one: its row was read before this transaction's last append`);
  }
}
