// Response analytics and contexts at scale, on SQLite or PostgreSQL. A seller with 1,000
// listings and 100,000 conversations over 1,000,000 messages (a year of history), a user with
// 100 conversations over the same year and a host's booking with 1,000 conversations are written
// straight into a fresh database made by Parley's migrations, as read.bench.ts does: the
// conversations, participants and messages, and the analytics rows (conversations.first_*,
// response_facts, analytics_daily) as recordResponse (domain/analytics.service.ts) leaves them
// after each first message and first answer. Parley then serves that database; its figures are
// checked against the ones computed here before analytics reads, state changes and sends are timed.
import { rmSync } from 'node:fs';
import path from 'node:path';
import { type Insertable, sql } from 'kysely';
import type { Config } from '../src/config.js';
import { ANSWER_WITHIN_SECONDS, bucketFloor, bucketOf, dayOf, windowStart } from '../src/domain/analytics.js';
import { contextSubject } from '../src/domain/analytics.service.js';
import { conversationContextOf } from '../src/domain/context-fields.js';
import { directKey } from '../src/domain/conversations/lifecycle.service.js';
import type { ContextRow } from '../src/storage/contexts.repository.js';
import { type Database, openDatabase } from '../src/storage/database.js';
import { newId } from '../src/storage/ids.js';
import { migrateDatabase } from '../src/storage/migrations/index.js';
import type { AnalyticsDailyTable, DB } from '../src/storage/schema.js';
import { closedLoop, freshPostgres, insertRows, type LatencyResult, type LoadResult, measureReads, medianRound, percentile, pick, random, startParley, tempDir } from './lib.js';
import { createConversations } from './send.bench.js';

const DAY_MS = 86_400_000;
/** First messages fall between this many days ago and three days ago, so every answer and follow-up lies in the past. */
const HISTORY_DAYS = 360;
const SERVICE_KEY = 'bench-service-key-0123456789';
const SELLER = 'bench_seller';
const SMALL = 'bench_small';
const HOST = 'bench_host';
const BIG_CONTEXT = { type: 'booking', id: 'bkg_big' };
const SEND_CONVERSATIONS = 50;

export interface AnalyticsBenchOptions {
  /** The seller's conversations and messages (100,000 and 1,000,000). */
  conversations: number;
  messages: number;
  /** The seller's listings (1,000); conversation i is about listing i mod listings. */
  listings: number;
  /** Conversations of the host's booking, whose state changes are timed (1,000). */
  bookingConversations: number;
  requests: number;
  stateChanges: number;
  seconds: number;
  rounds: number;
  postgresBase: string;
}

export interface Written {
  conversations: number;
  messages: number;
  dayRows: number;
}

export interface TimedChanges {
  count: number;
  p50: number;
  max: number;
}

export interface AnalyticsBenchResult {
  buildSeconds: number;
  /** From starting Parley's process on the data set until it listens. */
  startSeconds: number;
  written: Written;
  /** One line per figure checked against the data set, and whether all matched. */
  checks: string[];
  checksOk: boolean;
  reads: { label: string; result: LatencyResult }[];
  stateChanges: { label: string; changes: TimedChanges }[];
  sends: { label: string; median: LoadResult; rounds: LoadResult[] }[];
  /** State changes of the 1,000-conversation booking made one after another during the last send variant. */
  changesDuringSends: TimedChanges;
}

/** One responder's conversations: who starts them, what they are about, how many messages. */
interface History {
  responder: string;
  buyers: string;
  conversations: number;
  messages: number;
  /** Conversation i is about contexts[i mod length]; none when empty. */
  contexts: ContextRow[];
}

/** What Parley must answer, per conversation: the day of its first message and the counted response time. */
interface Outcome {
  day: string;
  context: number | undefined;
  /** Seconds to the responder's first answer when it came within 24 hours; null otherwise. */
  seconds: number | null;
}

