// Helpers for benchmarks: a Parley (or floor) server in its own process, and load generation.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { tmpdir } from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';

export const ROOT = path.resolve(import.meta.dirname, '..');

export interface RunningProcess {
  url: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

/** Starts `script` with tsx in a child process and waits until it prints its listening URL. */
export async function startProcess(script: string, env: Record<string, string>, nodeArgs: string[] = []): Promise<RunningProcess> {
  const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', script], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /"url":"(http:\/\/[^"]+)"/.exec(output) ?? /LISTENING (http:\/\/\S+)/.exec(output);
      if (match?.[1]) resolve(match[1]);
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => reject(new Error(`${script} exited with ${code}: ${output.slice(-2000)}`)));
    setTimeout(() => reject(new Error(`${script} did not start: ${output.slice(-2000)}`)), 30_000).unref();
  });
  return {
    url,
    child,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
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

export const pick = <T>(items: T[]): T => items[Math.floor(Math.random() * items.length)] as T;

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] as number;
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
