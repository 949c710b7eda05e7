// Helpers for benchmarks: a Parley (or floor) server in its own process, and load generation.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { tmpdir } from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { type Insertable, type Kysely, sql } from 'kysely';
import pg from 'pg';
import type { Database } from '../src/storage/database.js';
import type { DB } from '../src/storage/schema.js';

export const ROOT = path.resolve(import.meta.dirname, '..');

export interface RunningProcess {
  url: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

/**
 * Parley as `npm start` serves it: the built `dist/main.js` with the same node flags, so the
 * benchmarks measure the code users run (tsx compiles differently: it keeps function names,
 * which costs a call each time a closure is made). `npm run bench` builds it first.
 */
export function startParley(env: Record<string, string>): Promise<RunningProcess> {
  return startProcess('dist/main.js', env, ['--enable-source-maps']);
}

/**
 * Starts `script` in a child process and waits until it prints its listening URL: a `.ts` file
 * through tsx, a built `.js` file as it is.
 */
export async function startProcess(script: string, env: Record<string, string>, nodeArgs: string[] = []): Promise<RunningProcess> {
  const loader = script.endsWith('.ts') ? ['--import', 'tsx'] : [];
  const child = spawn(process.execPath, [...nodeArgs, ...loader, script], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    // Generous: on a loaded machine, compiling the sources alone takes tens of seconds.
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${script} did not start: ${output.slice(-2000)}`));
    }, 90_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /"url":"(http:\/\/[^"]+)"/.exec(output) ?? /LISTENING (http:\/\/\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${script} exited with ${code}: ${output.slice(-2000)}`));
    });
  });
  return {
    url,
    child,
    stop: () =>
      new Promise<void>((resolve) => {
        // A child killed by a signal has no exit code, only a signal code.
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 5000).unref();
      }),
  };
}

export function tempDir(prefix: string): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}