interface Figures {
  conversations: number;
  answered: number;
  responseRate: number | null;
  median: number | null;
  p90: number | null;
}

/** The definitions of domain/analytics.ts applied to raw response times (bucketing keeps their order). */
function expectedFigures(outcomes: Outcome[], from: string): Figures {
  const counted = outcomes.filter((o) => o.day >= from);
  const times = counted.flatMap((o) => (o.seconds === null ? [] : [o.seconds])).sort((a, b) => a - b);
  const at = (p: number) => (times.length === 0 ? null : bucketFloor(bucketOf(times[Math.max(1, Math.ceil(p * times.length)) - 1] as number)));
  return {
    conversations: counted.length,
    answered: times.length,
    responseRate: counted.length === 0 ? null : times.length / counted.length,
    median: at(0.5),
    p90: at(0.9),
  };
}

/** Day rows being built, by scope, subject and day; histograms as objects until written. */
type DailyRows = Map<string, Omit<AnalyticsDailyTable, 'histogram'> & { histogram: Record<string, number> }>;

/** Adds a first message (and its answer in time, if any) to a day row, as AnalyticsRepository.bump does. */
function bump(daily: DailyRows, scope: 'responder' | 'context', subject: string, day: string, ownerId: string | null, seconds: number | null) {
  const key = JSON.stringify([scope, subject, day]);
  let row = daily.get(key);
  if (row === undefined) {
    row = { scope, subject, day, owner_id: ownerId, conversations: 0, answered: 0, histogram: {} };
    daily.set(key, row);
  }
  row.conversations += 1;
  if (seconds !== null) {
    const bucket = bucketOf(seconds);
    row.histogram[bucket] = (row.histogram[bucket] ?? 0) + 1;
    row.answered += 1;
  }
}

const FOLLOW_UPS = ['Is it still available?', 'Could you do a better price?', 'When could I pick it up?', 'Thanks, sounds good.', 'Great, see you then.'];

/**
 * Writes a history in transactions of 2,000 conversations. Conversation i's first message comes
 * from its buyer; the responder answers 85% within 24 hours (5 s to 20 h, log-uniform), 5% later
 * and 10% never; the remaining messages alternate, 30 s to 2 h apart.
 */
