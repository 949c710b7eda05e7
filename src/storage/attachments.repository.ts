import type { ExpressionBuilder, Kysely, Selectable } from 'kysely';
import type { Dialect } from './database.js';
import { groupBy } from './group-by.js';
import type { AttachmentsTable, DB } from './schema.js';

export type AttachmentRow = Selectable<AttachmentsTable>;

/** The state of a file whose bytes left storage: its row stays a day, for the uploader's quota. */
const REMOVED = 'removed';

/** Whose files never sent: one uploader's, or those uploaded for one conversation. */
export type UnsentOf = { uploaderId: string } | { conversationId: string };

/**
 * Files uploaded and not sent (yet), still in use, pending direct uploads included: of one
 * uploader, or uploaded for one conversation (where alone they could be sent).
 */
const unsent = (of: UnsentOf) => (eb: ExpressionBuilder<DB, 'attachments'>) =>
  eb.and([
    'uploaderId' in of ? eb('uploader_id', '=', of.uploaderId) : eb('conversation_id', '=', of.conversationId),
    eb('message_id', 'is', null),
    eb('deleted_at', 'is', null),
  ]);

export class AttachmentsRepository {
  constructor(
    private readonly db: Kysely<DB>,
    readonly dialect: Dialect,
  ) {}

  async insert(row: AttachmentRow): Promise<void> {
    await this.db.insertInto('attachments').values(row).execute();
  }

  findById(id: string): Promise<AttachmentRow | undefined> {
    return this.db.selectFrom('attachments').selectAll().where('id', '=', id).where('deleted_at', 'is', null).executeTakeFirst();
  }

  async findMany(ids: string[]): Promise<AttachmentRow[]> {
    if (ids.length === 0) return [];
    return this.db.selectFrom('attachments').selectAll().where('id', 'in', ids).where('deleted_at', 'is', null).execute();
  }

  /** Up to `limit` stored files (ready, not deleted) after `afterId`, by id: a walk over every file (key rotation). */
  pageStored(afterId: string | null, limit: number): Promise<Pick<AttachmentRow, 'id' | 'thumbnail_state'>[]> {
    let query = this.db.selectFrom('attachments').select(['id', 'thumbnail_state']).where('state', '=', 'ready').where('deleted_at', 'is', null);
    if (afterId !== null) query = query.where('id', '>', afterId);
    return query.orderBy('id').limit(limit).execute();
  }

  /**
   * Up to `limit` of a user's files that no message carries (yet), by id after `afterId`: a GDPR
   * export's walk. Only checked files: a direct upload announced and never completed holds none.
   */
  unsentBy(uploaderId: string, afterId: string | null, limit: number): Promise<AttachmentRow[]> {
    let query = this.db.selectFrom('attachments').selectAll().where(unsent({ uploaderId })).where('state', '=', 'ready');
    if (afterId !== null) query = query.where('id', '>', afterId);
    return query.orderBy('id').limit(limit).execute();
  }

  /** The files each message carries, in upload order. */
  async ofMessages(messageIds: string[]): Promise<Map<string, AttachmentRow[]>> {
    if (messageIds.length === 0) return new Map();
    const rows = await this.db
      .selectFrom('attachments')
      .selectAll()
      .where('message_id', 'in', messageIds)
      .where('deleted_at', 'is', null)
      .orderBy('id')
      .execute();
    return groupBy(rows, (row) => row.message_id as string);
  }

