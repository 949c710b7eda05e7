// HTTP Range requests (RFC 9110 §14) for downloads: one range is served as 206; several ranges
// or one that cannot be satisfied are ignored and the whole file is sent, as the RFC allows.
import type { ByteRange } from '../attachments/blob-store.js';

export function parseByteRange(header: string | undefined, size: number): ByteRange | undefined {
  if (header === undefined || size === 0) return undefined;
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match) return undefined;
  const [, from = '', to = ''] = match;
  if (from === '' && to === '') return undefined;
  if (from === '') {
    // A suffix: the last N bytes.
    const length = Number(to);
    if (length === 0) return undefined;
    return { start: Math.max(0, size - length), end: size - 1 };
  }
  const start = Number(from);
  const end = to === '' ? size - 1 : Math.min(Number(to), size - 1);
  if (start >= size || end < start) return undefined;
  return { start, end };
}
