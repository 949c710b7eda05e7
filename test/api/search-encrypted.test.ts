import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BlindIndex } from '../../src/crypto/blind-index.js';
import type { EncryptionKey } from '../../src/crypto/keyring.js';
import { BlindSearch, wordSearch } from '../../src/domain/search-encoding.js';
import { SearchIndexer } from '../../src/domain/search-indexer.js';
import { migrationsFor } from '../../src/storage/migrations/index.js';
import { INDEXER_THREAD, ThreadWriteLock } from '../../src/storage/write-lock.js';
import { ADMIN_ID, asService, asUser, buildConversation, sendMessage, startServer, type TestServer, uniqueId } from '../support/harness.js';
import { databaseKinds } from '../support/services.js';
import { waitUntil } from '../support/wait.js';

const newKey = (id: string): EncryptionKey => ({ id, key: randomBytes(32) });
const keysVariable = (keys: EncryptionKey[]) => keys.map((k) => `${k.id}:${k.key.toString('base64')}`).join(',');

describe.each(databaseKinds())('search with encryption on, on %s', (kind) => {
  const current = newKey('current');
  const older = newKey('older');
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer(kind, { ENCRYPTION_KEYS: keysVariable([current, older]) });
  });
  afterAll(async () => {
    await server?.stop();
  });

  const search = async (user: string, q: string) => {
    const response = await asUser(server, user).get(`/search?q=${encodeURIComponent(q)}`);
    expect(response.status, q).toBe(200);
    return (response.body.data as { id: string }[]).map((m) => m.id);
  };

  /**
   * Everything both search indexes hold, as the database stores it. SQLite: the terms FTS5 lists
   * (fts5vocab) and the raw bytes of every table behind the two indexes (their segments, after
   * a checkpoint). PostgreSQL: the tsvectors as text.
   */
  async function indexContents(): Promise<{ terms: string[]; bytes: string }> {
    const { db } = server.parley.ctx.database;
    if (kind === 'sqlite') {
      await sql`pragma wal_checkpoint(TRUNCATE)`.execute(db);
      const terms: string[] = [];
      for (const table of ['message_search', 'message_search_blind']) {
        await sql`create virtual table if not exists ${sql.raw(`temp.${table}_terms`)} using fts5vocab(main, ${sql.raw(table)}, 'row')`.execute(db);
        const { rows } = await sql<{ term: string }>`select term from ${sql.raw(`temp.${table}_terms`)}`.execute(db);
        terms.push(...rows.map((row) => row.term));
      }
      const { rows: tables } = await sql<{ name: string }>`select name from sqlite_master where type = 'table' and name like 'message_search%'`.execute(db);
      const chunks: string[] = [];
      for (const { name } of tables) {
        const { rows } = await sql<Record<string, unknown>>`select * from ${sql.table(name)}`.execute(db);
        for (const row of rows) {
          for (const value of Object.values(row)) chunks.push(Buffer.isBuffer(value) ? value.toString('latin1') : String(value));
        }
      }
      return { terms, bytes: chunks.join('\n') };
    }
    const { rows } = await sql<{ document: string }>`select document::text as document from message_search
      union all select document::text from message_search_blind`.execute(db);
    const terms = rows.flatMap((row) => [...row.document.matchAll(/'([^']*)'/g)].map((m) => m[1] as string));
    return { terms, bytes: rows.map((row) => row.document).join('\n') };
  }

  /** SQLite: the database file and its WAL as bytes, after a checkpoint. */
  async function databaseFile(target: TestServer): Promise<string> {
    await sql`pragma wal_checkpoint(TRUNCATE)`.execute(target.parley.ctx.database.db);
    const file = path.join(target.env.DATA_DIR as string, 'parley.db');
    return [file, `${file}-wal`].filter(existsSync).map((f) => readFileSync(f).toString('latin1')).join('\n');
  }

  it('finds messages by word and by beginning, and keeps no word of theirs in the index', async () => {
    const marker = `zanzibarquux${randomBytes(3).toString('hex')}`.replace(/[0-9]/g, 'x');
    const a = uniqueId();
    const b = uniqueId();
    const mine = await buildConversation(server, a, [b]);
    const foreign = await buildConversation(server, uniqueId(), [uniqueId()]);
    await sendMessage(server, foreign.participants[0].userId, foreign.id, `${marker} camera for sale`);
    const exact = await sendMessage(server, a, mine.id, `The ${marker.toUpperCase()} camera has a scratch`);
    const other = await sendMessage(server, b, mine.id, `${marker} is nice, supercalifragilisticexpialidocious`);
    const gone = await sendMessage(server, b, mine.id, `${marker} secret deleted`);
    await asUser(server, b).delete(`/messages/${gone.id}`);

    expect(new Set(await search(a, marker))).toEqual(new Set([exact.id, other.id]));
    expect(new Set(await search(a, marker.slice(0, 6)))).toEqual(new Set([exact.id, other.id]));
    expect(await search(a, `${marker} camera`)).toEqual([exact.id]);
    expect(await search(a, `${marker.slice(0, 8)} cam`)).toEqual([exact.id]);
    expect(await search(a, `${marker}x`)).toEqual([]);
    // Beyond the hashed beginnings, the decrypted text decides.
    expect(await search(a, 'supercalifragilisticexpi')).toEqual([other.id]);
    expect(await search(a, 'supercalifragilisticexpo')).toEqual([]);

    await asUser(server, a).patch(`/messages/${exact.id}`, { content: 'The quokkaphone has a scratch' });
    expect(await search(a, 'quokka')).toEqual([exact.id]);
    expect(await search(a, `${marker} camera`)).toEqual([]);

    const { terms, bytes } = await indexContents();
    expect(terms.length).toBeGreaterThan(0);
    expect(terms.every((term) => /^[0-9a-f]{12}$|^k[0-9a-f]+$/.test(term)), terms.find((t) => !/^[0-9a-f]{12}$|^k/.test(t))).toBe(true);
    for (const word of [marker, marker.slice(0, 8), 'camera', 'scratch', 'quokkaphone', 'supercalifragilistic']) {
      expect(bytes.includes(word), word).toBe(false);
    }
    // Texts are sealed too (storage/sealed.ts): the file as a whole holds no word of them.
    if (kind === 'sqlite') {
      const file = await databaseFile(server);
      for (const word of [marker, 'quokkaphone', 'supercalifragilistic']) expect(file.includes(word), word).toBe(false);
    }
  });

  it('indexes on past messages that hold no word (an emoji, punctuation)', async () => {
    const a = uniqueId();
    const conversation = await buildConversation(server, a, [uniqueId()]);
    for (const wordless of ['👍', '!!!', '🙂 … ?']) await sendMessage(server, a, conversation.id, wordless);
    const after = await sendMessage(server, a, conversation.id, 'wombatquill after the thumbs up');
    expect(await search(a, 'wombatquill')).toEqual([after.id]);
  });

  it('finds a word inside Chinese, Japanese and Thai text (written without spaces) and Hindi words with their vowel marks', async () => {
    await expectUnspacedScriptsSearchable(server, search);
  });

  it('ignores accents, typed either way, as the word index does', async () => {
    const a = uniqueId();
    const conversation = await buildConversation(server, a, [uniqueId()]);
    const message = await sendMessage(server, a, conversation.id, `Crème brûlée at the Café Ünïcode ${uniqueId('z')}`);
    for (const q of ['creme', 'brulee', 'cafe', 'unicode', 'crème brûlée', 'CAFÉ', 'bru']) expect(await search(a, q)).toEqual([message.id]);
    // An entry made before accents were folded holds the words as typed: found by them as typed.
    const { store } = server.parley.ctx;
    const typed = await sendMessage(server, a, conversation.id, 'un éléphant naïf');
    expect(await search(a, 'elephant')).toEqual([typed.id]);
    await store.search.remove([typed.id]);
    await store.search.add([{ messageId: typed.id, keyId: 'current', tokens: new BlindIndex([current]).document(['un', 'éléphant', 'naïf']).tokens }]);
    expect(await search(a, 'elephant')).toEqual([]);
    expect(await search(a, 'éléphant naïf')).toEqual([typed.id]);
  });

  it('finds messages indexed under an older key that is still configured, until a rotation moves them', async () => {
    const { store, logger } = server.parley.ctx;
    const a = uniqueId();
    const conversation = await buildConversation(server, a, [uniqueId()]);
    const message = await sendMessage(server, a, conversation.id, 'an okapiwhistle for the garden');
    await search(a, 'okapi'); // indexed under the current key
    expect(await store.search.messageIdsIndexedUnder('current', null, 1_000_000)).toContain(message.id);

    // As if written before `current` was put first: the entry is made under `older`.
    await new SearchIndexer(store, logger, new BlindSearch([older])).reindex([message.id]);
    expect(await store.search.messageIdsIndexedUnder('older', null, 10)).toEqual([message.id]);
    expect((await store.search.countIndexedByKey()).get('older') ?? 0).toBe(1);
    const onlyCurrent = new BlindSearch([current]).match([{ term: 'okapi', typed: [] }]);
    expect(await store.search.newestMatches({ userId: a, match: onlyCurrent, limit: 10 })).toEqual([]);
    expect(await search(a, 'okapiwhistle garden')).toEqual([message.id]);

    // The rotation's step: re-index under the current key.
    await server.parley.ctx.searchIndexer.reindex(await store.search.messageIdsIndexedUnder('older', null, 10));
    expect((await store.search.countIndexedByKey()).get('older') ?? 0).toBe(0);
    expect((await store.search.newestMatches({ userId: a, match: onlyCurrent, limit: 10 })).map((m) => m.id)).toEqual([message.id]);
    expect(await search(a, 'okapi')).toEqual([message.id]);
  });

  it('lets a rotation walk, count and re-index entries per key, word-index entries included', async () => {
    const { store, logger } = server.parley.ctx;
    const a = uniqueId();
    const conversation = await buildConversation(server, a, [uniqueId()]);
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push((await sendMessage(server, a, conversation.id, `wombatlantern number ${i}`)).id);
    const deleted = await sendMessage(server, a, conversation.id, 'wombatlantern to delete');
    await search(a, 'wombat');

    // Entries as they were before encryption was on: words. Search finds them there until a rotation moves them.
    const plain = new SearchIndexer(store, logger, wordSearch);
    await plain.reindex([...ids, deleted.id]);
    await asUser(server, a).delete(`/messages/${deleted.id}`);
    await plain.reindex([deleted.id]); // no longer searchable: it leaves the index instead
    expect(new Set(await search(a, 'wombatlantern'))).toEqual(new Set(ids));
    expect((await store.search.countIndexedByKey()).get(null) ?? 0).toBe(5);

    const walked: string[] = [];
    let after: string | null = null;
    for (;;) {
      const batch: string[] = await store.search.messageIdsIndexedUnder(null, after, 2);
      if (batch.length === 0) break;
      expect(batch.length).toBeLessThanOrEqual(2);
      walked.push(...batch);
      after = batch.at(-1) as string;
    }
    expect(walked.sort()).toEqual([...ids].sort());
    expect((await indexContents()).terms).toContain('wombatlantern');

    await server.parley.ctx.searchIndexer.reindex(walked);
    await store.search.compact(); // SQLite's segments keep removed words until merged
    expect((await store.search.countIndexedByKey()).get(null) ?? 0).toBe(0);
    expect(new Set(await search(a, 'wombatlantern'))).toEqual(new Set(ids));
    const { terms, bytes } = await indexContents();
    expect(terms).not.toContain('wombatlantern');
    expect(bytes.includes('wombatlantern')).toBe(false);
  });

  it('leaves no word from before encryption in the index once a rotation has moved its entries', async () => {
    const before = await startServer(kind);
    try {
      const a = uniqueId();
      const conversation = await buildConversation(before, a, [uniqueId()]);
      const message = await sendMessage(before, a, conversation.id, 'an old quetzalflute story');
      expect((await asUser(before, a).get('/search?q=quetzal')).body.data).toHaveLength(1);
      await before.restart({ ENCRYPTION_KEYS: keysVariable([current]) });
      const { store } = before.parley.ctx;
      expect((await store.search.countIndexedByKey()).get(null) ?? 0).toBe(1);
      expect((await asUser(before, ADMIN_ID).post('/admin/encryption/rotate', {})).status).toBe(202);
      await waitUntil(async () => (await asUser(before, ADMIN_ID).get('/admin/encryption')).body.rotation?.status === 'done', 'rotation done');
      expect((await store.search.countIndexedByKey()).get(null) ?? 0).toBe(0);
      expect(await store.search.messageIdsIndexedUnder('current', null, 10)).toEqual([message.id]);
      expect((await asUser(before, a).get('/search?q=quetzalfl')).body.data.map((m: { id: string }) => m.id)).toEqual([message.id]);
      const { db } = before.parley.ctx.database;
      if (kind === 'sqlite') {
        await sql`create virtual table temp.words_left using fts5vocab(main, message_search, 'row')`.execute(db);
        expect((await sql<{ term: string }>`select term from temp.words_left`.execute(db)).rows).toEqual([]);
        expect((await databaseFile(before)).includes('quetzalflute')).toBe(false);
      } else {
        expect((await sql<{ n: number }>`select count(*)::int as n from message_search`.execute(db)).rows[0]?.n).toBe(0);
      }
    } finally {
      await before.stop();
    }
  });

  it('drops the entries of a conversation deleted for everyone', async () => {
    const { store, logger } = server.parley.ctx;
    const a = uniqueId();
    const conversation = await buildConversation(server, a, [uniqueId()]);
    const message = await sendMessage(server, a, conversation.id, 'a narwhalbanjo');
    const gone = newKey(`gone${randomBytes(3).toString('hex')}`);
    await search(a, 'narwhal');
    await new SearchIndexer(store, logger, new BlindSearch([gone])).reindex([message.id]);
    expect((await store.search.countIndexedByKey()).get(gone.id) ?? 0).toBe(1);
    expect((await asUser(server, ADMIN_ID).delete(`/conversations/${conversation.id}`)).status).toBe(204);
    expect((await store.search.countIndexedByKey()).get(gone.id) ?? 0).toBe(0);
  });
});

