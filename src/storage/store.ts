// The storage layer's front door: every repository, bound to the database or to one transaction.
import type { Kysely } from 'kysely';
import { ConversationsRepository } from './conversations.repository.js';
import type { Database, Dialect } from './database.js';
import { EventsRepository } from './events.repository.js';
import { MessagesRepository } from './messages.repository.js';
import type { DB } from './schema.js';
import { UsersRepository } from './users.repository.js';

export class Store {
  readonly users: UsersRepository;
  readonly conversations: ConversationsRepository;
  readonly messages: MessagesRepository;
  readonly events: EventsRepository;

  constructor(
    private readonly db: Kysely<DB>,
    readonly dialect: Dialect,
  ) {
    this.users = new UsersRepository(db, dialect);
    this.conversations = new ConversationsRepository(db, dialect);
    this.messages = new MessagesRepository(db, dialect);
    this.events = new EventsRepository(db, dialect);
  }

  static open(database: Database): Store {
    return new Store(database.db, database.dialect);
  }

  /** Runs `work` in one transaction; everything it writes, events included, commits together. */
  transaction<T>(work: (tx: Store) => Promise<T>): Promise<T> {
    return this.db.transaction().execute((trx) => work(new Store(trx, this.dialect)));
  }

  /** A trivial query, for readiness checks. */
  async ping(): Promise<void> {
    await this.db.selectFrom('meta').select('key').limit(1).execute();
  }
}
