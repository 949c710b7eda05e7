// Everything a test server's database holds, as text: to prove that some text is, or is not, stored.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import type { TestServer } from './harness.js';
import { waitUntil } from './wait.js';

/**
 * SQLite: the database file and its WAL, after a checkpoint (what is on disk, the search index
 * included, not what a query shows). PostgreSQL: every row of every table, as JSON.
 */
export async function storedText(server: TestServer): Promise<string> {
  const { db, dialect } = server.parley.ctx.database;
  if (dialect.name === 'sqlite') {
    // A checkpoint the checkpointer's thread is running makes this one answer busy, its copy
    // unfinished (and an erased text's old page still in the database file): it is tried again.
    await waitUntil(
      async () => (await sql<{ busy: number }>`pragma wal_checkpoint(TRUNCATE)`.execute(db)).rows[0]?.busy === 0,
      'a complete checkpoint of the WAL',
    );
    const file = path.join(server.env.DATA_DIR as string, 'parley.db');
    return [file, `${file}-wal`].filter(existsSync).map((f) => readFileSync(f).toString('latin1')).join('\n');
  }
  const tables = (await db.introspection.getTables()).map((t) => t.name);
  const union = tables.map((table) => `select to_jsonb(x)::text as r from "${table}" x`).join(' union all ');
  const { rows } = await sql<{ r: string }>`${sql.raw(union)}`.execute(db);
  return rows.map((row) => row.r).join('\n');
}

/**
 * What is stored once `gone` has left it. SQLite: the database file and its WAL as Parley leaves
 * them, read without a checkpoint of the test's own: after an erasure Parley must itself empty
 * the WAL of the pages' earlier versions, which stay there until new writes overwrite them.
 * The wait fails the test if that does not happen in time. PostgreSQL: as storedText.
 */
export async function storedTextOnceGone(server: TestServer, gone: string): Promise<string> {
  if (server.parley.ctx.database.dialect.name !== 'sqlite') return storedText(server);
  const file = path.join(server.env.DATA_DIR as string, 'parley.db');
  const read = () => [file, `${file}-wal`].filter(existsSync).map((f) => readFileSync(f).toString('latin1')).join('\n');
  await waitUntil(() => !read().includes(gone), `"${gone}" gone from the database file and its WAL`);
  return read();
}
