// The storage layer's front door: every repository, bound to the database or to one transaction.
import { sql, type Kysely } from 'kysely';
import { ValueCipher } from '../crypto/value-cipher.js';
import { AuditRepository } from './audit.repository.js';
import { AttachmentsRepository } from './attachments.repository.js';
import { AnalyticsRepository } from './analytics.repository.js';
import { BlocksRepository } from './blocks.repository.js';
import { ContextsRepository } from './contexts.repository.js';
import type { ConversationWriters } from './conversation-writers.js';
import { ConversationsRepository, type LockedForSend, type LockForSendRow } from './conversations.repository.js';
import type { Database, Dialect } from './database.js';
import { DeliveryRepository } from './delivery.repository.js';
import { EncryptionRepository } from './encryption.repository.js';
import { EventsRepository } from './events.repository.js';
import { MessagesRepository } from './messages.repository.js';
import { ModerationRepository } from './moderation.repository.js';
import { PrivacyRepository } from './privacy.repository.js';
import { ReportsRepository } from './reports.repository.js';
import type { DB } from './schema.js';
import { SearchRepository } from './search.repository.js';
import { type CarriedCommit, TimelineRepository } from './timeline.repository.js';
import { GroupCommit } from './group-commit.js';
import type { SqlStatements, StatementPreparation } from './prepared.js';
import { translateOutage } from './outages.js';
import { UsersRepository } from './users.repository.js';

export type TransactionWork<T> = (tx: Store) => Promise<T>;

export class Store {
  readonly users: UsersRepository;
  readonly conversations: ConversationsRepository;
  readonly messages: MessagesRepository;
  readonly events: EventsRepository;
  readonly timeline: TimelineRepository;
  readonly blocks: BlocksRepository;
  readonly contexts: ContextsRepository;
  readonly analytics: AnalyticsRepository;
  readonly reports: ReportsRepository;
  readonly moderation: ModerationRepository;
  readonly audit: AuditRepository;
  readonly search: SearchRepository;
  readonly delivery: DeliveryRepository;
  readonly attachments: AttachmentsRepository;
  readonly privacy: PrivacyRepository;
  readonly encryption: EncryptionRepository;
  private readonly groupCommit: GroupCommit<Store> | undefined;

  constructor(
    private readonly db: Kysely<DB>,
    readonly dialect: Dialect,
    /** Encryption at rest: the repositories seal and open the columns of sealed.ts with it. */
    readonly cipher: ValueCipher = ValueCipher.off,
    /** Whether `db` runs inside a transaction (a connection Parley began one on counts too). */
    private readonly inTransaction: boolean = db.isTransaction,
    /** PostgreSQL: a transaction whose last write may carry its commit (transactionForSend). */
    carriedCommit?: CarriedCommit,
    /** PostgreSQL: bounds the pooled connections one conversation's writers hold (transactionForSend, transactionInTurnOf). */
    private readonly conversationWriters?: ConversationWriters,
  ) {
    this.users = new UsersRepository(db, dialect);
    this.conversations = new ConversationsRepository(db, dialect, cipher);
    this.messages = new MessagesRepository(db, dialect, cipher);
    this.events = new EventsRepository(db, dialect, cipher);
    this.timeline = new TimelineRepository(db, dialect, cipher, this.messages, this.events, carriedCommit);
    this.blocks = new BlocksRepository(db, dialect);
    this.contexts = new ContextsRepository(db, dialect);
    this.analytics = new AnalyticsRepository(db, dialect);
    this.reports = new ReportsRepository(db, dialect);
    this.moderation = new ModerationRepository(db, dialect);
    this.audit = new AuditRepository(db, dialect, inTransaction);
    this.search = new SearchRepository(db, dialect, cipher);
    this.delivery = new DeliveryRepository(db, dialect, cipher);
    this.attachments = new AttachmentsRepository(db, dialect);
    this.privacy = new PrivacyRepository(db, dialect, cipher);
    this.encryption = new EncryptionRepository(db, dialect, cipher);
    const driver = inTransaction ? undefined : dialect.groupCommitDriver();
    this.groupCommit = driver && new GroupCommit(db, driver, (trx) => new Store(trx, dialect, cipher));
  }

