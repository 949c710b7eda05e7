// Full-text matching over messages: SQLite FTS5 or PostgreSQL tsvector, the one place where the
// two dialects need different SQL for the same question. The index (`message_search`) is
// written after the commit from the event log (domain/search-indexer.ts), never inside a send. Terms arrive as plain words; each is
// matched as a prefix, so typing the beginning of a word finds it. Matches come newest first
// and stop at `limit`, so a common word costs no more than a rare one; ranking is the
// domain's job (search.service.ts).
import { type Kysely, sql } from 'kysely';
import type { Dialect } from './database.js';
import type { MessageRow } from './messages.repository.js';
import type { DB } from './schema.js';

export interface MatchQuery {
  userId: string;
  terms: string[];
  conversationId?: string;
  limit: number;
}

/** Under this name in sink_positions: how far the search index has read the event log. */
export const SEARCH_INDEX_POSITION = 'search-index';

export interface IndexEntry {
  messageId: string;
  /** The text to index: the message's (moderated) content. */
  document: string;
}

export class SearchRepository {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly dialect: Dialect,
  ) {}

  /**
   * Where the index has read the log to, locked until this transaction ends so that two
   * indexers (two instances, or a search catching up) never apply the same events twice.
   */
  async lockPosition(now: string): Promise<number> {
    const locked = () =>
      this.dialect
        .forUpdate(this.db.selectFrom('sink_positions').select('position').where('sink', '=', SEARCH_INDEX_POSITION))
        .executeTakeFirst();
    let row = await locked();
    if (row === undefined) {
      await this.db
        .insertInto('sink_positions')
        .values({ sink: SEARCH_INDEX_POSITION, position: 0, updated_at: now })
        .onConflict((oc) => oc.column('sink').doNothing())
        .execute();
      row = await locked();
    }
    return Number(row?.position ?? 0);
  }

  async savePosition(position: number, now: string): Promise<void> {
    await this.db
      .updateTable('sink_positions')
      .set({ position, updated_at: now })
      .where('sink', '=', SEARCH_INDEX_POSITION)
      .execute();
  }

  /** Indexes (or re-indexes) messages by id; ids of messages that no longer exist are skipped. */
  async index(entries: IndexEntry[]): Promise<void> {
    if (entries.length === 0) return;
    await this.remove(entries.map((entry) => entry.messageId));
    if (this.dialect.name === 'postgres') {
      // One round trip for the batch: the indexing transaction holds readers' horizon back.
      await sql`insert into message_search (message_id, conversation_id, created_at, document)
        select m.id, m.conversation_id, m.created_at, to_tsvector('simple', d.document)
        from unnest(${entries.map((e) => e.messageId)}::text[], ${entries.map((e) => e.document)}::text[]) as d(message_id, document)
        join messages m on m.id = d.message_id`.execute(this.db);
      return;
    }
    for (const entry of entries) {
      await sql`insert into message_search (rowid, document)
        select rowid, ${entry.document} from messages where id = ${entry.messageId}`.execute(this.db);
    }
  }

  async remove(messageIds: string[]): Promise<void> {
    if (messageIds.length === 0) return;
    if (this.dialect.name === 'postgres') {
      await this.db.deleteFrom('message_search').where('message_id', 'in', messageIds).execute();
    } else {
      await sql`delete from message_search where rowid in (select rowid from messages where id in (${sql.join(messageIds)}))`.execute(this.db);
    }
  }

  /**
   * SQLite's FTS5 keeps removed entries' words in its segments until they are merged: merging
   * them all drops every trace of removed messages (an erasure's). PostgreSQL deletes rows.
   */
  async compact(): Promise<void> {
    if (this.dialect.name === 'sqlite') await sql`insert into message_search (message_search) values ('optimize')`.execute(this.db);
  }

  /** The newest messages of the user's conversations that match every term. */
  async newestMatches(query: MatchQuery): Promise<MessageRow[]> {
    const inConversation =
      query.conversationId === undefined ? sql`` : sql`and m.conversation_id = ${query.conversationId}`;
    const visible = sql`m.conversation_id in (select p.conversation_id from participants p where p.user_id = ${query.userId} and p.left_at is null)
      and m.deleted_at is null and m.moderation_status != 'removed' and m.message_type != 'SYSTEM' ${inConversation}`;
    if (this.dialect.name === 'postgres') {
      const tsquery = query.terms.map((term) => `${term}:*`).join(' & ');
      const result = await sql<MessageRow>`
        select m.id, m.conversation_id, m.seq, m.sender_id, m.content, m.message_type, m.reply_to_id,
               m.client_message_id, m.moderation_status, m.moderation_reasons, m.original_content,
               m.edited_at, m.deleted_at, m.created_at
        from message_search s
        join messages m on m.id = s.message_id
        where s.document @@ to_tsquery('simple', ${tsquery}) and ${visible}
        order by s.created_at desc, s.message_id desc
        limit ${query.limit}`.execute(this.db);
      return result.rows;
    }
    // Each term is quoted (so no FTS5 syntax survives) and matched as a prefix. The FTS index
    // is walked newest first (rowid descending) and the walk stops at the limit.
    const match = query.terms.map((term) => `"${term}"*`).join(' ');
    const result = await sql<MessageRow>`
      select m.* from message_search f
      cross join messages m on m.rowid = f.rowid
      where message_search match ${match} and ${visible}
      order by f.rowid desc
      limit ${query.limit}`.execute(this.db);
    return result.rows;
  }
}
