// Full-text matching over messages: SQLite FTS5 or PostgreSQL tsvector, the one place where the
// two dialects need different SQL for the same question. Two indexes, both written after the
// commit from the event log (domain/search-indexer.ts), never inside a send:
// - `message_search`, the word index (encryption off): terms arrive as plain words and each is
//   matched as a prefix, so typing the beginning of a word finds it;
// - `message_search_blind`, the blind index (encryption on, crypto/blind-index.ts): entries are
//   keyed hashes of word beginnings made under one key, and queries are sets of such hashes.
// A message is in at most one of them. Matches come newest first and stop at `limit`, so a
// common word costs no more than a rare one; ranking is the domain's job (search.service.ts).
import { type Kysely, type RawBuilder, sql } from 'kysely';
import { keyIdOfToken, keyToken } from '../crypto/blind-index.js';
import type { ValueCipher } from '../crypto/value-cipher.js';
import type { Dialect } from './database.js';
import type { MessageRow } from './messages.repository.js';
import { prepared } from './prepared.js';
import { openMessage } from './sealed.js';
import type { DB } from './schema.js';

/** How the index is asked: by words, or by blind-index tokens. */
export type SearchMatch =
  /**
   * Every word, each as the beginning of a word of the message. A word without accents, or any
   * of its `typed` spellings (PostgreSQL entries made before accents were folded, by an instance
   * older than migration 020; SQLite's tokenizer folds them itself).
   */
  | { words: SearchWords }
  /**
   * Entries holding every token of any one set (a set per configured key); and, while the word
   * index still holds entries from before encryption was turned on, those matching `plainWords`.
   */
  | { tokenSets: string[][]; plainWords?: SearchWords };

type SearchWords = { term: string; typed: string[] }[];

export interface MatchQuery {
  userId: string;
  match: SearchMatch;
  conversationId?: string;
  limit: number;
}

/** Under this name in sink_positions: how far the search index has read the event log. */
export const SEARCH_INDEX_POSITION = 'search-index';

export type IndexEntry =
  /** The word index: the message's (moderated) content as it is. */
  | { messageId: string; keyId: null; document: string }
  /** The blind index: the tokens of the message's content, made under `keyId`. */
  | { messageId: string; keyId: string; tokens: string[] };

/**
 * SQLite: the rowid an entry of this message is keyed by; none for a message that is blank or
 * deleted (see `add`). Looked up apart from the insert: FTS5 takes `insert ... select` several
 * times slower than an insert of values (a quarter of the indexer's hold on the write lock).
 */
const indexedRowidQuery = prepared<{ messageId: string }, { rowid: number }, RawBuilder<unknown>>(
  (_db, arg) => sql`select rowid from messages where id = ${arg('messageId')} and deleted_at is null and content != ''`,
);
/** SQLite: one message's entry in an index (prepared: the indexer runs it per message). */
const addEntryQuery = (index: 'message_search' | 'message_search_blind') =>
  prepared<{ rowid: number; document: string }, never, RawBuilder<unknown>>(
    (_db, arg) => sql`insert into ${sql.table(index)} (rowid, document) values (${arg('rowid')}, ${arg('document')})`,
  );
const addWordsQuery = addEntryQuery('message_search');
const addBlindQuery = addEntryQuery('message_search_blind');

/** Blind-index tokens are hashes in hex (or a key token): anything else is a bug, not a query. */
const TOKEN_CHARS = '[0-9a-z]+';
const TOKEN = new RegExp(`^${TOKEN_CHARS}$`);
/** Tokens separated by spaces, checked whole: one test of the text, not one per token. None (a text of no words) is ''. */
const TOKEN_TEXT = new RegExp(`^(?:${TOKEN_CHARS}(?: ${TOKEN_CHARS})*)?$`);

