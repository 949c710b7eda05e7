// Opaque pagination cursors. A client gets them from a page and hands them back unchanged;
// anything else is answered 400, never a 500 and never a silently wrong page.
import { invalid } from '../errors.js';

const MAX_CURSOR_LENGTH = 1024;

export function encodeCursor(position: Record<string, string | number>): string {
  return Buffer.from(JSON.stringify(position), 'utf8').toString('base64url');
}

/**
 * What a cursor's field holds: a time as Parley writes times, an id or other short text, or a
 * position (a non-negative integer). A field of the right JSON type but no such value (a cursor
 * put together by hand) is malformed too: it would give a wrong page, not an error.
 */
export type CursorField = 'time' | 'text' | 'position';
type FieldValue<F extends CursorField> = F extends 'position' ? number : string;

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
// Bounded by the cursor's own length (MAX_CURSOR_LENGTH): an analytics subject holds a whole context key.
const CURSOR_TEXT = /^[^\u0000-\u001F\u007F]+$/;

function holds(field: CursorField, value: unknown): boolean {
  if (field === 'position') return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
  if (typeof value !== 'string') return false;
  return field === 'time' ? ISO_TIME.test(value) && !Number.isNaN(Date.parse(value)) : CURSOR_TEXT.test(value);
}

/** Decodes a cursor made by encodeCursor and checks that each expected field holds its kind of value. */
export function decodeCursor<T extends Record<string, CursorField>>(cursor: string, shape: T): { [K in keyof T]: FieldValue<T[K]> } {
  const fail = () => invalid('cursor is malformed', { field: 'cursor' });
  if (cursor.length > MAX_CURSOR_LENGTH || !/^[A-Za-z0-9_-]+$/.test(cursor)) throw fail();
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw fail();
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw fail();
  const record = parsed as Record<string, unknown>;
  for (const [key, field] of Object.entries(shape)) {
    if (!holds(field, record[key])) throw fail();
  }
  return record as { [K in keyof T]: FieldValue<T[K]> };
}

/** Event cursors are log positions written as decimal strings, so clients may compare them. */
export function parseEventCursor(cursor: string): number {
  const position = Number(cursor);
  if (!/^\d{1,16}$/.test(cursor) || !Number.isSafeInteger(position)) throw invalid('cursor is malformed', { field: 'since' });
  return position;
}

/**
 * A page of a timeline continues from a seq in one direction: `a<seq>` oldest first (after it),
 * `b<seq>` newest first (before it). The direction travels in the cursor, so a client that hands
 * back only `cursor` keeps its order. A bare seq (cursors of earlier versions) follows the query.
 */
export const TIMELINE_CURSOR_PATTERN = '^[ab]?\\d{1,10}$';

export function timelineCursor(direction: 'after' | 'before', seq: number): string {
  return `${direction === 'after' ? 'a' : 'b'}${seq}`;
}

/** The highest seq a conversation can reach (the column is a 32-bit integer on PostgreSQL). */
export const MAX_SEQ = 2_147_483_647;

export function readTimelineCursor(cursor: string): { direction: 'after' | 'before' | undefined; seq: number } {
  const match = /^([ab]?)(\d{1,10})$/.exec(cursor);
  // Ten digits may pass any seq there can be: such a cursor was never given out (a /sync cursor, say).
  if (match === null || Number(match[2]) > MAX_SEQ) throw invalid('cursor is malformed', { field: 'cursor' });
  const direction = match[1] === 'a' ? 'after' : match[1] === 'b' ? 'before' : undefined;
  return { direction, seq: Number(match[2]) };
}