  /** A checked direct upload: its real name, size, type and dimensions. */
  async markReady(
    id: string,
    fields: Pick<AttachmentRow, 'name' | 'size' | 'mime_type' | 'kind' | 'width' | 'height' | 'thumbnail_state'>,
  ): Promise<boolean> {
    const result = await this.db
      .updateTable('attachments')
      .set({ ...fields, state: 'ready' })
      .where('id', '=', id)
      .where('deleted_at', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  /** False when the file is no longer live (deleted or removed): its thumbnail has no use. */
  async setThumbnailState(id: string, state: 'pending' | 'ready'): Promise<boolean> {
    const result = await this.db
      .updateTable('attachments')
      .set({ thumbnail_state: state })
      .where('id', '=', id)
      .where('deleted_at', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  /**
   * Links unsent, ready files of the sender to a message. Answers how many were linked: fewer
   * than asked means one was taken meanwhile, and the caller's transaction must fail.
   */
  async linkToMessage(ids: string[], uploaderId: string, messageId: string, conversationId: string): Promise<number> {
    const result = await this.db
      .updateTable('attachments')
      .set({ message_id: messageId, conversation_id: conversationId })
      .where('id', 'in', ids)
      .where('uploader_id', '=', uploaderId)
      .where('message_id', 'is', null)
      .where('state', '=', 'ready')
      .where('deleted_at', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows);
  }

  /** Bytes a user uploaded since a time (files removed since then still count). */
  async bytesUploadedSince(uploaderId: string, since: string): Promise<number> {
    const row = await this.db
      .selectFrom('attachments')
      .select((eb) => eb.fn.sum<number | string | null>('size').as('total'))
      .where('uploader_id', '=', uploaderId)
      .where('created_at', '>=', since)
      .executeTakeFirst();
    return Number(row?.total ?? 0);
  }

  /** The user's uploads since `since`, oldest first: when each leaves a rolling window, and how much it frees. */
  uploadsSince(uploaderId: string, since: string): Promise<Array<{ size: number; created_at: string }>> {
    return this.db
      .selectFrom('attachments')
      .select(['size', 'created_at'])
      .where('uploader_id', '=', uploaderId)
      .where('created_at', '>=', since)
      .orderBy('created_at')
      .execute();
  }

  /** Hides a deleted message's files at once; their bytes are removed after the commit. */
  async markDeletedForMessage(messageId: string, at: string): Promise<AttachmentRow[]> {
    const rows = await this.db.selectFrom('attachments').selectAll().where('message_id', '=', messageId).where('deleted_at', 'is', null).execute();
    if (rows.length > 0) {
      await this.db.updateTable('attachments').set({ deleted_at: at }).where('message_id', '=', messageId).execute();
    }
    return rows;
  }

  /**
   * A conversation's files, marked deleted with it (before its messages go): those sent in it,
   * and those uploaded for it and not sent yet, which no other conversation could take. What to
   * remove from storage.
   */
  async markDeletedForConversation(conversationId: string, at: string): Promise<AttachmentRow[]> {
    const sentIn = (eb: ExpressionBuilder<DB, 'attachments'>) => eb.selectFrom('messages').select('id').where('conversation_id', '=', conversationId);
    const rows = await this.db.selectFrom('attachments').selectAll().where('message_id', 'in', sentIn).where('deleted_at', 'is', null).execute();
    if (rows.length > 0) {
      await this.db.updateTable('attachments').set({ deleted_at: at }).where('message_id', 'in', sentIn).where('deleted_at', 'is', null).execute();
    }
    return [...rows, ...(await this.markUnsentDeleted({ conversationId }, at))];
  }

  /**
   * Hides files never sent (pending direct uploads too), of one uploader or uploaded for one
   * conversation: what to remove from storage after the commit. One statement, so a file a
   * message takes meanwhile is either taken first, and not hidden, or hidden and not taken.
   */
  markUnsentDeleted(of: UnsentOf, at: string): Promise<AttachmentRow[]> {
    return this.db.updateTable('attachments').set({ deleted_at: at }).where(unsent(of)).returningAll().execute();
  }

  /** Files whose bytes should leave storage: deleted with their message, or never sent in time. */
  dueForRemoval(unsentBefore: string, limit: number): Promise<AttachmentRow[]> {
    return this.db
      .selectFrom('attachments')
      .selectAll()
      .where('state', '!=', REMOVED)
      .where((eb) => eb.or([eb('deleted_at', 'is not', null), eb.and([eb('message_id', 'is', null), eb('created_at', '<', unsentBefore)])]))
      .orderBy('created_at')
      .limit(limit)
      .execute();
  }

  /** Ids of removed files uploaded before `before`: their records have counted for the quota long enough. */
  async removedBefore(before: string, limit: number): Promise<string[]> {
    const rows = await this.db
      .selectFrom('attachments')
      .select('id')
      .where('state', '=', REMOVED)
      .where('created_at', '<', before)
      .orderBy('created_at')
      .limit(limit)
      .execute();
    return rows.map((row) => row.id);
  }

  /** One page of ids, after `afterId`, of files (in any state) created in [from, before). */
  async createdBetween(from: string, before: string, afterId: string | null, limit: number): Promise<string[]> {
    let query = this.db.selectFrom('attachments').select('id').where('created_at', '>=', from).where('created_at', '<', before);
    if (afterId !== null) query = query.where('id', '>', afterId);
    const rows = await query.orderBy('id').limit(limit).execute();
    return rows.map((row) => row.id);
  }

  async purge(ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.db.deleteFrom('attachments').where('id', 'in', ids).where('state', '=', REMOVED).execute();
  }

  /** Images whose thumbnail was never made (an instance stopped before it got to them). */
  pendingThumbnails(createdBefore: string, limit: number): Promise<AttachmentRow[]> {
    return this.db
      .selectFrom('attachments')
      .selectAll()
      .where('thumbnail_state', '=', 'pending')
      .where('state', '=', 'ready')
      .where('deleted_at', 'is', null)
      .where('created_at', '<', createdBefore)
      .limit(limit)
      .execute();
  }

  /**
   * Marks a file removed unless a message took it meanwhile; true when it was. What is left of
   * the row is its uploader, size and time, without its name, for the uploader's daily quota:
   * a removed file still counts as uploaded (the sweep purges it after a day).
   */
  async markRemovedUnlessSent(id: string, at: string): Promise<boolean> {
    const result = await this.db
      .updateTable('attachments')
      .set((eb) => ({ state: REMOVED, name: '', deleted_at: eb.fn.coalesce('deleted_at', eb.val(at)) }))
      .where('id', '=', id)
      .where('state', '!=', REMOVED)
      .where((eb) => eb.or([eb('message_id', 'is', null), eb('deleted_at', 'is not', null)]))
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }
}
