// What a GDPR export reads and an erasure rewrites: a user's rows across the aggregates, read in
// pages so a long history never sits in memory at once.
import { type Kysely, type Selectable, sql } from 'kysely';
import type { Dialect } from './database.js';
import type { MessageRow } from './messages.repository.js';
import type { AttachmentsTable, BlocksTable, ConversationsTable, DB, ParticipantsTable } from './schema.js';

export type ConversationWithMembership = Selectable<ConversationsTable> & {
  member_role: string;
  joined_at: string;
  left_at: string | null;
  last_read_seq: number;
  last_read_at: string | null;
};

/** A stored copy of something that may carry text: an event's data or a dead letter's event. */
export interface StoredPayload {
  key: string;
  payload: string;
}

export class PrivacyRepository {
  constructor(
    private readonly db: Kysely<DB>,
    readonly dialect: Dialect,
  ) {}

  /** Every conversation the user ever took part in (left ones too), with their membership. */
  conversationsOf(userId: string): Promise<ConversationWithMembership[]> {
    return this.db
      .selectFrom('participants as p')
      .innerJoin('conversations as c', 'c.id', 'p.conversation_id')
      .selectAll('c')
      .select(['p.role as member_role', 'p.joined_at', 'p.left_at', 'p.last_read_seq', 'p.last_read_at'])
      .where('p.user_id', '=', userId)
      .orderBy('c.created_at')
      .orderBy('c.id')
      .execute();
  }

  /** One page of the user's messages, by id, strictly after `afterId`. */
  messagesBySender(userId: string, afterId: string | null, limit: number): Promise<MessageRow[]> {
    let query = this.db.selectFrom('messages').selectAll().where('sender_id', '=', userId);
    if (afterId !== null) query = query.where('id', '>', afterId);
    return query.orderBy('id').limit(limit).execute();
  }

  reactionsBy(userId: string): Promise<{ message_id: string; emoji: string; created_at: string }[]> {
    return this.db.selectFrom('reactions').select(['message_id', 'emoji', 'created_at']).where('user_id', '=', userId).orderBy('created_at').execute();
  }

  blocksBy(userId: string): Promise<Selectable<BlocksTable>[]> {
    return this.db.selectFrom('blocks').selectAll().where('blocker_id', '=', userId).orderBy('created_at').execute();
  }

  readPointersOf(userId: string): Promise<Pick<Selectable<ParticipantsTable>, 'conversation_id' | 'last_read_seq' | 'last_read_at'>[]> {
    return this.db
      .selectFrom('participants')
      .select(['conversation_id', 'last_read_seq', 'last_read_at'])
      .where('user_id', '=', userId)
      .orderBy('conversation_id')
      .execute();
  }

  async anonymiseUser(userId: string, now: string): Promise<void> {
    await this.db
      .updateTable('users')
      .set({ username: null, display_name: null, avatar_url: null, erased_at: now, updated_at: now })
      .where('id', '=', userId)
      .execute();
  }

  /**
   * Turns messages into tombstones with no text at all: content, the moderators' original and
   * the client's id go; the row keeps its place in the conversation.
   */
  async blankMessages(ids: string[], now: string): Promise<void> {
    if (ids.length === 0) return;
    await this.db
      .updateTable('messages')
      .set({ content: '', original_content: null, deleted_at: sql<string>`coalesce(deleted_at, ${now})` })
      .where('id', 'in', ids)
      .execute();
  }

  /** Hides every file the user uploaded (sent or not, outside `keep`); the bytes go after the commit. */
  async markAttachmentsDeleted(userId: string, keepConversationIds: string[], now: string): Promise<Selectable<AttachmentsTable>[]> {
    let query = this.db.selectFrom('attachments').selectAll().where('uploader_id', '=', userId).where('deleted_at', 'is', null);
    if (keepConversationIds.length > 0) {
      query = query.where((eb) => eb.or([eb('conversation_id', 'is', null), eb('conversation_id', 'not in', keepConversationIds)]));
    }
    const rows = await query.execute();
    if (rows.length > 0) {
      await this.db.updateTable('attachments').set({ deleted_at: now }).where('id', 'in', rows.map((row) => row.id)).execute();
    }
    return rows;
  }

  async clearPreviewsOf(messageIds: string[]): Promise<void> {
    if (messageIds.length === 0) return;
    await this.db.updateTable('conversations').set({ last_message_preview: null }).where('last_message_id', 'in', messageIds).execute();
  }

  async deleteReactionsBy(userId: string): Promise<void> {
    await this.db.deleteFrom('reactions').where('user_id', '=', userId).execute();
  }

  /** The free text of reports the user made (the report itself stays for moderators). */
  async clearReportDetailsBy(userId: string): Promise<void> {
    await this.db.updateTable('reports').set({ details: null }).where('reporter_id', '=', userId).execute();
  }

  /** One page of the events of some conversations, by position (any of them may quote a message). */
  async conversationEvents(conversationIds: string[], afterPos: number, limit: number): Promise<StoredPayload[]> {
    if (conversationIds.length === 0) return [];
    const rows = await this.db
      .selectFrom('events')
      .select(['pos', 'data'])
      .where('conversation_id', 'in', conversationIds)
      .where('pos', '>', afterPos)
      .orderBy('pos')
      .limit(limit)
      .execute();
    return rows.map((row) => ({ key: String(row.pos), payload: row.data }));
  }

  async rewriteEvent(pos: string, data: string): Promise<void> {
    await this.db.updateTable('events').set({ data }).where('pos', '=', Number(pos)).execute();
  }

  async deadLetters(afterId: string | null, limit: number): Promise<StoredPayload[]> {
    let query = this.db.selectFrom('dead_letters').select(['id', 'event']);
    if (afterId !== null) query = query.where('id', '>', afterId);
    const rows = await query.orderBy('id').limit(limit).execute();
    return rows.map((row) => ({ key: row.id, payload: row.event }));
  }

  async rewriteDeadLetter(id: string, event: string): Promise<void> {
    await this.db.updateTable('dead_letters').set({ event }).where('id', '=', id).execute();
  }
}
