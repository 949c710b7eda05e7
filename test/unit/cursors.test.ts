import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor, parseEventCursor } from '../../src/domain/cursors.js';
import { AppError } from '../../src/errors.js';

describe('cursors', () => {
  it('round-trips a list position', () => {
    const cursor = encodeCursor({ activityAt: '2026-01-01T00:00:00.000Z', id: 'abc' });
    expect(decodeCursor(cursor, { activityAt: 'string', id: 'string' })).toEqual({ activityAt: '2026-01-01T00:00:00.000Z', id: 'abc' });
  });

  it('refuses anything it did not make with VALIDATION_FAILED', () => {
    const shape = { activityAt: 'string', id: 'string' } as const;
    for (const bad of ['', '!!!', 'a'.repeat(2000), encodeCursor({ activityAt: 1, id: 'x' }), Buffer.from('[1,2]').toString('base64url'), Buffer.from('nope').toString('base64url')]) {
      expect(() => decodeCursor(bad, shape)).toThrow(AppError);
    }
  });

  it('parses event cursors as non-negative integers only', () => {
    expect(parseEventCursor('0')).toBe(0);
    expect(parseEventCursor('12345')).toBe(12345);
    for (const bad of ['-1', '1.5', 'abc', '', '9'.repeat(16)]) expect(() => parseEventCursor(bad)).toThrow(AppError);
  });
});