async function writeHistory(database: Database, history: History, now: number, rnd: () => number, daily: DailyRows, written: Written): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  const start = now - HISTORY_DAYS * DAY_MS;
  const spacing = ((HISTORY_DAYS - 3) * DAY_MS) / history.conversations;
  const iso = (ms: number) => new Date(ms).toISOString();
  await database.db.transaction().execute(async (trx) => {
    const responder = history.responder;
    await insertRows(database, trx, 'users', [{ id: responder, username: responder, display_name: responder, avatar_url: null, role: 'user', created_at: iso(start), updated_at: iso(start), erased_at: null }]);
    await insertRows(database, trx, 'contexts', history.contexts);
  });
  const CHUNK = 2000;
  let writing: Promise<void> | undefined;
  for (let chunk = 0; chunk < history.conversations; chunk += CHUNK) {
    const users: Insertable<DB['users']>[] = [];
    const conversations: Insertable<DB['conversations']>[] = [];
    const participants: Insertable<DB['participants']>[] = [];
    const messages: Insertable<DB['messages']>[] = [];
    const facts: Insertable<DB['response_facts']>[] = [];
    for (let i = chunk; i < Math.min(chunk + CHUNK, history.conversations); i++) {
      const buyer = `${history.buyers}${i}`;
      const contextIndex = history.contexts.length > 0 ? i % history.contexts.length : undefined;
      const context = contextIndex === undefined ? undefined : history.contexts[contextIndex];
      const count = Math.floor(history.messages / history.conversations) + (i < history.messages % history.conversations ? 1 : 0);
      const firstAt = Math.floor(start + (i + rnd()) * spacing);
      const draw = rnd();
      const delayMs =
        count < 2 || draw < 0.1
          ? undefined
          : draw < 0.15
            ? (ANSWER_WITHIN_SECONDS + 1) * 1000 + Math.floor(rnd() * DAY_MS)
            : Math.round(5000 * Math.exp(rnd() * Math.log((20 * 3600) / 5)));
      const replyAt = delayMs === undefined ? undefined : firstAt + delayMs;
      // The same arithmetic as recordResponse, on the same ISO strings.
      const seconds = replyAt === undefined ? null : (Date.parse(iso(replyAt)) - Date.parse(iso(firstAt))) / 1000;
      const counted = seconds !== null && seconds <= ANSWER_WITHIN_SECONDS ? seconds : null;

      const id = newId();
      let at = firstAt;
      let last = { id: '', sender: buyer, content: '', at };
      for (let seq = 1; seq <= count; seq++) {
        let sender = buyer;
        if (seq === 2 && replyAt !== undefined) [at, sender] = [replyAt, history.responder];
        else if (seq > 1) {
          at += 30_000 + Math.floor(rnd() * 2 * 3600 * 1000);
          sender = replyAt !== undefined && seq % 2 === 0 ? history.responder : buyer;
        }
        const content = seq === 1 ? `Hello, is ${context ? `${context.type} ${context.id}` : 'this'} still available? (${i})` : (FOLLOW_UPS[seq % FOLLOW_UPS.length] as string);
        last = { id: newId(), sender, content, at };
        messages.push({ id: last.id, conversation_id: id, seq, sender_id: sender, content, message_type: 'TEXT', moderation_status: 'clean', moderation_reasons: '[]', created_at: iso(at) });
      }
      users.push({ id: buyer, username: buyer, display_name: buyer, avatar_url: null, role: 'user', created_at: iso(firstAt), updated_at: iso(firstAt), erased_at: null });
      conversations.push({
        id,
        type: 'DIRECT',
        title: null,
        status: 'active',
        context_type: context?.type ?? null,
        context_id: context?.id ?? null,
        context_title: context?.title ?? null,
        context: context ? conversationContextOf(context) : null,
        metadata: '{}',
        created_by: buyer,
        direct_key: directKey(buyer, history.responder, context && { type: context.type, id: context.id }),
        last_seq: count,
        last_message_id: last.id || null,
        last_message_sender_id: count > 0 ? last.sender : null,
        last_message_preview: count > 0 ? last.content : null,
        last_message_at: count > 0 ? iso(last.at) : null,
        activity_at: iso(last.at),
        created_at: iso(firstAt),
        updated_at: iso(last.at),
        context_state: context?.state ?? null,
        first_message_at: count > 0 ? iso(firstAt) : null,
        first_sender_id: count > 0 ? buyer : null,
        first_reply_at: replyAt === undefined ? null : iso(replyAt),
      });
      const member = (userId: string, role: string) => ({
        conversation_id: id,
        user_id: userId,
        role,
        joined_at: iso(firstAt),
        last_read_seq: count,
        last_read_at: iso(last.at),
        archived: 0,
        hidden: 0,
        left_at: null,
      });
      participants.push(member(buyer, 'OWNER'), member(history.responder, 'MEMBER'));
      if (count === 0) continue;
      outcomes.push({ day: dayOf(iso(firstAt)), context: contextIndex, seconds: counted });
      facts.push({ conversation_id: id, responder_id: history.responder, first_at: iso(firstAt), responded_at: replyAt === undefined ? null : iso(replyAt) });
      const day = dayOf(iso(firstAt));
      bump(daily, 'responder', history.responder, day, null, counted);
      if (context) bump(daily, 'context', contextSubject(context.type, context.id), day, context.owner_id, counted);
    }
    written.conversations += conversations.length;
    written.messages += messages.length;
    // On PostgreSQL the server stores one chunk while the next is made here.
    await writing;
    writing = database.db.transaction().execute(async (trx) => {
      await insertRows(database, trx, 'users', users);
      await insertRows(database, trx, 'conversations', conversations);
      await insertRows(database, trx, 'participants', participants);
      await insertRows(database, trx, 'messages', messages);
      await insertRows(database, trx, 'response_facts', facts);
    });
  }
  await writing;
  return outcomes;
}

