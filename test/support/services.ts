// Real services for the tiers that need them. A suite asks for PostgreSQL or Redis; without the
// URL in the environment it is skipped, unless REQUIRE_SERVICES=1 makes that a failure.
import { randomBytes } from 'node:crypto';
import { accessSync, constants, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { type Database, openDatabase } from '../../src/storage/database.js';
import { migrateDatabase } from '../../src/storage/migrations/index.js';

export const requireServices = process.env.REQUIRE_SERVICES === '1';
export const postgresUrl = process.env.TEST_POSTGRES_URL;
export const redisUrl = process.env.TEST_REDIS_URL;
export const natsUrl = process.env.TEST_NATS_URL;

/**
 * A server binary for the tests that start and stop a service of their own (a broker that is
 * down at start, say): looked up on PATH, then where Debian and the upstream installers put it.
 */
export function findServerBinary(name: string): string | undefined {
  const onPath = (process.env.PATH ?? '').split(path.delimiter).filter((dir) => dir.length > 0);
  for (const dir of [...onPath, '/usr/sbin', '/usr/local/sbin', '/usr/bin', '/usr/local/bin', '/opt/homebrew/bin']) {
    const candidate = path.join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

export function assertServicesPresent(): void {
  if (!requireServices) return;
  if (!postgresUrl) throw new Error('REQUIRE_SERVICES=1 but TEST_POSTGRES_URL is not set');
  if (!redisUrl) throw new Error('REQUIRE_SERVICES=1 but TEST_REDIS_URL is not set');
  if (!natsUrl) throw new Error('REQUIRE_SERVICES=1 but TEST_NATS_URL is not set');
}

/** True when PostgreSQL and Redis are both there for the multi-instance suites. */
export function clusterAvailable(): boolean {
  assertServicesPresent();
  return postgresUrl !== undefined && redisUrl !== undefined;
}

/** Creates an empty database on the test server and returns its URL and a way to drop it. */
export async function freshPostgresDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  if (!postgresUrl) throw new Error('TEST_POSTGRES_URL is not set');
  const name = `parley_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: postgresUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(postgresUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: postgresUrl });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    },
  };
}

export type DatabaseKind = 'sqlite' | 'postgres';

/** The databases every storage-touching suite runs on: SQLite always, PostgreSQL when present. */
export function databaseKinds(): DatabaseKind[] {
  assertServicesPresent();
  const kinds: DatabaseKind[] = postgresUrl ? ['sqlite', 'postgres'] : ['sqlite'];
  // TEST_DATABASES=postgres: CI's service pass, whose suites ran on SQLite in the pass before it.
  const only = process.env.TEST_DATABASES?.split(',').map((kind) => kind.trim());
  return only === undefined ? kinds : kinds.filter((kind) => only.includes(kind));
}

/** A migrated database of the given kind, for storage-level tests, and how to dispose of it. */
export async function openTestDatabase(
  kind: DatabaseKind,
): Promise<{ database: Database; config: Parameters<typeof openDatabase>[0]; dispose: () => Promise<void> }> {
  let config: Parameters<typeof openDatabase>[0];
  let cleanup: () => Promise<void>;
  if (kind === 'postgres') {
    const pg = await freshPostgresDatabase();
    config = { kind: 'postgres', url: pg.url, poolSize: 5, lockTimeoutMs: 5000, statementTimeoutMs: 30_000 };
    cleanup = pg.drop;
  } else {
    const dir = mkdtempSync(path.join(tmpdir(), 'parley-storage-'));
    config = { kind: 'sqlite', file: path.join(dir, 'parley.db'), busyTimeoutMs: 5000 };
    cleanup = async () => rmSync(dir, { recursive: true, force: true });
  }
  const database = openDatabase(config);
  await migrateDatabase(config, database);
  return {
    database,
    config,
    async dispose() {
      await database.close();
      await cleanup();
    },
  };
}
