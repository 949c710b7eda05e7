import type { Kysely, Selectable } from 'kysely';
import type { ValueCipher } from '../crypto/value-cipher.js';
import type { Dialect } from './database.js';
import { groupBy } from './group-by.js';
import { allArgs, prepared } from './prepared.js';
import type { DB, MessagesTable } from './schema.js';
import { openMessage, sealMessage, sealOriginal } from './sealed.js';

export type MessageRow = Selectable<MessagesTable>;

export interface ReadPointer {
  user_id: string;
  last_read_seq: number;
  last_read_at: string | null;
  joined_at: string;
}

export const MESSAGE_COLUMNS = [
  'id',
  'conversation_id',
  'seq',
  'sender_id',
  'content',
  'message_type',
  'reply_to_id',
  'client_message_id',
  'moderation_status',
  'moderation_reasons',
  'original_content',
  'edited_at',
  'deleted_at',
  'created_at',
] as const satisfies readonly (keyof MessageRow)[];

const insertQuery = prepared<MessageRow, never>((db, arg) => db.insertInto('messages').values(allArgs<MessageRow>(MESSAGE_COLUMNS, arg)));
const findByIdQuery = prepared<{ id: string }, MessageRow>((db, arg) =>
  db.selectFrom('messages').selectAll().where('id', '=', arg('id')),
);
const findByClientIdQuery = prepared<{ conversationId: string; senderId: string; clientMessageId: string }, MessageRow>(
  (db, arg) =>
    db
      .selectFrom('messages')
      .selectAll()
      .where('conversation_id', '=', arg('conversationId'))
      .where('sender_id', '=', arg('senderId'))
      .where('client_message_id', '=', arg('clientMessageId')),
);

export class MessagesRepository {
  constructor(
    private readonly db: Kysely<DB>,
    readonly dialect: Dialect,
    private readonly cipher: ValueCipher,
  ) {}

  /** Inserts a row as `sealMessage` made it (the send's other writes carry its sealed content). */
  async insertSealed(sealedRow: MessageRow): Promise<void> {
    await insertQuery.execute(this.db, this.dialect, sealedRow);
  }

  /** The conversation a message is in (undefined: no such message); nothing of its text is read. */
  async conversationIdOf(id: string): Promise<string | undefined> {
    const row = await this.db.selectFrom('messages').select('conversation_id').where('id', '=', id).executeTakeFirst();
    return row?.conversation_id;
  }

  async findById(id: string): Promise<MessageRow | undefined> {
    return this.open(await findByIdQuery.first(this.db, this.dialect, { id }));
  }

  async findByClientId(conversationId: string, senderId: string, clientMessageId: string): Promise<MessageRow | undefined> {
    return this.open(await findByClientIdQuery.first(this.db, this.dialect, { conversationId, senderId, clientMessageId }));
  }

  async findMany(ids: string[]): Promise<Map<string, MessageRow>> {
    if (ids.length === 0) return new Map();
    const rows = await this.db.selectFrom('messages').selectAll().where('id', 'in', [...new Set(ids)]).execute();
    return new Map(rows.map((row) => [row.id, openMessage(this.cipher, row)]));
  }

  /** Newest first, strictly before `beforeSeq` when given. */
  async listBefore(conversationId: string, beforeSeq: number | undefined, limit: number): Promise<MessageRow[]> {
    let query = this.db.selectFrom('messages').selectAll().where('conversation_id', '=', conversationId);
    if (beforeSeq !== undefined) query = query.where('seq', '<', beforeSeq);
    return (await query.orderBy('seq', 'desc').limit(limit).execute()).map((row) => openMessage(this.cipher, row));
  }

  /** Oldest first, strictly after `afterSeq`. */
  async listAfter(conversationId: string, afterSeq: number, limit: number): Promise<MessageRow[]> {
    const rows = await this.db
      .selectFrom('messages')
      .selectAll()
      .where('conversation_id', '=', conversationId)
      .where('seq', '>', afterSeq)
      .orderBy('seq', 'asc')
      .limit(limit)
      .execute();
    return rows.map((row) => openMessage(this.cipher, row));
  }

