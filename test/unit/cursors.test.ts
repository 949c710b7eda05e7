import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor, parseEventCursor } from '../../src/domain/cursors.js';
import { AppError } from '../../src/errors.js';

describe('cursors', () => {
  it('round-trips a list position', () => {
    const cursor = encodeCursor({ activityAt: '2026-01-01T00:00:00.000Z', id: 'abc' });
    expect(decodeCursor(cursor, { activityAt: 'time', id: 'text' })).toEqual({ activityAt: '2026-01-01T00:00:00.000Z', id: 'abc' });
  });

  it('refuses anything it did not make with VALIDATION_FAILED', () => {
    const shape = { activityAt: 'time', id: 'text' } as const;
    for (const bad of ['', '!!!', 'a'.repeat(2000), encodeCursor({ activityAt: 1, id: 'x' }), Buffer.from('[1,2]').toString('base64url'), Buffer.from('nope').toString('base64url')]) {
      expect(() => decodeCursor(bad, shape)).toThrow(AppError);
    }
    // The right JSON types, but values no page of Parley's ever held: a wrong page, so refused too.
    for (const position of [
      { activityAt: 'garbage', id: 'x' },
      { activityAt: "'", id: 'x' },
      { activityAt: '2026-13-45T99:99:99.000Z', id: 'x' },
      { activityAt: '2026-01-01T00:00:00.000Z', id: '' },
      { activityAt: '2026-01-01T00:00:00.000Z', id: 'nul\u0000' },
    ]) {
      expect(() => decodeCursor(encodeCursor(position), shape), JSON.stringify(position)).toThrow(AppError);
    }
    // A subject as long as a context key may be (type and a 500-character id) is one Parley hands out.
    const subject = JSON.stringify(['listing', 'x'.repeat(500)]);
    expect(decodeCursor(encodeCursor({ subject }), { subject: 'text' })).toEqual({ subject });
    for (const offset of [-1, 1.5, 2 ** 60]) expect(() => decodeCursor(encodeCursor({ offset }), { offset: 'position' })).toThrow(AppError);
  });

  it('parses event cursors as non-negative integers only', () => {
    expect(parseEventCursor('0')).toBe(0);
    expect(parseEventCursor('12345')).toBe(12345);
    for (const bad of ['-1', '1.5', 'abc', '', '9'.repeat(16)]) expect(() => parseEventCursor(bad)).toThrow(AppError);
  });
});
