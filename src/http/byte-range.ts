// HTTP Range requests (RFC 9110 §14) for downloads: one range is served as 206, and one that
// starts past the end is 416 (a download resumed after it was complete). Several ranges are
// ignored and the whole file is sent, as the RFC allows; so is a range under If-Range, which
// must be ignored unless its validator matches, and Parley gives out no validators.
import type { ByteRange } from '../attachments/blob-store.js';

export function parseByteRange(header: string | undefined, size: number, ifRange?: string): ByteRange | 'unsatisfiable' | undefined {
  if (header === undefined || ifRange !== undefined) return undefined;
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match) return undefined;
  const [, from = '', to = ''] = match;
  if (from === '' && to === '') return undefined;
  if (from === '') {
    // A suffix: the last N bytes.
    const length = Number(to);
    if (length === 0 || size === 0) return 'unsatisfiable';
    return { start: Math.max(0, size - length), end: size - 1 };
  }
  const start = Number(from);
  // "bytes=5-2" is no range at all: ignored.
  if (to !== '' && Number(to) < start) return undefined;
  if (start >= size) return 'unsatisfiable';
  return { start, end: to === '' ? size - 1 : Math.min(Number(to), size - 1) };
}
