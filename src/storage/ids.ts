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

/** The lowest UUIDv7 of a moment: every id below it was made earlier (ids are compared as text). */
export function firstIdAt(ms: number): string {
  const hex = Math.max(0, Math.floor(ms)).toString(16).padStart(12, '0');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-0000-0000-000000000000`;
}

/** The one time format Parley stores and serves: ISO-8601 UTC with milliseconds. */
export const nowIso = (): string => new Date().toISOString();