function contextRow(type: string, id: string, ownerId: string, state: string, at: string): ContextRow {
  return { type, id, title: `${type} ${id}`, image_url: null, url: null, owner_id: ownerId, state, metadata: '{}', version: null, updated_at: at, close_at: null, created_at: at, booked_at: ['booked', 'completed', 'disputed'].includes(state) ? at : null };
}

interface DataSet {
  seller: Outcome[];
  small: Outcome[];
  listings: ContextRow[];
  written: Written;
}

async function buildDataSet(database: { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string }, options: AnalyticsBenchOptions): Promise<DataSet> {
  const config: Config['database'] =
    database.kind === 'sqlite' ? { kind: 'sqlite', file: database.file, busyTimeoutMs: 5000 } : { kind: 'postgres', url: database.url, poolSize: 2, lockTimeoutMs: 5000, statementTimeoutMs: 30_000 };
  const opened = openDatabase(config);
  const { db } = opened;
  try {
    await migrateDatabase(config, opened);
    const now = Date.now();
    const at = new Date(now - HISTORY_DAYS * DAY_MS).toISOString();
    const rnd = random(42);
    const daily: DailyRows = new Map();
    const written: Written = { conversations: 0, messages: 0, dayRows: 0 };
    // A quarter of the listings are booked, so `booked` varies from row to row.
    const width = String(options.listings - 1).length;
    const listings = Array.from({ length: options.listings }, (_, i) =>
      contextRow('listing', `lst_${String(i).padStart(width, '0')}`, SELLER, i % 4 === 0 ? 'booked' : 'open', at),
    );
    const seller = await writeHistory(opened, { responder: SELLER, buyers: 'bench_buyer_', conversations: options.conversations, messages: options.messages, contexts: listings }, now, rnd, daily, written);
    const small = await writeHistory(opened, { responder: SMALL, buyers: 'bench_small_buyer_', conversations: 100, messages: 1000, contexts: [] }, now, rnd, daily, written);
    const booking = [contextRow(BIG_CONTEXT.type, BIG_CONTEXT.id, HOST, 'open', at)];
    await writeHistory(
      opened,
      { responder: HOST, buyers: 'bench_guest_', conversations: options.bookingConversations, messages: 2 * options.bookingConversations, contexts: booking },
      now,
      rnd,
      daily,
      written,
    );
    const dayRows = [...daily.values()].map((row) => ({ ...row, histogram: JSON.stringify(row.histogram) }));
    await db.transaction().execute((trx) => insertRows(opened, trx, 'analytics_daily', dayRows));
    written.dayRows = dayRows.length;
    if (database.kind === 'sqlite') await sql`pragma wal_checkpoint(TRUNCATE)`.execute(db);
    // The planner's statistics, as autovacuum would gather them soon after such a load.
    else await sql`analyze`.execute(db);
    return {
      seller,
      small,
      listings,
      written,
    };
  } finally {
    await opened.close();
  }
}

const fmt = (n: number | null) => (n === null ? 'null' : n.toLocaleString('en-US', { maximumFractionDigits: 3 }));