export async function freshPostgres(baseUrl: string): Promise<{ url: string; drop(): Promise<void> } | undefined> {
  const name = `parley_bench_${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  try {
    await admin.connect();
  } catch {
    return undefined;
  }
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: baseUrl });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    },
  };
}

/**
 * Writes rows straight into one of Parley's tables, inside a transaction `trx` of `database`,
 * for data sets too large to build through the API: on SQLite one prepared statement run per
 * row on the connection the transaction holds; on PostgreSQL one insert per 5,000 rows from an
 * `unnest` of one array per column, typed as the column is. Every row names the same columns.
 */
export async function insertRows<T extends keyof DB & string>(database: Database, trx: Kysely<DB>, table: T, rows: Insertable<DB[T]>[]): Promise<void> {
  const first = rows[0];
  if (first === undefined) return;
  const columns = Object.keys(first);
  const valuesOf = (batch: typeof rows, column: string) => batch.map((row) => (row as Record<string, unknown>)[column]);
  const sqlite = database.dialect.sqlite;
  if (sqlite !== undefined) {
    const statement = sqlite.prepare(`insert into ${table} (${columns.join(', ')}) values (${columns.map(() => '?').join(', ')})`);
    for (const row of rows) statement.run(columns.map((column) => (row as Record<string, unknown>)[column]));
    return;
  }
  const types = await sql<{ column_name: string; udt_name: string }>`select column_name, udt_name from information_schema.columns
    where table_schema = current_schema() and table_name = ${table}`.execute(trx);
  const typeOf = new Map(types.rows.map((row) => [row.column_name, row.udt_name]));
  for (let i = 0; i < rows.length; i += 5000) {
    const batch = rows.slice(i, i + 5000);
    const arrays = columns.map((column) => sql`${valuesOf(batch, column)}::${sql.raw(typeOf.get(column) ?? 'text')}[]`);
    await sql`insert into ${sql.table(table)} (${sql.join(columns.map((column) => sql.ref(column)))}) select * from unnest(${sql.join(arrays)})`.execute(trx);
  }
}

export interface LoadResult {
  requestsPerSecond: number;
  ok: number;
  errors: number;
  non2xx: number;
  p50: number;
  p99: number;
}

/** Runs autocannon; each request is made by `makeRequest` (method, path, headers, body). */
export async function load(options: {
  url: string;
  connections: number;
  seconds: number;
  makeRequest: () => { method: 'GET' | 'POST'; path: string; headers: Record<string, string>; body?: string };
}): Promise<LoadResult> {
  const result = await autocannon({
    url: options.url,
    connections: options.connections,
    duration: options.seconds,
    requests: [
      {
        setupRequest: (request: Record<string, unknown>) => {
          const next = options.makeRequest();
          return { ...request, ...next };
        },
      },
    ],
  });
  const ok = result['2xx'];
  return {
    requestsPerSecond: ok / options.seconds,
    ok,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    p50: result.latency.p50,
    p99: result.latency.p99,
  };
}

export interface HttpRequest {
  method: 'GET' | 'POST' | 'PUT';
  path: string;
  headers: Record<string, string>;
  body?: string;
}

/**
 * `connections` clients each make one request after another until `stop()` says so. Unlike
 * autocannon, which drops what is in flight at its deadline, the requests in flight then finish
 * and count, so a round in which requests wait for seconds still reports them.
 */
export async function closedLoop(options: { url: string; connections: number; stop: () => boolean; makeRequest: () => HttpRequest }): Promise<LoadResult> {
  const timings: number[] = [];
  let errors = 0;
  let non2xx = 0;
  const started = performance.now();
  const client = async () => {
    while (!options.stop()) {
      const request = options.makeRequest();
      const sent = performance.now();
      try {
        const response = await fetch(`${options.url}${request.path}`, { method: request.method, headers: request.headers, body: request.body ?? null });
        await response.arrayBuffer();
        if (response.ok) timings.push(performance.now() - sent);
        else non2xx++;
      } catch {
        errors++;
      }
    }
  };
  await Promise.all(Array.from({ length: options.connections }, client));
  const seconds = (performance.now() - started) / 1000;
  timings.sort((a, b) => a - b);
  return { requestsPerSecond: timings.length / seconds, ok: timings.length, errors, non2xx, p50: percentile(timings, 50), p99: percentile(timings, 99) };
}

export const pick = <T>(items: T[]): T => items[Math.floor(Math.random() * items.length)] as T;

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] as number;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

/** The round whose throughput is the median, so its latencies belong to the same measurement. */
export function medianRound(rounds: LoadResult[]): LoadResult {
  const target = median(rounds.map((r) => r.requestsPerSecond));
  return rounds.find((r) => r.requestsPerSecond === target) as LoadResult;
}

/** A deterministic pseudo-random stream in [0, 1), so every run builds the same data set. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface LatencyResult {
  requests: number;
  p50: number;
  p99: number;
  /** Mean number of items in `data` per answer (pages), 0 for other answers. */
  meanHits: number;
}

/** GETs each path in turn from one client and times each answer to its last byte; anything but 200 is an error. */
export async function measureReads(url: string, paths: string[], headers: Record<string, string>): Promise<LatencyResult> {
  const timings: number[] = [];
  let hits = 0;
  for (const path of paths) {
    const start = performance.now();
    const response = await fetch(`${url}${path}`, { headers });
    const body = (await response.json()) as { data?: unknown[] };
    timings.push(performance.now() - start);
    if (response.status !== 200) throw new Error(`${path} answered ${response.status}: ${JSON.stringify(body)}`);
    hits += body.data?.length ?? 0;
  }
  timings.sort((a, b) => a - b);
  return { requests: paths.length, p50: percentile(timings, 50), p99: percentile(timings, 99), meanHits: hits / paths.length };
}

/** Reads a child's output one line at a time, in order: each call resolves with the next line. */
export function lineReader(input: Readable): () => Promise<string> {
  const lines: string[] = [];
  let waiting: ((line: string) => void) | undefined;
  createInterface({ input }).on('line', (line) => {
    if (waiting) {
      const resolve = waiting;
      waiting = undefined;
      resolve(line);
    } else lines.push(line);
  });
  return () => new Promise<string>((resolve) => (lines.length > 0 ? resolve(lines.shift() as string) : (waiting = resolve)));
}

/**
 * In a Parley run as a benchmark's own process: samples the process's RSS every 10 ms and answers
 * each line on stdin with one line of JSON: "peak" gives the current RSS and the highest since the
 * previous "peak"; "live" gives the heap still in use after a full GC (run with --expose-gc).
 * Returns when stdin ends.
 */
export async function answerMemoryProbes(): Promise<void> {
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 10);
  try {
    for await (const line of createInterface({ input: process.stdin })) {
      const command = line.trim();
      if (command === 'live') {
        const gc = (globalThis as { gc?: () => void }).gc;
        if (!gc) throw new Error('run with --expose-gc');
        gc();
        console.log(JSON.stringify({ live: process.memoryUsage().heapUsed }));
      } else if (command === 'peak') {
        const rss = process.memoryUsage().rss;
        console.log(JSON.stringify({ rss, peak: Math.max(peak, rss) }));
        peak = rss;
      }
    }
  } finally {
    clearInterval(sampler);
  }
}

/**
 * Measures the share of this machine's CPU time taken by the host from the moment it is called
 * ("steal" in /proc/stat, on a virtual machine sharing its cores): the returned function gives
 * the percentage since then, or undefined where the kernel does not report it.
 */
export function stealMeter(): () => number | undefined {
  const sample = (): { steal: number; total: number } | undefined => {
    try {
      const fields = (readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '').trim().split(/\s+/).slice(1).map(Number);
      // user nice system idle iowait irq softirq steal (guest time is counted in user already)
      const counted = fields.slice(0, 8);
      if (counted.length < 8 || counted.some(Number.isNaN)) return undefined;
      return { steal: counted[7] as number, total: counted.reduce((a, b) => a + b, 0) };
    } catch {
      return undefined;
    }
  };
  const start = sample();
  return () => {
    const end = sample();
    if (start === undefined || end === undefined || end.total === start.total) return undefined;
    return (100 * (end.steal - start.steal)) / (end.total - start.total);
  };
}
