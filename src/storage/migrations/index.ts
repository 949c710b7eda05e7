// Migrations, in order. Each is written once with Kysely's schema builder; the few column types
// that differ between dialects are chosen here from the dialect name.
import { type Kysely, type Migration, type MigrationProvider, Migrator, sql } from 'kysely';
import { SEALED_MARK } from '../../crypto/value-cipher.js';
import { wordDocument } from '../../search-words.js';
import { emojiOfShortCode } from '../../emoji.js';
import type { Config } from '../../config.js';
import { type Database, type DialectName, openDatabase } from '../database.js';
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

function moderation(dialect: DialectName): Migration {
  return {
    async up(db: AnyDB) {
      // The audit log. `seq` is handed out by the appender under a lock (see AuditRepository),
      // so the chain has no gaps and never forks.
      await db.schema
        .createTable('audit_log')
        .addColumn('seq', 'bigint', (c) => c.primaryKey())
        .addColumn('id', 'text', (c) => c.notNull().unique())
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('actor_type', 'text', (c) => c.notNull())
        .addColumn('actor_id', 'text')
        .addColumn('actor_ip', 'text')
        .addColumn('actor_request_id', 'text')
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('target_type', 'text')
        .addColumn('target_id', 'text')
        .addColumn('target_conversation_id', 'text')
        .addColumn('reason', 'text')
        .addColumn('note', 'text')
        .addColumn('prev_hash', 'text', (c) => c.notNull())
        .addColumn('hash', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('audit_log_actor').on('audit_log').columns(['actor_id', 'seq']).execute();
      await db.schema.createIndex('audit_log_target').on('audit_log').columns(['target_id', 'seq']).execute();
      await db.schema.createIndex('audit_log_action').on('audit_log').columns(['action', 'seq']).execute();
      await db.schema.createIndex('audit_log_at').on('audit_log').columns(['at']).execute();
      // Append-only in the database itself: whoever holds the application's credentials still
      // cannot rewrite history without first dropping these (which verify then exposes).
      if (dialect === 'postgres') {
        await sql`create function audit_log_append_only() returns trigger language plpgsql as $$
          begin raise exception 'audit_log is append-only'; end $$`.execute(db);
        await sql`create trigger audit_log_no_update before update or delete on audit_log
          for each row execute function audit_log_append_only()`.execute(db);
        await sql`create trigger audit_log_no_truncate before truncate on audit_log
          for each statement execute function audit_log_append_only()`.execute(db);
      } else {
        await sql`create trigger audit_log_no_update before update on audit_log
          begin select raise(abort, 'audit_log is append-only'); end`.execute(db);
        await sql`create trigger audit_log_no_delete before delete on audit_log
          begin select raise(abort, 'audit_log is append-only'); end`.execute(db);
      }

      // Reports name any target (a message, a user, a conversation), one per reporter and target.
      await db.schema.dropIndex('reports_status').execute();
      await db.schema.dropIndex('reports_message').execute();
      await db.schema.alterTable('reports').renameTo('reports_v1').execute();
      await db.schema
        .createTable('reports')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('target_type', 'text', (c) => c.notNull())
        .addColumn('target_id', 'text', (c) => c.notNull())
        .addColumn('conversation_id', 'text')
        .addColumn('reporter_id', 'text', (c) => c.notNull())
        .addColumn('reason', 'text', (c) => c.notNull())
        .addColumn('details', 'text')
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('resolution', 'text')
        .addColumn('note', 'text')
        .addColumn('resolved_by', 'text')
        .addColumn('resolved_at', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addUniqueConstraint('reports_one_per_reporter', ['reporter_id', 'target_type', 'target_id'])
        .execute();
      await sql`insert into reports (id, target_type, target_id, conversation_id, reporter_id, reason, details, status,
          resolution, resolved_by, resolved_at, created_at)
        select min(id), 'message', message_id, min(conversation_id), reporter_id, min(reason), min(details), min(status),
          min(resolution), min(resolved_by), min(resolved_at), min(created_at)
        from reports_v1 group by reporter_id, message_id`.execute(db);
      await db.schema.dropTable('reports_v1').execute();
      await db.schema.createIndex('reports_status').on('reports').columns(['status', 'created_at']).execute();
      await db.schema.createIndex('reports_target').on('reports').columns(['target_type', 'target_id']).execute();
      await db.schema.createIndex('reports_conversation').on('reports').columns(['conversation_id']).execute();

      // Messages the policy flagged, with what matched, until a moderator decides. The text
      // itself stays on the message (original_content); this holds the review's state.
      await db.schema
        .createTable('moderation_flags')
        .addColumn('message_id', 'text', (c) => c.primaryKey().references('messages.id').onDelete('cascade'))
        .addColumn('conversation_id', 'text', (c) => c.notNull())
        .addColumn('sender_id', 'text', (c) => c.notNull())
        .addColumn('violations', 'text', (c) => c.notNull())
        .addColumn('reasons', 'text', (c) => c.notNull())
        .addColumn('escalated', 'integer', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('note', 'text')
        .addColumn('decided_by', 'text')
        .addColumn('decided_at', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('moderation_flags_status').on('moderation_flags').columns(['status', 'created_at']).execute();

      // One row per masked or blocked message: the escalation rule counts a sender's last 24 hours.
      await db.schema
        .createTable('moderation_strikes')
        .addColumn('user_id', 'text', (c) => c.notNull())
        .addColumn('at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('moderation_strikes_user').on('moderation_strikes').columns(['user_id', 'at']).execute();
    },
  };
}

function attachments(): Migration {
  return {
    async up(db: AnyDB) {
      await db.schema
        .createTable('attachments')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('uploader_id', 'text', (c) => c.notNull())
        .addColumn('conversation_id', 'text')
        .addColumn('message_id', 'text')
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('mime_type', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('size', 'integer', (c) => c.notNull())
        .addColumn('width', 'integer')
        .addColumn('height', 'integer')
        .addColumn('storage_key', 'text', (c) => c.notNull())
        .addColumn('thumbnail_state', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('deleted_at', 'text')
        .execute();
      await db.schema.createIndex('attachments_message').on('attachments').columns(['message_id']).execute();
      // The daily quota sums a user's recent uploads.
      await db.schema.createIndex('attachments_uploader').on('attachments').columns(['uploader_id', 'created_at']).execute();
      // The orphan sweep looks only at files never sent.
      await db.schema
        .createIndex('attachments_unsent')
        .on('attachments')
        .columns(['created_at'])
        .where(sql.ref('message_id'), 'is', null)
        .execute();
    },
  };
}

/** Contexts with a state of their own, and response analytics kept as messages arrive. */
function contexts(): Migration {
  return {
    async up(db: AnyDB) {
      await db.schema
        .createTable('contexts')
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('id', 'text', (c) => c.notNull())
        .addColumn('title', 'text')
        .addColumn('image_url', 'text')
        .addColumn('url', 'text')
        .addColumn('owner_id', 'text')
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('metadata', 'text', (c) => c.notNull())
        .addColumn('version', 'bigint')
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('close_at', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('contexts_pk', ['type', 'id'])
        .execute();
      await db.schema.createIndex('contexts_owner').on('contexts').columns(['owner_id', 'type', 'id']).execute();
      await db.schema.createIndex('contexts_close_at').on('contexts').columns(['close_at']).execute();
      for (const column of ['context_state', 'first_message_at', 'first_sender_id', 'first_reply_at']) {
        await db.schema.alterTable('conversations').addColumn(column, 'text').execute();
      }
      await db.schema
        .createTable('response_facts')
        .addColumn('conversation_id', 'text', (c) => c.notNull().references('conversations.id').onDelete('cascade'))
        .addColumn('responder_id', 'text', (c) => c.notNull())
        .addColumn('first_at', 'text', (c) => c.notNull())
        .addColumn('responded_at', 'text')
        .addPrimaryKeyConstraint('response_facts_pk', ['conversation_id', 'responder_id'])
        .execute();
      await db.schema
        .createTable('analytics_daily')
        .addColumn('scope', 'text', (c) => c.notNull())
        .addColumn('subject', 'text', (c) => c.notNull())
        .addColumn('day', 'text', (c) => c.notNull())
        .addColumn('owner_id', 'text')
        .addColumn('conversations', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('answered', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('histogram', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('analytics_daily_pk', ['scope', 'subject', 'day'])
        .execute();
      await db.schema.createIndex('analytics_daily_owner').on('analytics_daily').columns(['scope', 'owner_id', 'day']).execute();
    },
  };
}

/** Search moves out of the send's transaction: an index written from the event log after commit. */
function searchIndex(dialect: DialectName): Migration {
  return {
    async up(db: AnyDB) {
      const now = new Date().toISOString();
      if (dialect === 'postgres') {
        await sql`drop index if exists messages_search`.execute(db);
        await sql`alter table messages drop column if exists search`.execute(db);
        await sql`create table message_search (
          message_id text primary key references messages(id) on delete cascade,
          conversation_id text not null,
          created_at text not null,
          document tsvector not null)`.execute(db);
        await sql`create index message_search_document on message_search using gin (document)`.execute(db);
        await sql`insert into message_search (message_id, conversation_id, created_at, document)
          select id, conversation_id, created_at, to_tsvector('simple', content) from messages
          where deleted_at is null and message_type != 'SYSTEM' and content != ''`.execute(db);
      } else {
        await sql`drop trigger if exists messages_fts_insert`.execute(db);
        await sql`drop trigger if exists messages_fts_delete`.execute(db);
        await sql`drop trigger if exists messages_fts_update`.execute(db);
        await sql`drop table if exists messages_fts`.execute(db);
        // Contentless: the index keeps no copy of the text, and rows are deleted by rowid alone.
        await sql`create virtual table message_search using fts5(document, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2', prefix='2 3')`.execute(db);
        await sql`insert into message_search (rowid, document)
          select rowid, content from messages where deleted_at is null and message_type != 'SYSTEM' and content != ''`.execute(db);
      }
      // What was indexed above covers the log so far.
      await sql`insert into sink_positions (sink, position, updated_at)
        select 'search-index', coalesce(max(pos), 0), ${now} from events`.execute(db);
    },
  };
}

/**
 * The blind index: where search looks with encryption on. Its own table, so that entries of
 * the word index (written before encryption was on) are easy to find and re-index, and so
 * SQLite keeps neither positions nor prefix indexes of hashes (detail=none).
 */
function searchBlindIndex(dialect: DialectName): Migration {
  return {
    async up(db: AnyDB) {
      if (dialect === 'postgres') {
        await sql`create table message_search_blind (
          message_id text primary key references messages(id) on delete cascade,
          conversation_id text not null,
          created_at text not null,
          key_id text not null,
          document tsvector not null)`.execute(db);
        await sql`create index message_search_blind_document on message_search_blind using gin (document)`.execute(db);
        await sql`create index message_search_blind_key on message_search_blind (key_id, message_id)`.execute(db);
      } else {
        await sql`create virtual table message_search_blind using fts5(document, content='', contentless_delete=1, detail=none, tokenize='ascii')`.execute(db);
      }
    },
  };
}

/**
 * A context whose conversations do not all show its stored fields and state yet: a change is
 * applied to them in batches after the context row commits, and a stop or crash between
 * batches leaves this row for the next start, PUT or sweep to finish the work. The batches walk
 * a context's conversations in id order, so the context index carries the id.
 */
function contextCatchUp(): Migration {
  return {
    async up(db: AnyDB) {
      await db.schema.createIndex('conversations_context_id').on('conversations').columns(['context_type', 'context_id', 'id']).execute();
      await db.schema.dropIndex('conversations_context').execute();
      await db.schema
        .createTable('context_catch_up')
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('id', 'text', (c) => c.notNull())
        .addColumn('since', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('context_catch_up_pk', ['type', 'id'])
        .execute();
    },
  };
}

/**
 * What an erasure left for later: per user, the conversations whose context was disputed. When a
 * dispute ends, the erasure is finished there (PrivacyService.finishDeferredErasures).
 */
function deferredErasures(): Migration {
  return {
    async up(db: AnyDB) {
      await db.schema
        .createTable('deferred_erasures')
        .addColumn('user_id', 'text', (c) => c.notNull())
        .addColumn('conversation_id', 'text', (c) => c.notNull())
        .addColumn('since', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('deferred_erasures_pk', ['user_id', 'conversation_id'])
        .execute();
      await db.schema.createIndex('deferred_erasures_conversation').on('deferred_erasures').column('conversation_id').execute();
    },
  };
}

/**
 * Whether a context ever reached a booking (`booked`, or `completed` or `disputed` after one), for
 * analytics: a booking cancelled later was still made. Contexts in such a state now count as
 * booked since their last change.
 */
function contextBookings(): Migration {
  return {
    async up(db: AnyDB) {
      await db.schema.alterTable('contexts').addColumn('booked_at', 'text').execute();
      await sql`update contexts set booked_at = updated_at where state in ('booked', 'completed', 'disputed')`.execute(db);
    },
  };
}

/**
 * Databases sealed before Parley remembered it (encryption.sealing in meta): a blind-index
 * entry, a rotation, or a sealed value among the latest messages says so.
 */
function rememberSealing(): Migration {
  return {
    async up(db: AnyDB) {
      const blind = await sql`select 1 as found from message_search_blind limit 1`.execute(db);
      const rotated = await sql`select 1 as found from meta where key = 'encryption.rotation'`.execute(db);
      const latest = await sql<{ content: string }>`select content from messages order by id desc limit 1000`.execute(db);
      const sealed = blind.rows.length > 0 || rotated.rows.length > 0 || latest.rows.some((row) => row.content.startsWith(SEALED_MARK));
      if (sealed) await sql`insert into meta (key, value) values ('encryption.sealing', '1')`.execute(db);
    },
  };
}

/** Deleted and removed messages by position, for unread counts that leave them out (conversations.repository unreadOf). */
function deletedMessagesIndex(): Migration {
  return {
    async up(db: AnyDB) {
      await sql`create index if not exists messages_deleted_by_seq on messages (conversation_id, seq) where deleted_at is not null`.execute(db);
    },
  };
}

/** Presence's last-seen times, which lived in each instance's memory and were lost with it. */
function lastSeen(): Migration {
  return {
    async up(db: AnyDB) {
      await db.schema
        .createTable('last_seen')
        .ifNotExists()
        .addColumn('user_id', 'text', (c) => c.primaryKey())
        .addColumn('seen_at', 'text', (c) => c.notNull())
        .execute();
    },
  };
}

/** Who was in each conversation deleted for everyone (see FormerMembersTable). */
function formerMembers(): Migration {
  return {
    async up(db: AnyDB) {
      await db.schema
        .createTable('former_members')
        .ifNotExists()
        .addColumn('user_id', 'text', (c) => c.notNull())
        .addColumn('conversation_id', 'text', (c) => c.notNull())
        .addColumn('deleted_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('former_members_pk', ['user_id', 'conversation_id'])
        .execute();
    },
  };
}

/** Dead letters by the event they hold: an edit or deletion rewrites the copies of the events it rewrites. */
function deadLettersByEvent(): Migration {
  return {
    async up(db: AnyDB) {
      await sql`create index if not exists dead_letters_event on dead_letters (event_pos)`.execute(db);
    },
  };
}

/**
 * Adds a column to sink_positions. Run again over a database that has it (as the tests of older
 * migrations do), it is left as it is.
 */
function sinkPositionsColumn(dialect: DialectName, column: string, add: (table: AnyDB['schema']) => { execute(): Promise<void> }): Migration {
  return {
    async up(db: AnyDB) {
      const present =
        dialect === 'postgres'
          ? sql`select 1 from information_schema.columns where table_schema = current_schema() and table_name = 'sink_positions' and column_name = ${column}`
          : sql`select 1 from pragma_table_info('sink_positions') where name = ${column}`;
      if ((await present.execute(db)).rows.length > 0) return;
      await add(db.schema).execute();
    },
  };
}

/** The tries a sink's next batch has failed, kept so that a restart does not count them again from one. */
const sinkFailedAttempts = (dialect: DialectName) =>
  sinkPositionsColumn(dialect, 'failed_attempts', (schema) =>
    schema.alterTable('sink_positions').addColumn('failed_attempts', 'integer', (c) => c.notNull().defaultTo(0)),
  );

/**
 * Where the failing batch ends: the instance that goes on (a restart, another instance taking
 * over) sends that batch again as it was, and the events after it as a batch with tries of its own.
 */
const sinkFailingThrough = (dialect: DialectName) =>
  sinkPositionsColumn(dialect, 'failing_through', (schema) => schema.alterTable('sink_positions').addColumn('failing_through', 'bigint'));

/**
 * Reactions stored as short codes (":tada:") become the emoji they name, as reactions now are; a
 * user's code is dropped where they also reacted with its emoji. Codes that name no emoji stay as
 * they are: no new one is taken, and their users can still remove them.
 */
function reactionsAsEmoji(): Migration {
  return {
    async up(db: AnyDB) {
      const { rows } = await sql<{ emoji: string }>`select distinct emoji from reactions where emoji like ':%:'`.execute(db);
      for (const { emoji: code } of rows) {
        const emoji = emojiOfShortCode(code);
        if (emoji === undefined) continue;
        await sql`delete from reactions where emoji = ${code} and exists (select 1 from reactions as mine where mine.message_id = reactions.message_id and mine.user_id = reactions.user_id and mine.emoji = ${emoji})`.execute(db);
        await sql`update reactions set emoji = ${emoji} where emoji = ${code}`.execute(db);
      }
    },
  };
}

/**
 * PostgreSQL's word index held each message's text as its parser cuts it, which keeps "node.js",
 * "3.5kg" or "xl/xxl" whole where a query looks for "node" and "js", and lower-cases Greek
 * unlike queries: its entries are made again from the words as search cuts them
 * (`wordDocument`), 1,000 a statement. Sealed texts (encryption turned on since) are left to the
 * rotation, which re-indexes them. SQLite's tokenizer already cut the text as queries are cut.
 */
function searchIndexOfWords(dialect: DialectName): Migration {
  return {
    async up(db: AnyDB) {
      if (dialect !== 'postgres') return;
      const PAGE = 1_000;
      let after = '';
      for (;;) {
        const { rows } = await sql<{ id: string; content: string }>`
          select s.message_id as id, m.content from message_search s join messages m on m.id = s.message_id
          where s.message_id > ${after} order by s.message_id limit ${PAGE}`.execute(db);
        const plain = rows.filter((row) => !row.content.startsWith(SEALED_MARK));
        if (plain.length > 0) {
          await sql`update message_search s set document = to_tsvector('simple', d.document)
            from unnest(${plain.map((row) => row.id)}::text[], ${plain.map((row) => wordDocument(row.content))}::text[]) as d(message_id, document)
            where s.message_id = d.message_id`.execute(db);
        }
        if (rows.length < PAGE) return;
        after = rows[rows.length - 1]!.id;
      }
    },
  };
}

/**
 * One open report per reporter and target, no longer one ever: a target whose report was resolved
 * can be reported again by the same user (harassment that resumes, a message edited into abuse
 * after its report was dismissed). SQLite cannot drop a table's constraint: the table is made
 * again without it (nothing refers to reports).
 */
function reportsAgainAfterResolution(dialect: DialectName): Migration {
  return {
    async up(db: AnyDB) {
      if (dialect === 'postgres') {
        await sql`alter table reports drop constraint if exists reports_one_per_reporter`.execute(db);
      } else {
        // Kysely runs SQLite's migrations outside a transaction: the table is made again all or nothing.
        await sql`savepoint reports_again`.execute(db);
        try {
          await remakeReportsWithoutConstraint(db);
          await sql`release reports_again`.execute(db);
        } catch (error) {
          await sql`rollback to reports_again`.execute(db);
          await sql`release reports_again`.execute(db);
          throw error;
        }
      }
      await sql`create unique index if not exists reports_open_one_per_reporter on reports (reporter_id, target_type, target_id) where status = 'open'`.execute(db);
    },
  };
}

/** The reports table as it is, without the one-report-ever constraint, with its indexes. */
async function remakeReportsWithoutConstraint(db: AnyDB): Promise<void> {
  await db.schema
    .createTable('reports_next')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('target_type', 'text', (c) => c.notNull())
    .addColumn('target_id', 'text', (c) => c.notNull())
    .addColumn('conversation_id', 'text')
    .addColumn('reporter_id', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('details', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('resolution', 'text')
    .addColumn('note', 'text')
    .addColumn('resolved_by', 'text')
    .addColumn('resolved_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await sql`insert into reports_next (id, target_type, target_id, conversation_id, reporter_id, reason, details, status,
      resolution, note, resolved_by, resolved_at, created_at)
    select id, target_type, target_id, conversation_id, reporter_id, reason, details, status,
      resolution, note, resolved_by, resolved_at, created_at from reports`.execute(db);
  await db.schema.dropTable('reports').execute();
  await db.schema.alterTable('reports_next').renameTo('reports').execute();
  await db.schema.createIndex('reports_status').on('reports').columns(['status', 'created_at']).execute();
  await db.schema.createIndex('reports_target').on('reports').columns(['target_type', 'target_id']).execute();
  await db.schema.createIndex('reports_conversation').on('reports').columns(['conversation_id']).execute();
}

export function migrationsFor(dialect: DialectName): Record<string, Migration> {
  return {
    '001_initial': initial(dialect),
    '002_conversation_life': conversationLife(dialect),
    '003_delivery': delivery(),
    '004_attachments': attachments(),
    '005_moderation': moderation(dialect),
    '006_contexts': contexts(),
    '008_search_index': searchIndex(dialect),
    '009_search_blind_index': searchBlindIndex(dialect),
    '010_context_catch_up': contextCatchUp(),
    '011_deferred_erasures': deferredErasures(),
    '012_context_bookings': contextBookings(),
    '013_remember_sealing': rememberSealing(),
    '014_deleted_messages_index': deletedMessagesIndex(),
    '015_reactions_as_emoji': reactionsAsEmoji(),
    '016_last_seen': lastSeen(),
    '017_sink_failed_attempts': sinkFailedAttempts(dialect),
    '018_former_members': formerMembers(),
    '019_dead_letters_by_event': deadLettersByEvent(),
    '020_search_index_of_words': searchIndexOfWords(dialect),
    '021_reports_again_after_resolution': reportsAgainAfterResolution(dialect),
    '022_sink_failing_through': sinkFailingThrough(dialect),
  };
}

/**
 * Brings the configured database's schema up to date: on SQLite through `database`; on PostgreSQL
 * on a connection of its own, opened without the requests' time limits (lock, statement and the
 * client's own): an index built over a large table, or a wait for another instance's migrations,
 * may take longer than a request may.
 */
export async function migrateDatabase(config: Config['database'], database: Database): Promise<string[]> {
  if (config.kind !== 'postgres') return migrateToLatest(database.db, database.dialect.name);
  const untimed = openDatabase({ ...config, poolSize: 1 }, () => {}, undefined, { untimed: true });
  try {
    return await migrateToLatest(untimed.db, 'postgres');
  } finally {
    await untimed.close();
  }
}

/**
 * Brings the schema up to date through `db`, as it is opened; safe to run from several processes
 * at once (Kysely locks). On PostgreSQL, `migrateDatabase` opens the connection it needs.
 */
export async function migrateToLatest(db: Kysely<DB>, dialect: DialectName): Promise<string[]> {
  const provider: MigrationProvider = { getMigrations: async () => migrationsFor(dialect) };
  const { error, results } = await new Migrator({ db, provider }).migrateToLatest();
  if (error) throw error;
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