/** Compares Parley's answers with the data set; one line per subject checked. */
async function checkFigures(prefix: string, headers: Record<string, string>, data: DataSet): Promise<{ lines: string[]; ok: boolean }> {
  const lines: string[] = [];
  let ok = true;
  const getJson = async <T>(path: string): Promise<T> => {
    const response = await fetch(`${prefix}${path}`, { headers });
    if (response.status !== 200) throw new Error(`${path} answered ${response.status}: ${await response.text()}`);
    return (await response.json()) as T;
  };
  for (const days of [365, 30]) {
    const from = windowStart(days);
    for (const [userId, outcomes] of [
      [SELLER, data.seller],
      [SMALL, data.small],
    ] as const) {
      const want = expectedFigures(outcomes, from);
      const got = await getJson<{ conversations: number; answered: number; responseRate: number | null; responseTimeMedianSeconds: number | null; responseTimeP90Seconds: number | null }>(
        `/analytics/responders/${userId}?days=${days}`,
      );
      const same =
        got.conversations === want.conversations &&
        got.answered === want.answered &&
        got.responseRate === want.responseRate &&
        got.responseTimeMedianSeconds === want.median &&
        got.responseTimeP90Seconds === want.p90;
      ok &&= same;
      lines.push(
        `responder ${userId}, ${days} days: ${fmt(got.conversations)} conversations, ${fmt(got.answered)} answered, rate ${fmt(got.responseRate)}, ` +
          `median ${fmt(got.responseTimeMedianSeconds)} s, p90 ${fmt(got.responseTimeP90Seconds)} s: ` +
          (same ? 'as built' : `MISMATCH, built ${JSON.stringify(want)}`),
      );
    }
    // Every listing, page after page.
    type Entry = { context: { id: string }; conversations: number; answered: number; responseRate: number | null; firstResponseMedianSeconds: number | null; booked: boolean };
    const seen: Entry[] = [];
    let cursor: string | null = null;
    do {
      const page: { data: Entry[]; nextCursor: string | null } = await getJson(
        `/analytics/contexts?ownerId=${SELLER}&days=${days}&limit=100${cursor ? `&cursor=${cursor}` : ''}`,
      );
      seen.push(...page.data);
      cursor = page.nextCursor;
    } while (cursor);
    const byListing = new Map<number, Outcome[]>();
    for (const outcome of data.seller) {
      if (outcome.context === undefined) continue;
      byListing.set(outcome.context, [...(byListing.get(outcome.context) ?? []), outcome]);
    }
    const wanted = data.listings
      .map((listing, index) => ({ listing, figures: expectedFigures(byListing.get(index) ?? [], from) }))
      .filter((w) => w.figures.conversations > 0);
    const wrong = wanted.filter(({ listing, figures }, index) => {
      const got = seen[index];
      return (
        got === undefined ||
        got.context.id !== listing.id ||
        got.conversations !== figures.conversations ||
        got.answered !== figures.answered ||
        got.responseRate !== figures.responseRate ||
        got.firstResponseMedianSeconds !== figures.median ||
        got.booked !== (listing.state === 'booked')
      );
    });
    const same = wrong.length === 0 && seen.length === wanted.length;
    ok &&= same;
    const total = seen.reduce((sum, entry) => sum + entry.conversations, 0);
    const answered = seen.reduce((sum, entry) => sum + entry.answered, 0);
    lines.push(
      `contexts of ${SELLER}, ${days} days: ${fmt(seen.length)} listings, ${fmt(total)} conversations, ${fmt(answered)} answered, ` +
        (same ? 'each listing as built' : `MISMATCH: ${wrong.length} listings differ, ${seen.length} answered of ${wanted.length} built`),
    );
  }
  return { lines, ok };
}

/** PUT state changes of one context, each to the other of two states than the last. */
function stateChanger(prefix: string, context: { type: string; id: string }, states: [string, string]) {
  let changes = 0;
  /** Changes one after another until `count` are done or `stop` says so. */
  return async (until: { count: number } | { stop: () => boolean }): Promise<TimedChanges & { conversations: number }> => {
    const timings: number[] = [];
    let conversations = 0;
    while ('count' in until ? timings.length < until.count : !until.stop()) {
      const started = performance.now();
      const response = await fetch(`${prefix}/contexts/${context.type}/${context.id}`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json', 'x-service-key': SERVICE_KEY },
        body: JSON.stringify({ state: states[changes++ % 2] }),
      });
      const body = (await response.json()) as { conversations: number };
      timings.push(performance.now() - started);
      if (!response.ok) throw new Error(`PUT /contexts answered ${response.status}: ${JSON.stringify(body)}`);
      conversations = body.conversations;
    }
    timings.sort((a, b) => a - b);
    return { count: timings.length, p50: percentile(timings, 50), max: timings.at(-1) ?? Number.NaN, conversations };
  };
}

