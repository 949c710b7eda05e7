// What a GDPR export reads, and what an erasure or the retention sweep rewrites: a user's rows
// across the aggregates, messages that came of age, and every stored copy of their text. Read in
// pages so a long history never sits in memory at once.
import { type Kysely, type Selectable, sql } from 'kysely';
import type { ValueCipher } from '../crypto/value-cipher.js';
import type { Dialect } from './database.js';
import { inLists } from './in-lists.js';
import type { MessageRow } from './messages.repository.js';
import type { AttachmentsTable, BlocksTable, ConversationsTable, DB, ParticipantsTable } from './schema.js';
import { openConversation, openDeadLetter, openEvent, openMessage, sealContent, sealDeadLetter, sealEventData, sealPreview } from './sealed.js';

export type ConversationWithMembership = Selectable<ConversationsTable> & {
  member_role: string;
  joined_at: string;
  left_at: string | null;
  last_read_seq: number;
  last_read_at: string | null;
};

/** A message about to be scrubbed, as it stands now. */
export interface MessageToScrub {
  id: string;
  conversation_id: string;
  seq: number;
  created_at: string;
  deleted_at: string | null;
  /** 1 while content or the moderators' original still holds text. */
  has_text: number;
}

/** A message seen by the retention sweep: where it is, and whether anything of it is left to remove. */
export interface AgedMessage {
  id: string;
  conversation_id: string;
  created_at: string;
  context_type: string | null;
  context_state: string | null;
  /** 1 while the message is not yet a textless tombstone. */
  pending: number;
}

/** A stored copy of something that may carry text: an event's data or a dead letter's event. */
export interface StoredPayload {
  key: string;
  payload: string;
}

export class PrivacyRepository {
  constructor(
    private readonly db: Kysely<DB>,
    readonly dialect: Dialect,
    private readonly cipher: ValueCipher,
  ) {}

  /** Every conversation the user ever took part in (left ones too), with their membership. */
  async conversationsOf(userId: string): Promise<ConversationWithMembership[]> {
    const rows = await this.db
      .selectFrom('participants as p')
      .innerJoin('conversations as c', 'c.id', 'p.conversation_id')
      .selectAll('c')
      .select(['p.role as member_role', 'p.joined_at', 'p.left_at', 'p.last_read_seq', 'p.last_read_at'])
      .where('p.user_id', '=', userId)
      .orderBy('c.created_at')
      .orderBy('c.id')
      .execute();
    return rows.map((row) => openConversation(this.cipher, row));
  }

