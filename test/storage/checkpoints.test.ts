// SQLite's WAL under writes that never pause. SQLite starts the WAL over only once a checkpoint
// has copied all of it; a checkpoint that runs beside a busy writer never does, and the file
// grew by everything written (tens of MB a second at full speed). Parley's checkpointer finishes each copy
// under the write lock (sqlite-checkpointer.ts).
import { randomBytes } from 'node:crypto';
import { closeSync, openSync, readSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/storage/database.js';
import { SqliteCheckpointer } from '../../src/storage/sqlite-checkpointer.js';
import { ThreadWriteLock } from '../../src/storage/write-lock.js';
import { openTestDatabase } from '../support/services.js';

describe('the WAL of SQLite under continuous writes', () => {
  let database: Database;
  let file: string;
  let dispose: () => Promise<void>;

  beforeAll(async () => {
    const opened = await openTestDatabase('sqlite');
    database = opened.database;
    dispose = opened.dispose;
    if (opened.config.kind !== 'sqlite') throw new Error('a SQLite database was asked for');
    file = opened.config.file;
    await sql`create table filler (id integer primary key, body blob not null)`.execute(database.db);
  });
  afterAll(() => dispose());

  it('starts over again and again while writes never pause, instead of growing by all that is written', async () => {
    const body = randomBytes(512);
    const restarts = () => walCheckpointSequence(`${file}-wal`);
    const first = restarts();
    // Writes with no pause longer than a turn of the event loop, as under full load, each
    // transaction committing on its own, until the WAL has started over three times.
    const deadline = Date.now() + 15_000;
    while (restarts() < first + 3 && Date.now() < deadline) {
      await database.db.transaction().execute(async (trx) => {
        await sql`insert into filler (body) values (${body})`.execute(trx);
      });
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(restarts()).toBeGreaterThanOrEqual(first + 3);
  });

  it('tells its owner when its thread cannot run, so that checkpoints are not silently lost', async () => {
    const failed = new Promise<Error>((resolve) => new SqliteCheckpointer(path.join(tmpdir(), 'parley-missing', 'no', 'parley.db'), ThreadWriteLock.create(), resolve));
    expect((await failed).message).toMatch(/directory does not exist|unable to open/i);
  });
});

/** The WAL header's checkpoint sequence number, which SQLite increments each time the WAL starts over. */
function walCheckpointSequence(walFile: string): number {
  const header = Buffer.alloc(16);
  const fd = openSync(walFile, 'r');
  try {
    readSync(fd, header, 0, 16, 0);
  } finally {
    closeSync(fd);
  }
  return header.readUInt32BE(12);
}
