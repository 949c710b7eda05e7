// Migrations, in order. Each is written once with Kysely's schema builder; the few column types
// that differ between dialects are chosen here from the dialect name.
import { type Kysely, type Migration, type MigrationProvider, Migrator, sql } from 'kysely';
import type { DialectName } from '../database.js';
import type { DB } from '../schema.js';

// Migrations run against the schema as it was then, not as typed now.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDB = Kysely<any>;

function initial(dialect: DialectName): Migration {
  return {
    async up(db: AnyDB) {
      await db.schema
        .createTable('users')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('username', 'text')
        .addColumn('display_name', 'text')
        .addColumn('avatar_url', 'text')
        .addColumn('role', 'text', (c) => c.notNull().defaultTo('user'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('erased_at', 'text')
        .execute();
      await db.schema.createIndex('users_username').on('users').columns(['username', 'updated_at']).execute();

      await db.schema
        .createTable('conversations')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('title', 'text')
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('context_type', 'text')
        .addColumn('context_id', 'text')
        .addColumn('context_title', 'text')
        .addColumn('context', 'text')
        .addColumn('metadata', 'text', (c) => c.notNull())
        .addColumn('created_by', 'text', (c) => c.notNull())
        .addColumn('direct_key', 'text', (c) => c.unique())
        .addColumn('last_seq', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('last_message_id', 'text')
        .addColumn('last_message_sender_id', 'text')
        .addColumn('last_message_preview', 'text')
        .addColumn('last_message_at', 'text')
        .addColumn('activity_at', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('conversations_context').on('conversations').columns(['context_type', 'context_id']).execute();

      await db.schema
        .createTable('participants')
        .addColumn('conversation_id', 'text', (c) => c.notNull().references('conversations.id').onDelete('cascade'))
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('joined_at', 'text', (c) => c.notNull())
        .addColumn('last_read_seq', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('last_read_at', 'text')
        .addColumn('archived', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('hidden', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('left_at', 'text')
        .addPrimaryKeyConstraint('participants_pk', ['conversation_id', 'user_id'])
        .execute();
      await db.schema.createIndex('participants_user').on('participants').columns(['user_id', 'conversation_id']).execute();

      await db.schema
        .createTable('messages')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('conversation_id', 'text', (c) => c.notNull().references('conversations.id').onDelete('cascade'))
        .addColumn('seq', 'integer', (c) => c.notNull())
        .addColumn('sender_id', 'text', (c) => c.notNull())
        .addColumn('content', 'text', (c) => c.notNull())
        .addColumn('message_type', 'text', (c) => c.notNull())
        .addColumn('reply_to_id', 'text')
        .addColumn('client_message_id', 'text')
        .addColumn('moderation_status', 'text', (c) => c.notNull().defaultTo('clean'))
        .addColumn('moderation_reasons', 'text', (c) => c.notNull().defaultTo('[]'))
        .addColumn('original_content', 'text')
        .addColumn('edited_at', 'text')
        .addColumn('deleted_at', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addUniqueConstraint('messages_conversation_seq', ['conversation_id', 'seq'])
        .execute();
      // Partial: most messages carry no client id, and those need no index entry.
      await db.schema
        .createIndex('messages_client_id')
        .on('messages')
        .columns(['conversation_id', 'sender_id', 'client_message_id'])
        .unique()
        .where('client_message_id', 'is not', null)
        .execute();

      let events = db.schema.createTable('events');
      events =
        dialect === 'postgres'
          ? events.addColumn('pos', 'bigserial', (c) => c.primaryKey())
          : events.addColumn('pos', 'integer', (c) => c.primaryKey().autoIncrement());
      await events
        .addColumn('id', 'text', (c) => c.notNull())
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('conversation_id', 'text')
        .addColumn('actor_id', 'text')
        .addColumn('audience_user_id', 'text')
        .addColumn('scope', 'text', (c) => c.notNull())
        .addColumn('data', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('events_conversation').on('events').columns(['conversation_id', 'pos']).execute();
      await db.schema
        .createIndex('events_audience')
        .on('events')
        .columns(['audience_user_id', 'pos'])
        .where('audience_user_id', 'is not', null)
        .execute();

      await db.schema
        .createTable('meta')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('value', 'text', (c) => c.notNull())
        .execute();
    },
  };
}

function conversationLife(dialect: DialectName): Migration {
  return {
    async up(db: AnyDB) {
      await db.schema
        .createTable('reactions')
        .addColumn('message_id', 'text', (c) => c.notNull().references('messages.id').onDelete('cascade'))
        .addColumn('user_id', 'text', (c) => c.notNull())
        .addColumn('emoji', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('reactions_pk', ['message_id', 'user_id', 'emoji'])
        .execute();

      await db.schema
        .createTable('blocks')
        .addColumn('blocker_id', 'text', (c) => c.notNull())
        .addColumn('blocked_id', 'text', (c) => c.notNull())
        .addColumn('reason', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('blocks_pk', ['blocker_id', 'blocked_id'])
        .execute();
      await db.schema.createIndex('blocks_blocked').on('blocks').columns(['blocked_id', 'blocker_id']).execute();

      await db.schema
        .createTable('reports')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('message_id', 'text', (c) => c.notNull())
        .addColumn('conversation_id', 'text', (c) => c.notNull())
        .addColumn('reporter_id', 'text', (c) => c.notNull())
        .addColumn('reason', 'text', (c) => c.notNull())
        .addColumn('details', 'text')
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('resolution', 'text')
        .addColumn('resolved_by', 'text')
        .addColumn('resolved_at', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('reports_status').on('reports').columns(['status', 'created_at']).execute();
      await db.schema.createIndex('reports_message').on('reports').columns(['message_id']).execute();

      // Full-text search over message content, kept current by the database itself so that
      // every write path (send, edit, delete, erase) re-indexes without help.
      if (dialect === 'postgres') {
        await sql`alter table messages add column search tsvector generated always as (to_tsvector('simple', content)) stored`.execute(db);
        await sql`create index messages_search on messages using gin (search)`.execute(db);
      } else {
        await sql`create virtual table messages_fts using fts5(content, content='messages', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2', prefix='2 3')`.execute(db);
        await sql`create trigger messages_fts_insert after insert on messages begin
          insert into messages_fts(rowid, content) values (new.rowid, new.content); end`.execute(db);
        await sql`create trigger messages_fts_delete after delete on messages begin
          insert into messages_fts(messages_fts, rowid, content) values ('delete', old.rowid, old.content); end`.execute(db);
        await sql`create trigger messages_fts_update after update of content on messages begin
          insert into messages_fts(messages_fts, rowid, content) values ('delete', old.rowid, old.content);
          insert into messages_fts(rowid, content) values (new.rowid, new.content); end`.execute(db);
      }
    },
  };
}

function delivery(): Migration {
  return {
    async up(db: AnyDB) {
      await db.schema
        .createTable('sink_positions')
        .addColumn('sink', 'text', (c) => c.primaryKey())
        .addColumn('position', 'bigint', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('dead_letters')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('sink', 'text', (c) => c.notNull())
        .addColumn('event_pos', 'bigint', (c) => c.notNull())
        .addColumn('event_id', 'text', (c) => c.notNull())
        .addColumn('event', 'text', (c) => c.notNull())
        .addColumn('attempts', 'integer', (c) => c.notNull())
        .addColumn('last_error', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('replayed_at', 'text')
        .execute();
      await db.schema.createIndex('dead_letters_open').on('dead_letters').columns(['replayed_at', 'created_at']).execute();
      await db.schema.createIndex('events_created').on('events').columns(['created_at']).execute();
    },
  };
}

export function migrationsFor(dialect: DialectName): Record<string, Migration> {
  return {
    '001_initial': initial(dialect),
    '002_conversation_life': conversationLife(dialect),
    '003_delivery': delivery(),
  };
}

/** Brings the schema up to date; safe to run from several processes at once (Kysely locks). */
export async function migrateToLatest(db: Kysely<DB>, dialect: DialectName): Promise<string[]> {
  const provider: MigrationProvider = { getMigrations: async () => migrationsFor(dialect) };
  const migrator = new Migrator({ db, provider });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error;
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

