// Metadata the platform or a user attaches (conversations, contexts): bounded before it is
// stored. Its shape is checked without recursion first: a deep enough value overflows the stack
// of JSON.stringify, and a number too large for a double (1e400) would be stored as null.
import type { Limits } from '../config.js';
import { invalid } from '../errors.js';

/** Deeper metadata is refused before it is serialised: a deep enough value overflows the stack. */
export const MAX_METADATA_DEPTH = 32;

/** NUL, which PostgreSQL's text refuses, and half an emoji (a lone surrogate), which no database stores as sent. */
const UNSTORABLE_TEXT = /\u0000|\p{Cs}/u;

/**
 * What keeps a parsed JSON value from being stored as it was sent: nesting deeper than `max`
 * objects or arrays, a number that parsed to Infinity, or a key or string holding NUL or half
 * an emoji (refused in every other text field too). Walks without recursion.
 */
export function unstorableIn(value: unknown, max: number): 'too deep' | 'not finite' | 'not text' | undefined {
  const stack: Array<{ value: unknown; depth: number }> = [{ value, depth: 0 }];
  while (stack.length > 0) {
    const { value: current, depth } = stack.pop() as { value: unknown; depth: number };
    if (typeof current === 'number' && !Number.isFinite(current)) return 'not finite';
    if (typeof current === 'string' && UNSTORABLE_TEXT.test(current)) return 'not text';
    if (current === null || typeof current !== 'object') continue;
    if (depth + 1 > max) return 'too deep';
    for (const [key, child] of Object.entries(current)) {
      if (UNSTORABLE_TEXT.test(key)) return 'not text';
      stack.push({ value: child, depth: depth + 1 });
    }
  }
  return undefined;
}

/** The metadata as stored JSON, within the depth and size limits (VALIDATION_FAILED otherwise). */
export function storedMetadata(metadata: Record<string, unknown>, limits: Pick<Limits, 'metadataBytes'>): string {
  const unstorable = unstorableIn(metadata, MAX_METADATA_DEPTH);
  if (unstorable === 'too deep') throw invalid(`metadata must nest at most ${MAX_METADATA_DEPTH} levels deep`, { field: 'metadata' });
  if (unstorable === 'not finite') {
    throw invalid('metadata numbers must fit a double (at most about 1.8e308)', { field: 'metadata' });
  }
  if (unstorable === 'not text') throw invalid('metadata keys and strings must not hold NUL or half an emoji', { field: 'metadata' });
  const json = JSON.stringify(metadata);
  if (Buffer.byteLength(json, 'utf8') > limits.metadataBytes) {
    throw invalid(`metadata must be at most ${limits.metadataBytes} bytes of JSON`, { field: 'metadata' });
  }
  return json;
}
