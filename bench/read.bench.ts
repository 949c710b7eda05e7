// Reads at scale on SQLite: full-text search over 1,000,000 stored messages, and the
// conversation list of a user with 1,000 conversations. The data set is written straight into
// a fresh database (same schema, made by Parley's migrations), then Parley serves it. With
// `encrypted`, texts are sealed as Parley seals them, the search index is the blind one, and
// Parley runs with the same ENCRYPTION_KEYS.
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { sql } from 'kysely';
import type { EncryptionKey } from '../src/crypto/keyring.js';
import { ValueCipher } from '../src/crypto/value-cipher.js';
import { searchEncodingFor } from '../src/domain/search-encoding.js';
import { openDatabase } from '../src/storage/database.js';
import { newId } from '../src/storage/ids.js';
import { migrateToLatest } from '../src/storage/migrations/index.js';
import { openMessage, sealContent, sealPreview } from '../src/storage/sealed.js';
import { Store } from '../src/storage/store.js';
import { type LatencyResult, measureReads, random, startParley, tempDir } from './lib.js';

export interface ReadBenchResult {
  messages: number;
  buildSeconds: number;
  search: LatencyResult;
  list: LatencyResult;
  listLast: LatencyResult;
}

const READER = 'bench_reader';
const VOCABULARY = 20_000;

/** Word i of a made-up language: pronounceable, unique, 4..12 letters. */
function word(i: number): string {
  const syllables = ['ka', 'lo', 'mi', 'ne', 'ru', 'ta', 'vo', 'zi', 'pe', 'sa', 'do', 'fu', 'gi', 'ho', 'ju', 'be'];
  let out = '';
  let n = i + 16;
  while (n > 0) {
    out += syllables[n % 16];
    n = Math.floor(n / 16);
  }
  return out;
}