  private open(row: MessageRow | undefined): MessageRow | undefined {
    return row === undefined ? undefined : openMessage(this.cipher, row);
  }

  /** An edit: the new text as moderated, with its moderation status and the original for moderators. */
  async updateContent(
    id: string,
    moderated: Pick<MessageRow, 'content' | 'moderation_status' | 'moderation_reasons' | 'original_content'>,
    editedAt: string,
  ): Promise<void> {
    const sealed = sealMessage(this.cipher, { id, ...moderated });
    await this.db
      .updateTable('messages')
      .set({ ...moderated, content: sealed.content, original_content: sealed.original_content, edited_at: editedAt })
      .where('id', '=', id)
      .execute();
  }

  /**
   * Turns a message into a tombstone: it keeps its place (seq) and loses its content. The text
   * `keptForModerators`, when given, stays in original_content, for moderators only.
   */
  async markDeleted(id: string, deletedAt: string, keptForModerators: string | null = null): Promise<void> {
    await this.db
      .updateTable('messages')
      .set({ content: '', original_content: sealOriginal(this.cipher, id, keptForModerators), deleted_at: deletedAt })
      .where('id', '=', id)
      .execute();
    await this.db.deleteFrom('reactions').where('message_id', '=', id).execute();
  }

  /**
   * A moderator removes a message: a tombstone for everyone, with `removed` status. The text as
   * submitted stays in original_content, for moderators only, as the record of what was removed.
   */
  async markRemoved(id: string, removedAt: string, original: string): Promise<void> {
    await this.db
      .updateTable('messages')
      .set({ content: '', original_content: sealOriginal(this.cipher, id, original), deleted_at: removedAt, moderation_status: 'removed' })
      .where('id', '=', id)
      .execute();
    await this.db.deleteFrom('reactions').where('message_id', '=', id).execute();
  }

  /** A moderator's approval: a flagged message becomes clean (a masked one stays masked). */
  async setModeration(id: string, moderation: { status: string; reasons: string }): Promise<void> {
    await this.db.updateTable('messages').set({ moderation_status: moderation.status, moderation_reasons: moderation.reasons }).where('id', '=', id).execute();
  }

  /** Returns false when this user already reacted to the message with this emoji. */
  async addReaction(messageId: string, userId: string, emoji: string, now: string): Promise<boolean> {
    const result = await this.db
      .insertInto('reactions')
      .values({ message_id: messageId, user_id: userId, emoji, created_at: now })
      .onConflict((oc) => oc.columns(['message_id', 'user_id', 'emoji']).doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
  }

  /** How many different reactions this user holds on the message. */
  async reactionCountOf(messageId: string, userId: string): Promise<number> {
    const row = await this.db
      .selectFrom('reactions')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .where('message_id', '=', messageId)
      .where('user_id', '=', userId)
      .executeTakeFirst();
    return Number(row?.count ?? 0);
  }

  async removeReaction(messageId: string, userId: string, emoji: string): Promise<boolean> {
    const result = await this.db
      .deleteFrom('reactions')
      .where('message_id', '=', messageId)
      .where('user_id', '=', userId)
      .where('emoji', '=', emoji)
      .executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }

  /** Reactions of the given messages, oldest first, grouped by message id. */
  async reactionsOf(messageIds: string[]): Promise<Map<string, { message_id: string; emoji: string; user_id: string }[]>> {
    if (messageIds.length === 0) return new Map();
    const rows = await this.db
      .selectFrom('reactions')
      .select(['message_id', 'emoji', 'user_id'])
      .where('message_id', 'in', messageIds)
      .orderBy('created_at')
      .orderBy('user_id')
      .execute();
    return groupBy(rows, (row) => row.message_id);
  }

  /** Read pointers of the active participants: who has read a message is derived from these. */
  readPointers(conversationId: string): Promise<ReadPointer[]> {
    return this.db
      .selectFrom('participants')
      .select(['user_id', 'last_read_seq', 'last_read_at', 'joined_at'])
      .where('conversation_id', '=', conversationId)
      .where('left_at', 'is', null)
      .execute();
  }
}
