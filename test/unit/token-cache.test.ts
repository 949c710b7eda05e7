import { describe, expect, it } from 'vitest';
import { VerifiedTokenCache } from '../../src/auth/token-cache.js';

describe('verified token cache', () => {
  it('remembers a token until it expires, then forgets it', () => {
    let now = 1_000;
    const cache = new VerifiedTokenCache<{ userId: string; expiresAt?: number }>(10, () => now);
    cache.set('t1', { userId: 'u1', expiresAt: 1_060 });
    expect(cache.get('t1')?.userId).toBe('u1');
    now = 1_060;
    expect(cache.get('t1')).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it('never keeps a token without an expiry', () => {
    const cache = new VerifiedTokenCache<{ expiresAt?: number }>(10, () => 0);
    cache.set('t', {});
    expect(cache.get('t')).toBeUndefined();
  });

  it('stays within its bound, dropping the least recently used token', () => {
    const cache = new VerifiedTokenCache<{ expiresAt: number }>(2, () => 0);
    cache.set('a', { expiresAt: 10 });
    cache.set('b', { expiresAt: 10 });
    cache.get('a');
    cache.set('c', { expiresAt: 10 });
    expect(cache.size).toBe(2);
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBeDefined();
    expect(cache.get('c')).toBeDefined();
  });
});