  /** One page of the user's messages, by id, strictly after `afterId`. */
  async messagesBySender(userId: string, afterId: string | null, limit: number): Promise<MessageRow[]> {
    let query = this.db.selectFrom('messages').selectAll().where('sender_id', '=', userId);
    if (afterId !== null) query = query.where('id', '>', afterId);
    return (await query.orderBy('id').limit(limit).execute()).map((row) => openMessage(this.cipher, row));
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

  /**
   * Locks conversations in id order (PostgreSQL), the one order every multi-conversation lock
   * takes, and says which context state each is in. The caller took their turns first
   * (ConversationsRepository.takeTurnsOf), before its transaction wrote or locked anything.
   */
  async lockConversations(ids: string[]): Promise<{ id: string; context_state: string | null }[]> {
    const out: { id: string; context_state: string | null }[] = [];
    for (const part of inLists([...new Set(ids)].sort())) {
      const query = this.db.selectFrom('conversations').select(['id', 'context_state']).where('id', 'in', part).orderBy('id');
      out.push(...(await this.dialect.forUpdate(query).execute()));
    }
    return out;
  }

  /** What an erasure of the user leaves for later: exactly `conversationIds`, from now on. */
  async replaceDeferredErasures(userId: string, conversationIds: string[], since: string): Promise<void> {
    await this.db.deleteFrom('deferred_erasures').where('user_id', '=', userId).execute();
    if (conversationIds.length === 0) return;
    for (const part of inLists(conversationIds)) {
      await this.db
        .insertInto('deferred_erasures')
        .values(part.map((conversationId) => ({ user_id: userId, conversation_id: conversationId, since })))
        .execute();
    }
  }

  /** Users after `afterUserId` with an erasure left for later in a conversation that is no longer disputed (or no longer exists). */
  async usersWithThawedErasures(afterUserId: string, limit: number): Promise<string[]> {
    const rows = await this.db
      .selectFrom('deferred_erasures as d')
      .leftJoin('conversations as c', 'c.id', 'd.conversation_id')
      .select('d.user_id')
      .distinct()
      .where('d.user_id', '>', afterUserId)
      .where((eb) => eb.or([eb('c.id', 'is', null), eb('c.context_state', 'is', null), eb('c.context_state', '!=', 'disputed')]))
      .orderBy('d.user_id')
      .limit(limit)
      .execute();
    return rows.map((row) => row.user_id);
  }

  /**
   * The erased user leaves every conversation they are in but `kept` (disputed ones, which keep
   * their members until the dispute ends): a send of theirs that comes later finds none.
   */
  async leaveConversations(userId: string, now: string, kept: string[]): Promise<void> {
    let query = this.db.updateTable('participants').set({ left_at: now }).where('user_id', '=', userId).where('left_at', 'is', null);
    if (kept.length > 0) query = query.where('conversation_id', 'not in', kept);
    await query.execute();
  }

  /** Locks messages (PostgreSQL) and says what is left of each. */
  async lockMessages(ids: string[]): Promise<MessageToScrub[]> {
    if (ids.length === 0) return [];
    const query = this.db
      .selectFrom('messages')
      .select(['id', 'conversation_id', 'seq', 'created_at', 'deleted_at'])
      .select(sql<number>`case when content <> '' or original_content is not null then 1 else 0 end`.as('has_text'))
      .where('id', 'in', ids)
      .orderBy('id');
    return this.dialect.forUpdate(query).execute();
  }

  /**
   * One page of messages by id (UUIDv7, so by creation time), strictly between `afterId` and
   * `beforeId`, with their conversation's context. Bounded by `limit` rows read, whatever they
   * hold, so a page costs the same over a history of tombstones.
   */
  agedMessages(afterId: string | null, beforeId: string, limit: number): Promise<AgedMessage[]> {
    let query = this.db
      .selectFrom('messages as m')
      .innerJoin('conversations as c', 'c.id', 'm.conversation_id')
      .select(['m.id', 'm.conversation_id', 'm.created_at', 'c.context_type', 'c.context_state'])
      .select(sql<number>`case when m.deleted_at is null or m.content <> '' or m.original_content is not null then 1 else 0 end`.as('pending'))
      .where('m.id', '<', beforeId);
    if (afterId !== null) query = query.where('m.id', '>', afterId);
    return query.orderBy('m.id').limit(limit).execute();
  }

  /** Messages of one conversation made before `beforeId` that are not yet textless tombstones. */
  async pendingBefore(conversationId: string, beforeId: string, limit: number): Promise<string[]> {
    const rows = await this.db
      .selectFrom('messages')
      .select('id')
      .where('conversation_id', '=', conversationId)
      .where('id', '<', beforeId)
      .where((eb) => eb.or([eb('deleted_at', 'is', null), eb('content', '<>', ''), eb('original_content', 'is not', null)]))
      .orderBy('id')
      .limit(limit)
      .execute();
    return rows.map((row) => row.id);
  }

  async deleteReactionsOn(messageIds: string[]): Promise<void> {
    if (messageIds.length === 0) return;
    await this.db.deleteFrom('reactions').where('message_id', 'in', messageIds).execute();
  }

  /** Hides the files the messages carry; the bytes go after the commit. */
  async markMessageAttachmentsDeleted(messageIds: string[], now: string): Promise<Selectable<AttachmentsTable>[]> {
    if (messageIds.length === 0) return [];
    const rows = await this.db.selectFrom('attachments').selectAll().where('message_id', 'in', messageIds).where('deleted_at', 'is', null).execute();
    if (rows.length > 0) {
      await this.db.updateTable('attachments').set({ deleted_at: now }).where('id', 'in', rows.map((row) => row.id)).execute();
    }
    return rows;
  }

  async anonymiseUser(userId: string, now: string): Promise<void> {
    await this.db
      .updateTable('users')
      .set({ username: null, display_name: null, avatar_url: null, erased_at: now, updated_at: now })
      .where('id', '=', userId)
      .execute();
    await this.db.deleteFrom('last_seen').where('user_id', '=', userId).execute();
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

  /**
   * Hides every file the user sent, but in `keep` (a dispute holds them with their messages); the
   * bytes go after the commit. Files never sent are AttachmentsRepository.markUnsentDeleted's.
   */
  async markSentAttachmentsDeleted(userId: string, keepConversationIds: string[], now: string): Promise<Selectable<AttachmentsTable>[]> {
    let query = this.db
      .selectFrom('attachments')
      .selectAll()
      .where('uploader_id', '=', userId)
      .where('message_id', 'is not', null)
      .where('deleted_at', 'is', null);
    if (keepConversationIds.length > 0) {
      query = query.where((eb) => eb.or([eb('conversation_id', 'is', null), eb('conversation_id', 'not in', keepConversationIds)]));
    }
    const rows = await query.execute();
    for (const part of inLists(rows.map((row) => row.id))) {
      await this.db.updateTable('attachments').set({ deleted_at: now }).where('id', 'in', part).execute();
    }
    return rows;
  }

  /**
   * One page, by id, of Parley's own notes (joins, leaves, status changes) in the conversations
   * the user ever took part in: the notes of others may name them.
   */
  async systemNotesAround(userId: string, afterId: string | null, limit: number): Promise<Pick<MessageRow, 'id' | 'conversation_id' | 'content'>[]> {
    let query = this.db
      .selectFrom('messages as m')
      .innerJoin('participants as p', 'p.conversation_id', 'm.conversation_id')
      .select(['m.id', 'm.conversation_id', 'm.content', 'm.original_content'])
      .where('p.user_id', '=', userId)
      .where('m.message_type', '=', 'SYSTEM')
      .where('m.deleted_at', 'is', null);
    if (afterId !== null) query = query.where('m.id', '>', afterId);
    const rows = await query.orderBy('m.id').limit(limit).execute();
    return rows.map((row) => openMessage(this.cipher, row));
  }

  /** A note's text rewritten (an erased user's name taken out), and the preview of its conversation where it is the last message. */
  async rewriteNote(note: { id: string; conversation_id: string }, content: string, preview: string): Promise<void> {
    await this.db.updateTable('messages').set({ content: sealContent(this.cipher, note.id, content) }).where('id', '=', note.id).execute();
    await this.db
      .updateTable('conversations')
      .set({ last_message_preview: sealPreview(this.cipher, note.conversation_id, preview) })
      .where('id', '=', note.conversation_id)
      .where('last_message_id', '=', note.id)
      .execute();
  }

  async clearPreviewsOf(messageIds: string[]): Promise<void> {
    if (messageIds.length === 0) return;
    await this.db.updateTable('conversations').set({ last_message_preview: null }).where('last_message_id', 'in', messageIds).execute();
  }

  async deleteReactionsBy(userId: string): Promise<void> {
    await this.db.deleteFrom('reactions').where('user_id', '=', userId).execute();
  }

  /**
   * Records who was in a conversation deleted for everyone, before its participants go: every
   * member, past ones too, but no one erased before (their erasure would not come again to forget it).
   */
  async rememberFormerMembers(conversationId: string, deletedAt: string): Promise<void> {
    await this.db
      .insertInto('former_members')
      .columns(['user_id', 'conversation_id', 'deleted_at'])
      .expression(
        this.db
          .selectFrom('participants as p')
          .leftJoin('users as u', 'u.id', 'p.user_id')
          .select((eb) => ['p.user_id', eb.val(conversationId).as('conversation_id'), eb.val(deletedAt).as('deleted_at')])
          .where('p.conversation_id', '=', conversationId)
          .where('u.erased_at', 'is', null),
      )
      .onConflict((oc) => oc.columns(['user_id', 'conversation_id']).doNothing())
      .execute();
  }

  /** The conversations deleted for everyone that the user was in. */
  async formerConversationsOf(userId: string): Promise<string[]> {
    const rows = await this.db.selectFrom('former_members').select('conversation_id').where('user_id', '=', userId).orderBy('conversation_id').execute();
    return rows.map((row) => row.conversation_id);
  }

  async forgetFormerMemberships(userId: string): Promise<void> {
    await this.db.deleteFrom('former_members').where('user_id', '=', userId).execute();
  }

  /** Blocks the user made or was the target of, with their reasons: a block of someone erased guards against nobody. */
  async deleteBlocksOf(userId: string): Promise<void> {
    await this.db.deleteFrom('blocks').where((eb) => eb.or([eb('blocker_id', '=', userId), eb('blocked_id', '=', userId)])).execute();
  }

  /** The free text of reports the user made, reason and details (the report itself stays for moderators). */
  async clearReportTextsBy(userId: string): Promise<void> {
    await this.db.updateTable('reports').set({ reason: '', details: null }).where('reporter_id', '=', userId).execute();
  }

  /** One page of the events of some conversations, by position (any of them may quote a message). */
  async conversationEvents(conversationIds: string[], afterPos: number, limit: number): Promise<StoredPayload[]> {
    if (conversationIds.length === 0) return [];
    const rows = await this.db
      .selectFrom('events')
      .select(['pos', 'id', 'data'])
      .where('conversation_id', 'in', conversationIds)
      .where('pos', '>', afterPos)
      .orderBy('pos')
      .limit(limit)
      .execute();
    return rows.map((row) => ({ key: String(row.pos), payload: openEvent(this.cipher, row).data }));
  }

  /**
   * One page, by position, of the report.created events of the reports the user made: a report
   * of a user belongs to no conversation, so these are found through the reports (by time).
   */
  async reportEventsBy(userId: string, afterPos: number, limit: number): Promise<StoredPayload[]> {
    const rows = await this.db
      .selectFrom('reports as r')
      .innerJoin('events as e', (join) => join.onRef('e.created_at', '=', 'r.created_at').on('e.type', '=', 'report.created'))
      .select(['e.pos', 'e.id', 'e.data'])
      .distinct()
      .where('r.reporter_id', '=', userId)
      .where('e.pos', '>', afterPos)
      .orderBy('e.pos')
      .limit(limit)
      .execute();
    return rows.map((row) => ({ key: String(row.pos), payload: openEvent(this.cipher, row).data }));
  }

  /** The position just before the first event written at or after `time`: no earlier event can quote what was written then. */
  async positionBefore(time: string): Promise<number> {
    const row = await this.db.selectFrom('events').select((eb) => eb.fn.min('pos').as('pos')).where('created_at', '>=', time).executeTakeFirst();
    return row?.pos === null || row?.pos === undefined ? Number.MAX_SAFE_INTEGER : Number(row.pos) - 1;
  }

  async rewriteEvent(pos: string, data: string): Promise<void> {
    const event = await this.db.selectFrom('events').select('id').where('pos', '=', Number(pos)).executeTakeFirst();
    if (event === undefined) return;
    await this.db
      .updateTable('events')
      .set({ data: sealEventData(this.cipher, event.id, data) })
      .where('pos', '=', Number(pos))
      .execute();
  }

  /** Dead letters by id, all of them or those holding the events at `eventPositions` (an event may have gone to several sinks). */
  async deadLetters(afterId: string | null, limit: number, eventPositions?: number[]): Promise<StoredPayload[]> {
    if (eventPositions?.length === 0) return [];
    let query = this.db.selectFrom('dead_letters').select(['id', 'event']);
    if (eventPositions !== undefined) query = query.where('event_pos', 'in', eventPositions);
    if (afterId !== null) query = query.where('id', '>', afterId);
    const rows = await query.orderBy('id').limit(limit).execute();
    return rows.map((row) => ({ key: row.id, payload: openDeadLetter(this.cipher, row).event }));
  }

  async rewriteDeadLetter(id: string, event: string): Promise<void> {
    await this.db.updateTable('dead_letters').set({ event: sealDeadLetter(this.cipher, id, event) }).where('id', '=', id).execute();
  }
}
