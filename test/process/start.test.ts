// The README's start command as an operator runs it: `npm start` serves compiled code, hands a
// SIGTERM to the service for a graceful shutdown, and a start that cannot succeed says which
// variable to look at, in one log line, with no stack.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { abortedUpload } from '../support/attachments.js';
import type { TestServer } from '../support/harness.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dataDirs: string[] = [];
/** Every process a test started, the services behind `npm start` included: none outlives a failed test. */
const startedPids: number[] = [];

function environment(extra: Record<string, string>): Record<string, string> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'parley-start-'));
  dataDirs.push(dataDir);
  return { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? tmpdir(), PORT: '0', DATA_DIR: dataDir, ...extra };
}

interface Running {
  child: ChildProcess;
  lines: Record<string, unknown>[];
  /** Resolves with the first JSON log line that matches. */
  line(match: (line: Record<string, unknown>) => boolean): Promise<Record<string, unknown>>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  output(): string;
}

function run(command: string, args: string[], env: Record<string, string>): Running {
  const child = spawn(command, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  if (child.pid !== undefined) startedPids.push(child.pid);
  const lines: Record<string, unknown>[] = [];
  let raw = '';
  let waiters: { match: (line: Record<string, unknown>) => boolean; resolve: (line: Record<string, unknown>) => void }[] = [];
  let pending = '';
  const onData = (chunk: Buffer) => {
    raw += chunk.toString();
    pending += chunk.toString();
    const complete = pending.split('\n');
    pending = complete.pop() ?? '';
    for (const text of complete) {
      if (!text.startsWith('{')) continue; // npm's own banner lines
      const line = JSON.parse(text) as Record<string, unknown>;
      if (typeof line.pid === 'number' && !startedPids.includes(line.pid)) startedPids.push(line.pid);
      lines.push(line);
      waiters = waiters.filter((waiter) => (waiter.match(line) ? (waiter.resolve(line), false) : true));
    }
  };
  child.stdout?.on('data', onData);
  child.stderr?.on('data', onData);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  return {
    child,
    lines,
    exited,
    output: () => raw,
    line: (match) => {
      const seen = lines.find(match);
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        waiters.push({ match, resolve });
        void exited.then(() => reject(new Error(`exited before the expected line:\n${raw}`)));
      });
    },
  };
}

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

afterAll(() => {
  for (const pid of startedPids) if (isAlive(pid)) process.kill(pid, 'SIGKILL');
  for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true });
});

describe('npm start', () => {
  it('serves compiled code, and SIGTERM to the npm process shuts the service down gracefully', async () => {
    const started = run('npm', ['start', '--silent'], environment({ LOG_LEVEL: 'debug' }));
    const up = await started.line((line) => typeof line.msg === 'string' && line.msg.startsWith('Parley is up'));
    expect(up.level).toBe('info');
    expect(String(up.url)).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/); // dev mode listens on loopback
    const servicePid = up.pid as number;
    expect(servicePid).not.toBe(started.child.pid);
    expect((await fetch(`${String(up.url)}/api/v1/health`)).status).toBe(200);
    // The debug log names every request, but never a signed link's signature or a token in a query.
    await fetch(`${String(up.url)}/api/v1/attachments/logged?u=u_a&exp=1&sig=SIGNATURE-NOT-LOGGED`);
    await fetch(`${String(up.url)}/api/v1/ws?token=TOKEN-NOT-LOGGED&x=1`);
    const logged = await started.line((line) => line.msg === 'request' && String(line.url).includes('/attachments/logged'));
    expect(logged.url).toBe('/api/v1/attachments/logged?u=u_a&exp=1&sig=[redacted]');
    await started.line((line) => line.msg === 'request' && String(line.url).includes('/ws?'));
    // An upload the client gives up halfway is the client's doing: logged as such, not as an error with a stack.
    await abortedUpload({ prefix: `${String(up.url)}/api/v1` } as TestServer, 'quitter', 200_000);
    await started.line((line) => line.msg === 'the client went away before its request had arrived');

    started.child.kill('SIGTERM');
    const exit = await started.exited;
    expect(exit, started.output()).toEqual({ code: 0, signal: null });
    expect(started.lines.some((line) => line.msg === 'shutting down' && line.signal === 'SIGTERM')).toBe(true);
    expect(started.lines.some((line) => line.msg === 'stopped')).toBe(true);
    expect(isAlive(servicePid)).toBe(false);
    // One level format on every line, and nothing went wrong.
    for (const line of started.lines) expect(line.level, JSON.stringify(line)).toEqual(expect.stringMatching(/^[a-z]+$/));
    expect(started.lines.filter((line) => line.level === 'error' || line.level === 'fatal')).toEqual([]);
    expect(started.output()).not.toMatch(/SIGNATURE-NOT-LOGGED|TOKEN-NOT-LOGGED/);
  }, 120_000);
});

describe('a start that cannot succeed', () => {
  beforeAll(async () => {
    const build = run('npm', ['run', 'build:server', '--silent'], environment({}));
    expect((await build.exited).code, build.output()).toBe(0);
  }, 120_000);
  const startService = (env: Record<string, string>) => run(process.execPath, ['dist/main.js'], environment(env));

  const expectOneFatalLine = async (running: Running, variable: string, exitCode: number) => {
    const exit = await running.exited;
    expect(exit.code, running.output()).toBe(exitCode);
    const fatal = running.lines.filter((line) => line.level === 'fatal');
    expect(fatal, running.output()).toHaveLength(1);
    expect(fatal[0]?.variable).toBe(variable);
    expect(String(fatal[0]?.msg)).toContain(variable);
    expect(running.output()).not.toMatch(/\n\s+at /); // no stack
    return String(fatal[0]?.msg);
  };

  it('names PORT when the port is taken', async () => {
    const blocker: Server = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      const message = await expectOneFatalLine(startService({ PORT: String(port) }), 'PORT', 69);
      expect(message).toContain('already in use');
    } finally {
      blocker.close();
    }
  }, 120_000);

  it('names DATABASE_URL when PostgreSQL cannot be reached, without its password', async () => {
    const message = await expectOneFatalLine(
      startService({ DATABASE_URL: 'postgres://parley:secret-password@127.0.0.1:1/parley' }),
      'DATABASE_URL',
      69,
    );
    expect(message).toContain('ECONNREFUSED');
    expect(message).not.toContain('secret-password');
  }, 120_000);

  it('names the variable of a malformed value', async () => {
    await expectOneFatalLine(startService({ PORT: 'eighty' }), 'PORT', 78);
  }, 120_000);
});