  /** Call after erasing or sealing texts: no earlier version of the pages they were on stays in the files. */
  dropOldPageVersions(): void {
    this.dialect.dropOldPageVersions();
  }

  static open(database: Database, cipher: ValueCipher = ValueCipher.off): Store {
    return new Store(database.db, database.dialect, cipher, undefined, undefined, database.conversationWriters);
  }

  /**
   * Runs `work` in one transaction; everything it writes, events included, commits together,
   * and the promise settles only after the commit. On SQLite, concurrent transactions are
   * committed in groups (see group-commit.ts).
   */
  transaction<T>(work: TransactionWork<T>): Promise<T> {
    if (this.inTransaction) throw new Error('a transaction cannot begin inside another');
    // SQLite's statements inside a transaction bypass the driver (prepared.ts): their outages
    // are translated here.
    if (this.groupCommit !== undefined) return this.groupCommit.run(work).catch(translateOutage);
    return this.db.transaction().execute((trx) => work(new Store(trx, this.dialect, this.cipher)));
  }

  /**
   * A send's transaction: `work` gets the conversation as the sender may write to it
   * (ConversationsRepository.lockForSend), read and locked in the conversation's turn. On
   * PostgreSQL the begin, the turn and that read are one round trip.
   */
  transactionForSend<T>(
    conversationId: string,
    senderId: string,
    work: (tx: Store, conversation: LockedForSend | undefined) => Promise<T>,
  ): Promise<T> {
    if (this.dialect.name !== 'postgres' || this.inTransaction) {
      return this.transaction(async (tx) => work(tx, await tx.conversations.lockForSend(conversationId, senderId)));
    }
    const read = this.conversations.lockForSendStatements(conversationId, senderId);
    // The send's last write carries the commit (TimelineRepository.append), by statements of its own.
    const send = (lockTimeoutMs?: number) =>
      this.transactionWithTurn(
        conversationId,
        read,
        () => this.timeline.preparations(),
        (tx, rows) => work(tx, tx.conversations.lockedForSend(rows[0] as LockForSendRow | undefined)),
        lockTimeoutMs,
      );
    return this.conversationWriters === undefined ? send() : this.conversationWriters.run(conversationId, send);
  }

  /**
   * A transaction that takes a conversation's turn (`conversations.lockById`, directly or through
   * `accessConversation`/`accessMessage` with `lock`): an edit, a reaction, a change to the
   * conversation or its participants. On PostgreSQL it waits for a pooled connection with the
   * conversation's sends (conversation-writers.ts), so a conversation whose turn is slow holds
   * a few of the pool's connections, not all of them.
   */
  transactionInTurnOf<T>(conversationId: string, work: TransactionWork<T>): Promise<T> {
    // A transaction's own Store has no writers: it runs the work in itself.
    if (this.conversationWriters === undefined) return this.transaction(work);
    return this.conversationWriters.run(conversationId, (lockTimeoutMs) =>
      this.transaction(async (tx) => {
        // What is left of the lock timeout after the wait for a connection (conversation-writers.ts).
        if (lockTimeoutMs !== undefined) await sql.raw(this.dialect.lockTimeout(lockTimeoutMs)).execute(tx.db);
        return work(tx);
      }),
    );
  }

  /**
   * transactionInTurnOf for the conversation of a message (an edit, a delete, a reaction). A
   * message never moves, so its conversation is looked up first, outside the transaction; one
   * not found is left to `work` to refuse (404), in a plain transaction.
   */
  transactionInTurnOfMessage<T>(messageId: string, work: TransactionWork<T>): Promise<T> {
    return this.transactionInTurnOfFound((store) => store.messages.conversationIdOf(messageId), work);
  }

