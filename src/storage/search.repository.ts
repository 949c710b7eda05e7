// Full-text search over messages: SQLite FTS5 or PostgreSQL tsvector, the one place where the
// two dialects need different SQL for the same question. Terms arrive as plain words; each is
// matched as a prefix, so typing the beginning of a word finds it.
import { type Kysely, sql } from 'kysely';
import type { Dialect } from './database.js';
import type { MessageRow } from './messages.repository.js';
import type { DB } from './schema.js';

export interface SearchQuery {
  userId: string;
  terms: string[];
  conversationId?: string;
  offset: number;
  limit: number;
}

export class SearchRepository {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly dialect: Dialect,
  ) {}

  /** Messages of the user's conversations matching every term, best match first. */
  async search(query: SearchQuery): Promise<MessageRow[]> {
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
        from messages m, to_tsquery('simple', ${tsquery}) q
        where m.search @@ q and ${visible}
        order by ts_rank(m.search, q) desc, m.created_at desc, m.id desc
        limit ${query.limit} offset ${query.offset}`.execute(this.db);
      return result.rows;
    }
    // Each term is quoted (so no FTS5 syntax survives) and matched as a prefix.
    const match = query.terms.map((term) => `"${term}"*`).join(' ');
    const result = await sql<MessageRow>`
      select m.* from messages_fts f
      join messages m on m.rowid = f.rowid
      where messages_fts match ${match} and ${visible}
      order by f.rank, m.created_at desc, m.id desc
      limit ${query.limit} offset ${query.offset}`.execute(this.db);
    return result.rows;
  }
}
