// A PostgreSQL server of the test's own (initdb in a temporary folder, a free port on
// loopback), for tests that kill and restart it. The machine's shared server is never touched.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort } from './network.js';
import { requireServices } from './services.js';

/** The newest installed PostgreSQL's binaries, or undefined when there are none. */
export function postgresBinaries(): string | undefined {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root)
    .filter((version) => existsSync(path.join(root, version, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] === undefined ? undefined : path.join(root, versions[0], 'bin');
}

/** True when the binaries are here; without them a suite skips, unless REQUIRE_SERVICES=1. */
export function privatePostgresAvailable(): boolean {
  if (postgresBinaries() !== undefined) return true;
  if (requireServices) throw new Error('REQUIRE_SERVICES=1 but no PostgreSQL binaries under /usr/lib/postgresql/*/bin');
  return false;
}

/** PostgreSQL refuses to run as root: as root, it runs as the `postgres` user. */
function serverUser(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
  return { uid: id('-u'), gid: id('-g') };
}

export class PrivatePostgres {
  private server: ChildProcess | undefined;
  private exited: Promise<void> = Promise.resolve();

  private constructor(
    private readonly bin: string,
    private readonly dataDir: string,
    readonly port: number,
    private readonly user: { uid: number; gid: number } | undefined,
  ) {}

  get url(): string {
    return `postgres://postgres@127.0.0.1:${this.port}/postgres`;
  }

  static async start(): Promise<PrivatePostgres> {
    const bin = postgresBinaries();
    if (bin === undefined) throw new Error('no PostgreSQL binaries under /usr/lib/postgresql/*/bin');
    const dataDir = mkdtempSync(path.join(tmpdir(), 'parley-pg-'));
    const user = serverUser();
    if (user) chownSync(dataDir, user.uid, user.gid);
    execFileSync(path.join(bin, 'initdb'), ['-D', dataDir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync'], {
      stdio: 'ignore',
      ...(user ?? {}),
    });
    const postgres = new PrivatePostgres(bin, dataDir, await freePort(), user);
    await postgres.run();
    return postgres;
  }

  /** Starts the postmaster and resolves once it accepts connections. */
  async run(): Promise<void> {
    const server = spawn(
      path.join(this.bin, 'postgres'),
      // fsync off: a killed process loses nothing the OS already holds, and commits stay fast.
      ['-D', this.dataDir, '-p', String(this.port), '-k', this.dataDir, '-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=off'],
      { stdio: ['ignore', 'ignore', 'pipe'], detached: true, ...(this.user ?? {}) },
    );
    this.server = server;
    this.exited = new Promise((resolve) => server.once('exit', () => resolve()));
    await new Promise<void>((resolve, reject) => {
      let log = '';
      const onData = (chunk: Buffer) => {
        log += chunk.toString();
        if (log.includes('ready to accept connections')) {
          server.stderr?.off('data', onData);
          server.stderr?.resume();
          resolve();
        }
      };
      server.stderr?.on('data', onData);
      server.once('exit', (code) => reject(new Error(`postgres exited with ${code} before it was ready:\n${log}`)));
    });
  }

  /**
   * kill -9 of the postmaster, as a crash would. Its backends notice and exit by themselves;
   * the promise resolves once none is left, so that the server can start again.
   */
  async kill(): Promise<void> {
    const server = this.server;
    if (server?.pid === undefined) return;
    server.kill('SIGKILL');
    await this.exited;
    await waitUntilGone(server.pid);
  }

  /** SIGSTOP to the postmaster and every backend: a server that holds its connections and answers nothing. */
  freeze(): void {
    for (const pid of this.processes()) process.kill(pid, 'SIGSTOP');
  }

  thaw(): void {
    for (const pid of this.processes()) process.kill(pid, 'SIGCONT');
  }

  /** The postmaster and its children (each backend is a session of its own: its group is not the postmaster's). */
  private processes(): number[] {
    const postmaster = this.server?.pid;
    if (postmaster === undefined) return [];
    const children = readdirSync('/proc')
      .filter((entry) => /^\d+$/.test(entry))
      .filter((pid) => {
        try {
          return /^PPid:\s+(\d+)$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] === String(postmaster);
        } catch {
          return false; // gone meanwhile
        }
      });
    return [postmaster, ...children.map(Number)];
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (server?.pid !== undefined && server.exitCode === null && server.signalCode === null) {
      server.kill('SIGINT'); // fast shutdown
      await this.exited;
      await waitUntilGone(server.pid);
    }
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}

/** Resolves when no process of the group is left; after 5 s the stragglers are killed. */
async function waitUntilGone(groupId: number): Promise<void> {
  const alive = () => {
    try {
      process.kill(-groupId, 0);
      return true;
    } catch {
      return false;
    }
  };
  const deadline = Date.now() + 5_000;
  while (alive()) {
    if (Date.now() > deadline) process.kill(-groupId, 'SIGKILL');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
