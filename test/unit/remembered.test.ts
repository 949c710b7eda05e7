import { describe, expect, it } from 'vitest';
import { Remembered } from '../../src/remembered.js';

describe('remembered (a bounded cache in two generations)', () => {
  it('holds at most its capacity, dropping what was not used for a generation', () => {
    const cache = new Remembered<number>(4);
    for (let i = 0; i < 100; i++) cache.set(`k${i}`, i);
    expect(cache.size).toBeLessThanOrEqual(4);
    expect(cache.get('k0')).toBeUndefined();
    expect(cache.get('k99')).toBe(99);
  });

  it('keeps an entry that is read while newer ones arrive', () => {
    const cache = new Remembered<number>(4);
    cache.set('kept', 1);
    for (let i = 0; i < 50; i++) {
      cache.set(`k${i}`, i);
      expect(cache.get('kept')).toBe(1);
    }
  });

  it('lists each key once with its latest value, and forgets a deleted key in both generations', () => {
    const cache = new Remembered<string>(4);
    cache.set('a', 'first');
    cache.set('b', 'b');
    // 'a' is now in the older generation; setting it again leaves a stale copy there.
    cache.set('a', 'second');
    expect([...cache.entries()].sort()).toEqual([
      ['a', 'second'],
      ['b', 'b'],
    ]);
    expect([...cache.values()].sort()).toEqual(['b', 'second']);
    expect(cache.size).toBe(2);
    cache.delete('a');
    expect(cache.get('a')).toBeUndefined();
    expect(cache.size).toBe(1);
    cache.clear();
    expect(cache.get('b')).toBeUndefined();
  });
});