describe.each(databaseKinds())('search with encryption off, on %s', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer(kind);
  });
  afterAll(async () => {
    await server?.stop();
  });

  const hitsOf = async (userId: string, q: string) => (await asUser(server, userId).get(`/search?q=${q}`)).body.data.map((m: { id: string }) => m.id);

  it('ignores accents, typed either way', async () => {
    const a = uniqueId();
    const conversation = await buildConversation(server, a, [uniqueId()]);
    const message = await sendMessage(server, a, conversation.id, `Crème brûlée at the Café Ünïcode ${uniqueId('z')}`);
    for (const q of ['creme', 'brulee', 'cafe', 'unicode', encodeURIComponent('crème brûlée'), encodeURIComponent('CAFÉ'), 'bru']) {
      expect(await hitsOf(a, q)).toEqual([message.id]);
    }
  });

  it('finds a word inside Chinese, Japanese and Thai text (written without spaces) and Hindi words with their vowel marks', async () => {
    await expectUnspacedScriptsSearchable(server, (user, q) => hitsOf(user, encodeURIComponent(q)));
  });

  it('finds dotted, slashed and hyphenated tokens (sizes, versions, files, models) and upper-case Greek by the words a query is cut into', async () => {
    const a = uniqueId();
    const conversation = await buildConversation(server, a, [uniqueId()]);
    const message = await sendMessage(server, a, conversation.id, 'Node.js laptop, 3.5kg, v2.5 firmware, photo.jpg, RTX-4090, sizes XL/XXL, from the U.S.A. ΟΔΟΣ ΣΊΣΥΦΟΣ');
    for (const q of ['node.js', 'js', '3.5kg', '5kg', 'v2.5', 'photo.jpg', 'jpg', 'RTX-4090', '4090', 'XL/XXL', 'XXL', 'U.S.A.', 'ΟΔΟΣ', 'οδος', 'ΣΊΣΥΦΟΣ', 'Σίσυφος']) {
      expect(await hitsOf(a, encodeURIComponent(q)), q).toEqual([message.id]);
    }
    expect(await hitsOf(a, 'xxxl')).toEqual([]);
  });

  it.runIf(kind === 'postgres')('makes entries written from the text itself again from its words (migration 020), so queries find them', async () => {
    const a = uniqueId();
    const conversation = await buildConversation(server, a, [uniqueId()]);
    const message = await sendMessage(server, a, conversation.id, 'Frame 2.5m tall, for node.js boards');
    expect(await hitsOf(a, 'js')).toEqual([message.id]);
    // The entry as the index was written before: the text, cut by PostgreSQL's parser.
    const { database } = server.parley.ctx;
    await sql`update message_search set document = to_tsvector('simple', ${'Frame 2.5m tall, for node.js boards'}) where message_id = ${message.id}`.execute(database.db);
    expect(await hitsOf(a, 'js')).toEqual([]);
    await migrationsFor('postgres')['020_search_index_of_words']!.up(database.db);
    expect(await hitsOf(a, 'js')).toEqual([message.id]);
    expect(await hitsOf(a, '5m')).toEqual([message.id]);
  });

  it('writes words to the word index and nothing to the blind one', async () => {
    const a = uniqueId();
    const conversation = await buildConversation(server, a, [uniqueId()]);
    const message = await sendMessage(server, a, conversation.id, 'a capybaraflute');
    expect((await asUser(server, a).get('/search?q=capybara')).body.data.map((m: { id: string }) => m.id)).toEqual([message.id]);
    const { store } = server.parley.ctx;
    expect(await store.search.messageIdsIndexedUnder(null, null, 1000)).toContain(message.id);
    expect((await store.search.countIndexedByKey()).get('any') ?? 0).toBe(0);
  });

  it('indexes in the background, with no search asking for it', async () => {
    const a = uniqueId();
    const conversation = await buildConversation(server, a, [uniqueId()]);
    const message = await sendMessage(server, a, conversation.id, 'a quokkabassoon');
    const { store } = server.parley.ctx;
    await waitUntil(async () => (await store.search.messageIdsIndexedUnder(null, null, 100_000)).includes(message.id), 'the message indexed');
    expect((await asUser(server, a).get('/search?q=quokkabassoon')).body.data.map((m: { id: string }) => m.id)).toEqual([message.id]);
  });

  it('keeps sends and searches answering when the indexing thread dies in a batch, and starts a new thread', async () => {
    const a = uniqueId();
    const conversation = await buildConversation(server, a, [uniqueId()]);
    const { searchIndexer, database, store } = server.parley.ctx;
    const thread = searchIndexer.thread;
    expect(thread).toBeDefined();
    // On SQLite it dies holding the write lock, as in the middle of a batch, while a send waits
    // for it: the send must not wait forever.
    const lock = database.writeLock === undefined ? undefined : new ThreadWriteLock(database.writeLock, INDEXER_THREAD);
    await lock?.acquire();
    const sending = sendMessage(server, a, conversation.id, 'a tapirkazoo');
    if (lock !== undefined) await waitUntil(() => lock.requestThreadWaiting, 'the send waiting for the write lock');
    await thread?.terminate();
    const sent = await sending;
    expect(await hitsOf(a, 'tapirkazoo')).toEqual([sent.id]);
    await waitUntil(() => searchIndexer.thread !== undefined && searchIndexer.thread !== thread, 'a new indexing thread');
    const later = await sendMessage(server, a, conversation.id, 'a okapilute');
    await waitUntil(async () => (await store.search.messageIdsIndexedUnder(null, null, 100_000)).includes(later.id), 'the new thread indexing');
    expect(await hitsOf(a, 'okapilute')).toEqual([later.id]);
  });
});