export async function runAnalyticsBench(kind: 'sqlite' | 'postgres', options: AnalyticsBenchOptions): Promise<AnalyticsBenchResult | undefined> {
  const dir = tempDir('parley-analytics-');
  const postgres = kind === 'postgres' ? await freshPostgres(options.postgresBase) : undefined;
  if (kind === 'postgres' && !postgres) return undefined;
  try {
    const started = performance.now();
    const data = await buildDataSet(postgres ? { kind: 'postgres', url: postgres.url } : { kind: 'sqlite', file: path.join(dir, 'parley.db') }, options);
    const buildSeconds = (performance.now() - started) / 1000;
    const starting = performance.now();
    const parley = await startParley({
      HOST: '127.0.0.1',
      PORT: '0',
      DATA_DIR: dir,
      LOG_LEVEL: 'info',
      AUTH_DEV_MODE: 'true',
      SERVICE_API_KEY: SERVICE_KEY,
      RATE_LIMIT_PER_MINUTE: '100000000',
      ...(postgres ? { DATABASE_URL: postgres.url, DATABASE_POOL_SIZE: '20' } : { DATABASE_URL: '' }),
    });
    const startSeconds = (performance.now() - starting) / 1000;
    try {
      const prefix = `${parley.url}/api/v1`;
      const service = { 'x-service-key': SERVICE_KEY };
      const checks = await checkFigures(prefix, service, data);

      // Reads, one client; the service key asks, as the platform's back office would.
      const repeat = (p: string) => Array.from({ length: options.requests }, () => p);
      const read = async (label: string, p: string) => {
        await measureReads(prefix, repeat(p).slice(0, 20), service); // warm-up
        return { label, result: await measureReads(prefix, repeat(p), service) };
      };
      const reads = [];
      for (const [who, count] of [
        [SELLER, options.conversations],
        [SMALL, 100],
      ] as const) {
        for (const days of [30, 365]) {
          reads.push(await read(`responder, ${count.toLocaleString('en-US')} conversations, ${days} days`, `/analytics/responders/${who}?days=${days}`));
        }
      }
      const contexts = `/analytics/contexts?ownerId=${SELLER}&limit=20`;
      reads.push(await read(`contexts of an owner of ${options.listings.toLocaleString('en-US')}, first page of 20, 30 days`, contexts));
      let cursor: string | null = null;
      let page = 1;
      for (;;) {
        const response = await fetch(`${prefix}${contexts}${cursor ? `&cursor=${cursor}` : ''}`, { headers: service });
        const next = ((await response.json()) as { nextCursor: string | null }).nextCursor;
        if (next === null) break;
        cursor = next;
        page++;
      }
      const lastPage = `${contexts}${cursor ? `&cursor=${cursor}` : ''}`;
      reads.push(await read(`contexts of an owner of ${options.listings.toLocaleString('en-US')}, last page (${page}), 30 days`, lastPage));
      reads.push(await read(`contexts of an owner of ${options.listings.toLocaleString('en-US')}, first page of 20, 365 days`, `${contexts}&days=365`));

      // State changes on their own: each writes a SYSTEM message and events into every conversation.
      const changeBooking = stateChanger(prefix, BIG_CONTEXT, ['booked', 'open']);
      const big = await changeBooking({ count: options.stateChanges });
      // An open listing: the first change books it.
      const one = await stateChanger(prefix, data.listings[1] as ContextRow, ['booked', 'open'])({ count: options.stateChanges });
      const stateChanges = [
        { label: `PUT state change, ${big.conversations.toLocaleString('en-US')} conversations`, changes: big },
        { label: `PUT state change, ${one.conversations.toLocaleString('en-US')} conversations`, changes: one },
      ];

      // Sends: conversations about no context against conversations about booked listings; then
      // the latter again while the platform changes the big booking's state one change after
      // another (its own conversations get no sends: what waits is everyone else).
      const plain = await createConversations(prefix, SEND_CONVERSATIONS, { users: 'bench_plain', context: () => undefined });
      for (let i = 0; i < SEND_CONVERSATIONS; i++) {
        const response = await fetch(`${prefix}/contexts/listing/send_${i}`, {
          method: 'PUT',
          headers: { 'content-type': 'application/json', ...service },
          body: JSON.stringify({ title: `Listing ${i}`, ownerId: `bench_ctx_r${i}`, state: 'booked' }),
        });
        if (!response.ok) throw new Error(`PUT /contexts answered ${response.status}`);
      }
      const withContext = await createConversations(prefix, SEND_CONVERSATIONS, { users: 'bench_ctx', context: (i) => ({ type: 'listing', id: `send_${i}` }) });
      let n = 0;
      const sendTo = (targets: typeof plain) => () => {
        const target = pick(targets);
        // Either side writes, so conversations get their first answers too.
        return {
          method: 'POST' as const,
          path: `/api/v1/conversations/${target.id}/messages`,
          headers: { 'content-type': 'application/json', 'x-user-id': Math.random() < 0.5 ? target.sender : target.recipient },
          body: JSON.stringify({ content: `Is this still available? (${++n})` }),
        };
      };
      // A closed loop (lib.ts) rather than autocannon: sends that wait behind a state change for
      // longer than the round still count, with their latency.
      const sendLoad = (targets: typeof plain, seconds: number) => {
        const deadline = performance.now() + seconds * 1000;
        return closedLoop({ url: parley.url, connections: SEND_CONVERSATIONS, stop: () => performance.now() >= deadline, makeRequest: sendTo(targets) });
      };
      const variants: { label: string; run: (seconds: number) => Promise<{ sends: LoadResult; changes?: TimedChanges }> }[] = [
        { label: 'no context', run: async (s) => ({ sends: await sendLoad(plain, s) }) },
        { label: 'booked listing', run: async (s) => ({ sends: await sendLoad(withContext, s) }) },
        {
          label: 'booked listing, booking state changes meanwhile',
          run: async (s) => {
            const deadline = performance.now() + s * 1000;
            const [sends, changes] = await Promise.all([sendLoad(withContext, s), changeBooking({ stop: () => performance.now() >= deadline })]);
            return { sends, changes };
          },
        },
      ];
      // Warm-up of the send path; state changes were warmed up above.
      for (const variant of variants.slice(0, 2)) await variant.run(2);
      const rounds = variants.map(() => [] as LoadResult[]);
      const changeRounds = new Map<LoadResult, TimedChanges>();
      for (let round = 0; round < options.rounds; round++) {
        for (const [index, variant] of variants.entries()) {
          const { sends, changes } = await variant.run(options.seconds);
          rounds[index]?.push(sends);
          if (changes) changeRounds.set(sends, changes);
        }
      }
      const sends = variants.map((variant, index) => ({ label: variant.label, median: medianRound(rounds[index] ?? []), rounds: rounds[index] ?? [] }));
      return {
        buildSeconds,
        startSeconds,
        written: data.written,
        checks: checks.lines,
        checksOk: checks.ok,
        reads,
        stateChanges,
        sends,
        changesDuringSends: changeRounds.get(sends.at(-1)?.median as LoadResult) ?? { count: 0, p50: Number.NaN, max: Number.NaN },
      };
    } finally {
      await parley.stop();
    }
  } finally {
    await postgres?.drop();
    // The SQLite file is large; a process still exiting may keep it a moment longer.
    try {
      rmSync(dir, { recursive: true, force: true, maxRetries: 5 });
    } catch (error) {
      console.warn(`could not remove ${dir}: ${String(error)}`);
    }
  }
}
