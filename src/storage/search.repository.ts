// Full-text matching over messages: SQLite FTS5 or PostgreSQL tsvector, the one place where the
// two dialects need different SQL for the same question. Terms arrive as plain words; each is
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

export class SearchRepository {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly dialect: Dialect,
  ) {}

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
        from messages m
        where m.search @@ to_tsquery('simple', ${tsquery}) and ${visible}
        order by m.created_at desc, m.id desc
        limit ${query.limit}`.execute(this.db);
      return result.rows;
    }
    // Each term is quoted (so no FTS5 syntax survives) and matched as a prefix. The FTS index
    // is walked newest first (rowid descending) and the walk stops at the limit.
    const match = query.terms.map((term) => `"${term}"*`).join(' ');
    const result = await sql<MessageRow>`
      select m.* from messages_fts f
      cross join messages m on m.rowid = f.rowid
      where messages_fts match ${match} and ${visible}
      order by f.rowid desc
      limit ${query.limit}`.execute(this.db);
    return result.rows;
  }
}