  /**
   * transactionInTurnOf for a conversation `find` names, if it exists (undefined: a plain
   * transaction). Looked up outside the transaction, and only where writers wait in turn
   * (PostgreSQL): SQLite runs `work` without the lookup.
   */
  async transactionInTurnOfFound<T>(find: (store: Store) => Promise<string | undefined>, work: TransactionWork<T>): Promise<T> {
    if (this.conversationWriters === undefined) return this.transaction(work);
    const conversationId = await find(this);
    return conversationId === undefined ? this.transaction(work) : this.transactionInTurnOf(conversationId, work);
  }

  /**
   * A PostgreSQL transaction that has the conversation's turn from its first statement
   * (Dialect.beginWithTurn), so that its reads see the conversation as the previous writer left
   * it. A turn taken inside a later statement comes too late for that statement's own reads:
   * they are as of its start. `firstRead` follows the turn in the begin's round trip; `work`
   * gets its rows. (Writers that wait for the turn hold their pooled connection meanwhile, two of
   * a conversation's writers at most: the rest wait in the process, see conversation-writers.ts.
   * Lining every send up in the process measured a worse p99, and no more sends.) The work's last
   * write may carry the commit (CarriedCommit), by one of `preparations` (asked for only on a
   * connection's first send). `lockTimeoutMs`: the transaction's lock timeout, for a send that
   * has already waited for its connection.
   */
  private transactionWithTurn<T>(
    conversationId: string,
    firstRead: SqlStatements,
    preparations: () => StatementPreparation[],
    work: (tx: Store, firstRows: unknown[]) => Promise<T>,
    lockTimeoutMs?: number,
  ): Promise<T> {
    return this.db.connection().execute(async (connection) => {
      const carried: CarriedCommit = { committed: false };
      let result: T;
      try {
        // A turn that fails after its begin (a lock or statement timeout) leaves the transaction
        // open and aborted: it is rolled back like any failed work, or the pooled connection
        // would refuse every later query.
        const begin = sql.raw(`${this.dialect.beginWithTurn(conversationId, lockTimeoutMs)}; ${firstRead.execute}`);
        const { rows } = await begin.execute(connection).catch(async (error: unknown) => {
          if (!this.dialect.isUnknownStatement(error)) throw error;
          // This connection's first send: it is given its statements, and the send begins again.
          await sql`rollback`.execute(connection);
          await prepareMissing(connection, preparations(), firstRead.prepare);
          return begin.execute(connection);
        });
        result = await work(new Store(connection, this.dialect, this.cipher, true, carried), rows);
      } catch (error) {
        // On a connection that went silent it is sent, not waited for (outages.ts).
        if (!carried.committed) await sql`rollback`.execute(connection).catch(() => undefined);
        throw error;
      }
      if (!carried.committed) await sql`commit`.execute(connection);
      return result;
    });
  }

  /**
   * A trivial query, for readiness checks; on PostgreSQL also whether it takes writes: a standby
   * after a failover, or a database set read-only, answers reads and refuses every send.
   */
  async ping(): Promise<'ok' | 'read-only'> {
    await this.db.selectFrom('meta').select('key').limit(1).execute();
    if (this.dialect.name !== 'postgres') return 'ok';
    const { rows } = await sql<{ read_only: string }>`select current_setting('transaction_read_only') as read_only`.execute(this.db);
    return rows[0]?.read_only === 'on' ? 'read-only' : 'ok';
  }
}

/**
 * Makes `preparations` known to a PostgreSQL connection, those it does not know yet, then
 * `last`: a connection that knows `last` knows them all, whatever failed part way before.
 */
async function prepareMissing(connection: Kysely<DB>, preparations: StatementPreparation[], last: string): Promise<void> {
  const names = preparations.map((p) => p.name);
  const { rows } = names.length === 0 ? { rows: [] } : await sql<{ name: string }>`select name from pg_prepared_statements where name in (${sql.join(names)})`.execute(connection);
  const known = new Set(rows.map((row) => row.name));
  const missing = preparations.filter((p) => !known.has(p.name)).map((p) => p.prepare);
  await sql.raw([...missing, last].join('; ')).execute(connection);
}