async function buildDataSet(dir: string, messageCount: number, readerConversations: number, keys: EncryptionKey[]): Promise<void> {
  const cipher = new ValueCipher(keys);
  const file = path.join(dir, 'parley.db');
  const database = openDatabase({ kind: 'sqlite', file, busyTimeoutMs: 5000 });
  await migrateToLatest(database.db, 'sqlite');
  await database.close();

  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF');
  const rnd = random(42);
  // Zipf-like: word k is drawn with probability ~ 1/(k+1).
  const harmonic: number[] = [];
  let sum = 0;
  for (let k = 0; k < VOCABULARY; k++) {
    sum += 1 / (k + 1);
    harmonic.push(sum);
  }
  const drawWord = () => {
    const target = rnd() * sum;
    let lo = 0;
    let hi = VOCABULARY - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((harmonic[mid] as number) < target) lo = mid + 1;
      else hi = mid;
    }
    return word(lo);
  };

  const conversationCount = Math.max(readerConversations * 10, 1);
  const perConversation = Math.ceil(messageCount / conversationCount);
  const now = Date.now() - messageCount * 10;
  const iso = (ms: number) => new Date(ms).toISOString();
  const insertUser = db.prepare('insert or ignore into users (id, username, display_name, role, created_at, updated_at) values (?, ?, ?, ?, ?, ?)');
  const insertConversation = db.prepare(`insert into conversations (id, type, status, metadata, created_by, direct_key, last_seq,
    last_message_id, last_message_sender_id, last_message_preview, last_message_at, activity_at, created_at, updated_at)
    values (?, 'DIRECT', 'active', '{}', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const insertParticipant = db.prepare(`insert into participants (conversation_id, user_id, role, joined_at, last_read_seq, archived, hidden)
    values (?, ?, ?, ?, ?, 0, 0)`);
  const insertMessage = db.prepare(`insert into messages (id, conversation_id, seq, sender_id, content, message_type, moderation_status,
    moderation_reasons, created_at) values (?, ?, ?, ?, ?, 'TEXT', 'clean', '[]', ?)`);

  insertUser.run(READER, READER, 'Bench Reader', 'user', iso(now), iso(now));
  // Conversations first; every tenth belongs to the reader, so theirs are spread over time.
  const conversations: { id: string; a: string; b: string; count: number; lastId: string; lastContent: string; lastAt: number; lastSender: string }[] = [];
  db.transaction(() => {
    for (let c = 0; c < conversationCount; c++) {
      const a = c % 10 === 0 && c / 10 < readerConversations ? READER : `bench_a${c}`;
      const b = `bench_b${c}`;
      insertUser.run(a, a, `User ${a}`, 'user', iso(now), iso(now));
      insertUser.run(b, b, `User ${b}`, 'user', iso(now), iso(now));
      const id = newId();
      insertConversation.run(id, a, `${c}`, 0, null, null, null, null, iso(now), iso(now), iso(now));
      conversations.push({ id, a, b, count: 0, lastId: '', lastContent: '', lastAt: now, lastSender: a });
    }
  })();
  // Then messages, round after round over all conversations: interleaved in time, as in life.
  let written = 0;
  const writeRound = db.transaction((round: number) => {
    for (const conversation of conversations) {
      if (written >= messageCount) return;
      const length = 6 + Math.floor(rnd() * 10);
      const words: string[] = [];
      for (let w = 0; w < length; w++) words.push(drawWord());
      conversation.count = round;
      conversation.lastContent = words.join(' ');
      conversation.lastId = newId();
      conversation.lastAt = now + written * 10;
      conversation.lastSender = round % 2 ? conversation.a : conversation.b;
      const content = sealContent(cipher, conversation.lastId, conversation.lastContent);
      insertMessage.run(conversation.lastId, conversation.id, round, conversation.lastSender, content, iso(conversation.lastAt));
      written++;
    }
  });
  for (let round = 1; round <= perConversation && written < messageCount; round++) writeRound(round);
  const finish = db.prepare(`update conversations set last_seq = ?, last_message_id = ?, last_message_sender_id = ?, last_message_preview = ?,
    last_message_at = ?, activity_at = ?, updated_at = ? where id = ?`);
  db.transaction(() => {
    for (const c of conversations) {
      const at = iso(c.lastAt);
      finish.run(c.count, c.lastId || null, c.lastSender, sealPreview(cipher, c.id, c.lastContent.slice(0, 100)), at, at, at, c.id);
      insertParticipant.run(c.id, c.a, 'OWNER', iso(now), c.count);
      insertParticipant.run(c.id, c.b, 'MEMBER', iso(now), Math.max(0, c.count - 3));
    }
  })();
  db.close();
  await indexDataSet(file, cipher);
}

/**
 * The search index as Parley's indexer writes it, through the same repository: the data set
 * bypasses the event log the indexer follows.
 */
async function indexDataSet(file: string, cipher: ValueCipher): Promise<void> {
  const database = openDatabase({ kind: 'sqlite', file, busyTimeoutMs: 5000 });
  const store = new Store(database.db, database.dialect, cipher);
  const encoding = searchEncodingFor(cipher.keys);
  try {
    let after = 0;
    for (;;) {
      const { rows } = await sql<{ rowid: number; id: string; content: string }>`select rowid, id, content from messages
        where rowid > ${after} order by rowid limit 5000`.execute(database.db);
      const last = rows.at(-1);
      if (last === undefined) break;
      const texts = rows.map((row) => openMessage(cipher, { ...row, original_content: null }));
      await store.transaction((tx) => tx.search.add(texts.map((row) => encoding.entry(row.id, row.content))));
      after = last.rowid;
    }
    await sql`pragma wal_checkpoint(TRUNCATE)`.execute(database.db);
  } finally {
    await database.close();
  }
}

export async function runReadBench(messageCount: number, requests: number, options: { encrypted?: boolean } = {}): Promise<ReadBenchResult> {
  const dir = tempDir('parley-read-');
  const keys: EncryptionKey[] = options.encrypted ? [{ id: 'bench', key: randomBytes(32) }] : [];
  const started = performance.now();
  await buildDataSet(dir, messageCount, 1000, keys);
  const buildSeconds = (performance.now() - started) / 1000;
  const parley = await startParley({
    HOST: '127.0.0.1',
    PORT: '0',
    DATA_DIR: dir,
    DATABASE_URL: '',
    LOG_LEVEL: 'info',
    RATE_LIMIT_PER_MINUTE: '100000000',
    ENCRYPTION_KEYS: keys.map((k) => `${k.id}:${k.key.toString('base64')}`).join(','),
  });
  try {
    const headers = { 'x-user-id': READER };
    const rnd = random(7);
    // Queries: one or two words of the language, often typed only in part.
    const queries = Array.from({ length: requests }, () => {
      const terms = Array.from({ length: 1 + Math.floor(rnd() * 2) }, () => {
        const w = word(Math.floor(rnd() * VOCABULARY));
        return rnd() < 0.5 ? w.slice(0, Math.max(3, w.length - 2)) : w;
      });
      return `/api/v1/search?q=${encodeURIComponent(terms.join(' '))}&limit=20`;
    });
    await measureReads(parley.url, queries.slice(0, 20), headers); // warm-up
    const search = await measureReads(parley.url, queries, headers);
    const list = await measureReads(parley.url, Array.from({ length: requests }, () => '/api/v1/conversations?limit=20'), headers);
    // Deep pages: walk the list to its end once, then time the last page.
    let cursor: string | null = null;
    let lastPath = '/api/v1/conversations?limit=20';
    do {
      const response = await fetch(`${parley.url}${lastPath}`, { headers });
      const body = (await response.json()) as { nextCursor: string | null };
      cursor = body.nextCursor;
      if (cursor) lastPath = `/api/v1/conversations?limit=20&cursor=${cursor}`;
    } while (cursor);
    const listLast = await measureReads(parley.url, Array.from({ length: Math.min(requests, 200) }, () => lastPath), headers);
    return { messages: messageCount, buildSeconds, search, list, listLast };
  } finally {
    await parley.stop();
    // A million messages and their index are hundreds of megabytes.
    rmSync(dir, { recursive: true, force: true });
  }
}
