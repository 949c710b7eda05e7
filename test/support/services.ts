// Real services for the tiers that need them. A suite asks for PostgreSQL or Redis; without the
// URL in the environment it is skipped, unless REQUIRE_SERVICES=1 makes that a failure.
import { randomBytes } from 'node:crypto';
import pg from 'pg';

export const requireServices = process.env.REQUIRE_SERVICES === '1';
export const postgresUrl = process.env.TEST_POSTGRES_URL;
export const redisUrl = process.env.TEST_REDIS_URL;
export const natsUrl = process.env.TEST_NATS_URL;

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
  return postgresUrl ? ['sqlite', 'postgres'] : ['sqlite'];
}