describe.each(databaseKinds())('search while the index is behind the log, on %s', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer(kind);
    // Only searches catch the index up from here on: each test decides what it has seen.
    await server.parley.ctx.searchIndexer.stop();
  });
  afterAll(async () => {
    await server?.stop();
  });

  const hits = async (userId: string, q: string) => (await asUser(server, userId).get(`/search?q=${q}`)).body.data.map((m: { id: string }) => m.id);
  const indexed = () => server.parley.ctx.store.search.messageIdsIndexedUnder(null, null, 100_000);

  it('follows edits and deletions, whether the index saw the message before or not, with one entry per message', async () => {
    const a = uniqueId();
    const conversation = await buildConversation(server, a, [uniqueId()]);
    const seen = await sendMessage(server, a, conversation.id, 'a marmotviolin');
    expect(await hits(a, 'marmotviolin')).toEqual([seen.id]);
    expect((await asUser(server, a).patch(`/messages/${seen.id}`, { content: 'a walrusoboe' })).status).toBe(200);
    // Sent and edited, or sent and deleted, before the next search: one batch of the indexer.
    const edited = await sendMessage(server, a, conversation.id, 'a lynxcello');
    expect((await asUser(server, a).patch(`/messages/${edited.id}`, { content: 'a lynxharp' })).status).toBe(200);
    const deleted = await sendMessage(server, a, conversation.id, 'a ibexdrum');
    expect((await asUser(server, a).delete(`/messages/${deleted.id}`)).status).toBe(204);
    expect(await hits(a, 'marmotviolin')).toEqual([]);
    expect(await hits(a, 'walrusoboe')).toEqual([seen.id]);
    expect(await hits(a, 'lynxcello')).toEqual([]);
    expect(await hits(a, 'lynxharp')).toEqual([edited.id]);
    expect(await hits(a, 'ibexdrum')).toEqual([]);
    const ids = await indexed();
    expect(ids.filter((id) => id === seen.id || id === edited.id)).toHaveLength(2);
    expect(ids).not.toContain(deleted.id);
  });

  it('indexes nothing of a user erased before the index saw their messages', async () => {
    const [a, b] = [uniqueId(), uniqueId()];
    const conversation = await buildConversation(server, a, [b]);
    const gone = await sendMessage(server, a, conversation.id, 'a wombatzither');
    const kept = await sendMessage(server, b, conversation.id, 'a wombatlute');
    expect((await asService(server).delete(`/users/${a}`)).status).toBe(200);
    expect(await hits(b, 'wombat')).toEqual([kept.id]);
    expect(await hits(b, 'wombatzither')).toEqual([]);
    const ids = await indexed();
    expect(ids).not.toContain(gone.id);
    expect(ids.filter((id) => id === kept.id)).toHaveLength(1);
  });

  it.each([
    ['before', false],
    ['after', true],
  ])('keeps no words of a conversation deleted %s the index saw it, even for a message that takes its row', async (_when, seenFirst) => {
    const a = uniqueId();
    const doomed = await buildConversation(server, a, [uniqueId()]);
    const other = await buildConversation(server, a, [uniqueId()]);
    const marker = uniqueId('quagga').replace(/[^a-z0-9]/gi, '');
    const gone = await sendMessage(server, a, doomed.id, `a ${marker}`);
    if (seenFirst) expect(await hits(a, marker)).toEqual([gone.id]);
    expect((await asUser(server, ADMIN_ID).delete(`/conversations/${doomed.id}`)).status).toBe(204);
    // On SQLite the next message takes the rowid the deleted one had, which keys its entry.
    const next = await sendMessage(server, a, other.id, 'a tapirflute');
    expect(await hits(a, marker)).toEqual([]);
    expect(await hits(a, 'tapirflute')).toEqual([next.id]);
    const ids = await indexed();
    expect(ids).not.toContain(gone.id);
    expect(ids.filter((id) => id === next.id)).toHaveLength(1);
  });
});

