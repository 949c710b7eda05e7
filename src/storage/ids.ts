import { randomFillSync } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';

// Random bytes are drawn in blocks: one system call per 256 ids instead of one per id.
const POOL_SIZE = 16 * 256;
const pool = Buffer.alloc(POOL_SIZE);
let offset = POOL_SIZE;

function randomBytes16(): Uint8Array {
  if (offset + 16 > POOL_SIZE) {
    randomFillSync(pool);
    offset = 0;
  }
  const bytes = pool.subarray(offset, offset + 16);
  offset += 16;
  return bytes;
}

/** Server-made ids are UUIDv7: opaque, unique, and sorted by creation time. */
export const newId = (): string => uuidv7({ random: randomBytes16() });

/** The one time format Parley stores and serves: ISO-8601 UTC with milliseconds. */
export const nowIso = (): string => new Date().toISOString();
