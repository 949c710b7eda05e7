// Metadata the platform or a user attaches (conversations, contexts): bounded before it is
// stored. Depth is checked without recursion first: a deep enough value overflows the stack
// of JSON.stringify.
import type { Limits } from '../config.js';
import { invalid } from '../errors.js';

/** Deeper metadata is refused before it is serialised: a deep enough value overflows the stack. */
export const MAX_METADATA_DEPTH = 32;

/** Whether a JSON value nests deeper than `max` objects or arrays; walks without recursion. */
export function nestsDeeperThan(value: unknown, max: number): boolean {
  const stack: Array<{ value: unknown; depth: number }> = [{ value, depth: 0 }];
  while (stack.length > 0) {
    const { value: current, depth } = stack.pop() as { value: unknown; depth: number };
    if (current === null || typeof current !== 'object') continue;
    if (depth + 1 > max) return true;
    for (const child of Object.values(current)) stack.push({ value: child, depth: depth + 1 });
  }
  return false;
}

/** The metadata as stored JSON, within the depth and size limits (VALIDATION_FAILED otherwise). */
export function storedMetadata(metadata: Record<string, unknown>, limits: Pick<Limits, 'metadataBytes'>): string {
  if (nestsDeeperThan(metadata, MAX_METADATA_DEPTH)) {
    throw invalid(`metadata must nest at most ${MAX_METADATA_DEPTH} levels deep`, { field: 'metadata' });
  }
  const json = JSON.stringify(metadata);
  if (Buffer.byteLength(json, 'utf8') > limits.metadataBytes) {
    throw invalid(`metadata must be at most ${limits.metadataBytes} bytes of JSON`, { field: 'metadata' });
  }
  return json;
}
