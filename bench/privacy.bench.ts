// GDPR export of a user with a long history on SQLite: 100,000 messages of theirs (and as many
// from the people they talk to) written straight into a fresh database made by Parley's
// migrations; then Parley, in its own process, streams the export while it samples its RSS.
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { openDatabase } from '../src/storage/database.js';
import { newId } from '../src/storage/ids.js';
import { migrateToLatest } from '../src/storage/migrations/index.js';
import { lineReader, percentile, ROOT, tempDir } from './lib.js';

export interface ExportRun {
  milliseconds: number;
  bytes: number;
  messages: number;
  rssBefore: number;
  rssPeak: number;
}

export interface PrivacyBenchResult {
  messages: number;
  conversations: number;
  buildSeconds: number;
  runs: ExportRun[];
  medianMilliseconds: number;
  /** Heap in use after a full GC: before an export, and halfway through reading one. */
  liveBefore: number;
  liveHalfway: number;
}

const EXPORTER = 'bench_exporter';
const WORDS = ['deal', 'booking', 'tomorrow', 'price', 'delivery', 'thanks', 'photo', 'address', 'friday', 'fine', 'ready', 'sure'];

async function buildDataSet(dir: string, messages: number, conversationCount: number): Promise<void> {
  const file = path.join(dir, 'parley.db');
  const database = openDatabase({ kind: 'sqlite', file, busyTimeoutMs: 5000 });
  await migrateToLatest(database.db, 'sqlite');
  await database.close();

  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF');
  const start = Date.now() - 2 * messages * 1000;
  const iso = (ms: number) => new Date(ms).toISOString();
  const insertUser = db.prepare('insert or ignore into users (id, username, display_name, role, created_at, updated_at) values (?, ?, ?, ?, ?, ?)');
  const insertConversation = db.prepare(`insert into conversations (id, type, status, metadata, created_by, direct_key, last_seq,
    activity_at, created_at, updated_at) values (?, 'DIRECT', 'active', '{}', ?, ?, 0, ?, ?, ?)`);
  const insertParticipant = db.prepare(`insert into participants (conversation_id, user_id, role, joined_at, last_read_seq, archived, hidden)
    values (?, ?, ?, ?, ?, 0, 0)`);
  const insertMessage = db.prepare(`insert into messages (id, conversation_id, seq, sender_id, content, message_type, moderation_status,
    moderation_reasons, created_at) values (?, ?, ?, ?, ?, 'TEXT', 'clean', '[]', ?)`);
  const finish = db.prepare('update conversations set last_seq = ?, activity_at = ?, updated_at = ? where id = ?');

  insertUser.run(EXPORTER, EXPORTER, 'Bench Exporter', 'user', iso(start), iso(start));
  const conversations = db.transaction(() =>
    Array.from({ length: conversationCount }, (_, c) => {
      const peer = `bench_peer${c}`;
      insertUser.run(peer, peer, `Peer ${c}`, 'user', iso(start), iso(start));
      const id = newId();
      insertConversation.run(id, EXPORTER, `${c}`, iso(start), iso(start), iso(start));
      return { id, peer, seq: 0 };
    }),
  )();
  // The exporter and a peer take turns, conversation after conversation: interleaved in time.
  let written = 0;
  const writeBatch = db.transaction((count: number) => {
    for (let i = 0; i < count; i++) {
      const conversation = conversations[written % conversationCount] as (typeof conversations)[number];
      for (const sender of [EXPORTER, conversation.peer]) {
        conversation.seq += 1;
        const words = Array.from({ length: 8 + (written % 9) }, (_, w) => WORDS[(written + w * 7) % WORDS.length]);
        insertMessage.run(newId(), conversation.id, conversation.seq, sender, `${words.join(' ')} #${written}`, iso(start + (2 * written + 1) * 1000));
      }
      written += 1;
    }
  });
  while (written < messages) writeBatch(Math.min(10_000, messages - written));
  db.transaction(() => {
    for (const conversation of conversations) {
      const at = iso(start + 2 * messages * 1000);
      finish.run(conversation.seq, at, at, conversation.id);
      insertParticipant.run(conversation.id, EXPORTER, 'OWNER', iso(start), conversation.seq);
      insertParticipant.run(conversation.id, conversation.peer, 'MEMBER', iso(start), conversation.seq);
    }
  })();
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
}

async function startServer(dataDir: string) {
  const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', 'bench/privacy-server.ts'], {
    cwd: ROOT,
    env: { ...process.env, DATA_DIR: dataDir },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const nextLine = lineReader(child.stdout);
  const url = (await nextLine()).replace('LISTENING ', '');
  return {
    api: `${url}/api/v1`,
    async memory() {
      child.stdin.write('peak\n');
      return JSON.parse(await nextLine()) as { rss: number; peak: number };
    },
    async live() {
      child.stdin.write('live\n');
      return (JSON.parse(await nextLine()) as { live: number }).live;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.stdin.end();
        setTimeout(() => child.kill('SIGKILL'), 5000).unref();
      }),
  };
}

export async function runPrivacyBench(messages: number, exports: number): Promise<PrivacyBenchResult> {
  const dir = tempDir('parley-privacy-');
  const conversations = 100;
  const started = performance.now();
  await buildDataSet(dir, messages, conversations);
  const buildSeconds = (performance.now() - started) / 1000;
  const server = await startServer(dir);
  try {
    const runs: ExportRun[] = [];
    for (let i = 0; i < exports; i++) {
      const before = await server.memory();
      const begin = performance.now();
      const response = await fetch(`${server.api}/users/${EXPORTER}/export`, { headers: { 'x-user-id': EXPORTER } });
      const text = await response.text();
      const milliseconds = performance.now() - begin;
      const during = await server.memory();
      if (response.status !== 200) throw new Error(`export answered ${response.status}: ${text.slice(0, 500)}`);
      const document = JSON.parse(text) as { messages: unknown[] };
      if (document.messages.length !== messages) throw new Error(`export held ${document.messages.length} messages, not ${messages}`);
      runs.push({ milliseconds, bytes: Buffer.byteLength(text), messages: document.messages.length, rssBefore: before.rss, rssPeak: during.peak });
    }
    const sorted = runs.map((run) => run.milliseconds).sort((a, b) => a - b);
    // One more export, read by the chunk: halfway through, what the service still holds.
    const liveBefore = await server.live();
    const response = await fetch(`${server.api}/users/${EXPORTER}/export`, { headers: { 'x-user-id': EXPORTER } });
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    const half = (runs[0]?.bytes ?? 0) / 2;
    let read = 0;
    let liveHalfway = Number.NaN;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      read += value.length;
      if (Number.isNaN(liveHalfway) && read >= half) liveHalfway = await server.live();
    }
    return { messages, conversations, buildSeconds, runs, medianMilliseconds: percentile(sorted, 50), liveBefore, liveHalfway };
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