/** Chinese, Japanese and Thai put no spaces between words: a word inside a sentence is found all the same; Hindi's vowel marks stay in their word. */
async function expectUnspacedScriptsSearchable(server: TestServer, search: (user: string, q: string) => Promise<string[]>): Promise<void> {
  const a = uniqueId();
  const conversation = await buildConversation(server, a, [uniqueId()]);
  const chinese = await sendMessage(server, a, conversation.id, '你好，这个沙发还在吗？我明天下午可以来取货');
  const japanese = await sendMessage(server, a, conversation.id, 'このソファはまだありますか');
  const thai = await sendMessage(server, a, conversation.id, 'โซฟาตัวนี้ยังอยู่ไหมครับ');
  const mixed = await sendMessage(server, a, conversation.id, '我想买iPhone15的壳');
  // Hindi is spaced, but writes vowels as marks: a word is one word with them.
  const hindi = await sendMessage(server, a, conversation.id, 'नमस्ते, क्या यह सोफ़ा अभी भी उपलब्ध है');
  expect(await search(a, '沙发')).toEqual([chinese.id]);
  expect(await search(a, '取货')).toEqual([chinese.id]);
  expect(await search(a, '沙发 取货')).toEqual([chinese.id]);
  // Longer than an inner word (eight letters): looked up in pieces.
  expect(await search(a, '明天下午可以来取货')).toEqual([chinese.id]);
  expect(await search(a, 'ソファ')).toEqual([japanese.id]);
  expect(await search(a, 'ยังอยู่')).toEqual([thai.id]);
  expect(await search(a, 'iphone')).toEqual([mixed.id]);
  expect(await search(a, 'उपलब्ध')).toEqual([hindi.id]);
  expect(await search(a, 'नमस्')).toEqual([hindi.id]);
  expect(await search(a, '沙拉')).toEqual([]);
}