export class SearchRepository {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly dialect: Dialect,
    private readonly cipher: ValueCipher,
  ) {}

  /** Where the index has read the log to, as last committed (not locked). */
  async position(): Promise<number> {
    const row = await this.db.selectFrom('sink_positions').select('position').where('sink', '=', SEARCH_INDEX_POSITION).executeTakeFirst();
    return Number(row?.position ?? 0);
  }

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

  /**
   * Writes entries for messages that neither index holds: newly sent ones, or ones just
   * removed (an edit, a rotation); ids of messages that no longer exist, or that were blanked
   * or deleted since the entry was made (an erasure while the indexer encoded its batch), are
   * skipped. SQLite's
   * FTS5 would keep both of two entries for one message (the older words matching until it is
   * deleted); PostgreSQL's keeps the newer, so a slip there never stops the indexer.
   */
  async add(entries: IndexEntry[]): Promise<void> {
    if (entries.length === 0) return;
    const words = entries.filter((entry) => entry.keyId === null);
    const blind = entries.filter((entry) => entry.keyId !== null);
    if (this.dialect.name === 'postgres') {
      // One round trip per index for the batch: the indexing transaction holds readers' horizon back.
      if (words.length > 0) {
        await sql`insert into message_search (message_id, conversation_id, created_at, document)
          select m.id, m.conversation_id, m.created_at, to_tsvector('simple', d.document)
          from unnest(${words.map((e) => e.messageId)}::text[], ${words.map((e) => e.document)}::text[]) as d(message_id, document)
          join messages m on m.id = d.message_id and m.deleted_at is null and m.content != ''
          on conflict (message_id) do update set document = excluded.document`.execute(this.db);
      }
      if (blind.length > 0) {
        // The hashes as they are (no parser, no positions); the key in its own column.
        await sql`insert into message_search_blind (message_id, conversation_id, created_at, key_id, document)
          select m.id, m.conversation_id, m.created_at, d.key_id, array_to_tsvector(string_to_array(d.tokens, ' '))
          from unnest(${blind.map((e) => e.messageId)}::text[], ${blind.map((e) => e.keyId)}::text[], ${blind.map((e) => tokenText(e.tokens))}::text[])
            as d(message_id, key_id, tokens)
          join messages m on m.id = d.message_id and m.deleted_at is null and m.content != ''
          on conflict (message_id) do update set key_id = excluded.key_id, document = excluded.document`.execute(this.db);
      }
      return;
    }
    const rowidOf = async (messageId: string) => (await indexedRowidQuery.first(this.db, this.dialect, { messageId }))?.rowid;
    for (const entry of words) {
      const rowid = await rowidOf(entry.messageId);
      if (rowid !== undefined) await addWordsQuery.execute(this.db, this.dialect, { rowid, document: entry.document });
    }
    for (const entry of blind) {
      const rowid = await rowidOf(entry.messageId);
      // The key rides along as one more token, so a rotation can find what an old key made.
      if (rowid !== undefined) await addBlindQuery.execute(this.db, this.dialect, { rowid, document: tokenText([keyToken(entry.keyId), ...entry.tokens]) });
    }
  }

  /** Drops the messages from both indexes. */
  async remove(messageIds: string[]): Promise<void> {
    if (messageIds.length === 0) return;
    if (this.dialect.name === 'postgres') {
      await this.db.deleteFrom('message_search').where('message_id', 'in', messageIds).execute();
      await this.db.deleteFrom('message_search_blind').where('message_id', 'in', messageIds).execute();
      return;
    }
    const rowids = sql`select rowid from messages where id in (${sql.join(messageIds)})`;
    await sql`delete from message_search where rowid in (${rowids})`.execute(this.db);
    await sql`delete from message_search_blind where rowid in (${rowids})`.execute(this.db);
  }

  /**
   * Drops a conversation's messages from both indexes; call it before the messages go. SQLite's
   * entries are keyed by rowid and would otherwise outlive them (PostgreSQL cascades).
   */
  async removeConversation(conversationId: string): Promise<void> {
    if (this.dialect.name === 'postgres') return;
    const rowids = sql`select rowid from messages where conversation_id = ${conversationId}`;
    await sql`delete from message_search where rowid in (${rowids})`.execute(this.db);
    await sql`delete from message_search_blind where rowid in (${rowids})`.execute(this.db);
  }

  /**
   * SQLite's FTS5 keeps removed entries' words in its segments until they are merged: merging
   * them all drops every trace of removed messages (an erasure's). PostgreSQL deletes rows.
   */
  async compact(): Promise<void> {
    if (this.dialect.name !== 'sqlite') return;
    await sql`insert into message_search (message_search) values ('optimize')`.execute(this.db);
    await sql`insert into message_search_blind (message_search_blind) values ('optimize')`.execute(this.db);
  }

  /**
   * Empties the word index, SQLite's segments included, so no word from before encryption
   * stays in the file. For the end of a rotation, once every entry has moved to the blind
   * index (nothing writes words while encryption is on).
   */
  async clearWordIndex(): Promise<void> {
    if (this.dialect.name === 'sqlite') await sql`insert into message_search (message_search) values ('delete-all')`.execute(this.db);
    else await this.db.deleteFrom('message_search').execute();
  }

  /**
   * For a key rotation: the ids of up to `limit` messages whose entry was made under `keyId`,
   * or, with `keyId` null, that sit in the word index (indexed before encryption was turned
   * on). Pass the last id of a batch as `afterMessageId` to get the next; the order is the
   * index's own (SQLite: storage order, PostgreSQL: by id), not time. An `afterMessageId` that
   * no longer exists starts again from the beginning, which is safe: a re-indexed message is
   * no longer listed under its old key.
   */
  async messageIdsIndexedUnder(keyId: string | null, afterMessageId: string | null, limit: number): Promise<string[]> {
    if (this.dialect.name === 'postgres') {
      const entries = keyId === null ? sql`message_search where true` : sql`message_search_blind where key_id = ${keyId}`;
      const after = afterMessageId === null ? sql`` : sql`and message_id > ${afterMessageId}`;
      const result = await sql<{ message_id: string }>`select message_id from ${entries} ${after}
        order by message_id limit ${limit}`.execute(this.db);
      return result.rows.map((row) => row.message_id);
    }
    const after = sql`coalesce((select rowid from messages where id = ${afterMessageId}), 0)`;
    const result =
      keyId === null
        ? await sql<{ id: string }>`select m.id from message_search f cross join messages m on m.rowid = f.rowid
            where f.rowid > ${after} order by f.rowid limit ${limit}`.execute(this.db)
        : await sql<{ id: string }>`select m.id from message_search_blind f cross join messages m on m.rowid = f.rowid
            where message_search_blind match ${`"${keyToken(keyId)}"`} and f.rowid > ${after} order by f.rowid limit ${limit}`.execute(this.db);
    return result.rows.map((row) => row.id);
  }

  /**
   * How many entries each key made (every key id found, configured or not: GET /admin/encryption
   * shows what a removed key left behind), and, under null, how many sit in the word index.
   */
  async countIndexedByKey(): Promise<Map<string | null, number>> {
    const counts = new Map<string | null, number>();
    if (this.dialect.name === 'postgres') {
      const blind = await sql<{ key_id: string; n: string }>`select key_id, count(*) as n from message_search_blind group by key_id`.execute(this.db);
      for (const row of blind.rows) counts.set(row.key_id, Number(row.n));
    } else {
      // The key rides in each entry as a token `k<hex of the id>` (no hash begins with k): the
      // index's vocabulary counts the entries holding each.
      await sql`create virtual table if not exists temp.message_search_blind_terms using fts5vocab(main, message_search_blind, 'row')`.execute(this.db);
      const blind = await sql<{ term: string; doc: number }>`select term, doc from temp.message_search_blind_terms
        where term >= 'k' and term < 'l'`.execute(this.db);
      for (const row of blind.rows) counts.set(keyIdOfToken(row.term), Number(row.doc));
    }
    const words = await sql<{ n: number | string }>`select count(*) as n from message_search`.execute(this.db);
    counts.set(null, Number(words.rows[0]?.n ?? 0));
    return counts;
  }

  /** The newest messages of the user's conversations that match (see SearchMatch). */
  async newestMatches(query: MatchQuery): Promise<MessageRow[]> {
    const { match } = query;
    if ('words' in match || match.plainWords === undefined) return this.newestIn(query);
    const blind = await this.newestIn({ ...query, match: { tokenSets: match.tokenSets } });
    // Messages indexed before encryption was turned on stay in the word index until a rotation moves them.
    if (!(await this.hasWordEntries())) return blind;
    const plain = await this.newestIn({ ...query, match: { words: match.plainWords } });
    const seen = new Set<string>();
    return [...blind, ...plain]
      .filter((row) => !seen.has(row.id) && seen.add(row.id))
      .sort((a, b) => (a.created_at === b.created_at ? (a.id < b.id ? 1 : -1) : a.created_at < b.created_at ? 1 : -1))
      .slice(0, query.limit);
  }

  private async hasWordEntries(): Promise<boolean> {
    const { rows } = await sql<{ one: number }>`select 1 as one from message_search limit 1`.execute(this.db);
    return rows.length > 0;
  }

  private async newestIn(query: MatchQuery): Promise<MessageRow[]> {
    const inConversation =
      query.conversationId === undefined ? sql`` : sql`and m.conversation_id = ${query.conversationId}`;
    const visible = sql`m.conversation_id in (select p.conversation_id from participants p where p.user_id = ${query.userId} and p.left_at is null)
      and m.deleted_at is null and m.moderation_status != 'removed' and m.message_type != 'SYSTEM' ${inConversation}`;
    if (this.dialect.name === 'postgres') {
      const blind = 'tokenSets' in query.match;
      const tsquery =
        'words' in query.match
          ? sql`to_tsquery('simple', ${query.match.words.map(({ term, typed }) => `(${[term, ...typed].map((word) => `${word}:*`).join(' | ')})`).join(' & ')})`
          : sql`${query.match.tokenSets.map((set) => `(${set.map((t) => `'${checked(t)}'`).join(' & ')})`).join(' | ')}::tsquery`;
      const result = await sql<MessageRow>`
        select m.id, m.conversation_id, m.seq, m.sender_id, m.content, m.message_type, m.reply_to_id,
               m.client_message_id, m.moderation_status, m.moderation_reasons, m.original_content,
               m.edited_at, m.deleted_at, m.created_at
        from ${sql.table(blind ? 'message_search_blind' : 'message_search')} s
        join messages m on m.id = s.message_id
        where s.document @@ ${tsquery} and ${visible}
        order by s.created_at desc, s.message_id desc
        limit ${query.limit}`.execute(this.db);
      return result.rows.map((row) => openMessage(this.cipher, row));
    }
    // Words are quoted (so no FTS5 syntax survives) and matched as prefixes; tokens are matched
    // whole. The FTS index is walked newest first (rowid descending) and the walk stops at the limit.
    const [table, match] =
      'words' in query.match
        ? ['message_search', query.match.words.map(({ term }) => `"${term}"*`).join(' ')]
        : ['message_search_blind', query.match.tokenSets.map((set) => `(${set.map((t) => `"${checked(t)}"`).join(' ')})`).join(' OR ')];
    const result = await sql<MessageRow>`
      select m.* from ${sql.table(table)} f
      cross join messages m on m.rowid = f.rowid
      where ${sql.table(table)} match ${match} and ${visible}
      order by f.rowid desc
      limit ${query.limit}`.execute(this.db);
    return result.rows.map((row) => openMessage(this.cipher, row));
  }
}

function checked(token: string): string {
  if (!TOKEN.test(token)) throw new Error('a blind-index token is not a hash');
  return token;
}

function tokenText(tokens: string[]): string {
  const text = tokens.join(' ');
  if (!TOKEN_TEXT.test(text)) throw new Error('a blind-index token is not a hash');
  return text;
}
