import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';
import { ValueCipher } from '../../src/crypto/value-cipher.js';
import { AppError } from '../../src/errors.js';

const key = (bytes = 32) => randomBytes(bytes).toString('base64');

describe('ENCRYPTION_KEYS', () => {
  const load = (value: string) => loadConfig({ NODE_ENV: 'test', ENCRYPTION_KEYS: value });
  const refusal = (value: string) => {
    try {
      load(value);
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).variable).toBe('ENCRYPTION_KEYS');
      return (error as Error).message;
    }
    throw new Error('accepted');
  };

  it('reads keyId:base64Key pairs, the first one sealing', () => {
    const config = load(`new:${key()}, old:${key()}`);
    expect(config.encryption.keys.map((k) => k.id)).toEqual(['new', 'old']);
    expect(loadConfig({ NODE_ENV: 'test' }).encryption.keys).toEqual([]);
  });

  it('refuses malformed lists, naming the variable and never quoting a key', () => {
    const short = key(16);
    expect(refusal(`k1:${short}`)).toMatch(/16 bytes/);
    expect(refusal(`k1:${short}`)).not.toContain(short);
    expect(refusal(`k1:${key()},k1:${key()}`)).toMatch(/twice/);
    expect(refusal('k1')).toMatch(/keyId:base64Key/);
    expect(refusal(`bad id:${key()}`)).toMatch(/key id/);
    expect(refusal('k1:not*base64')).toMatch(/base64/);
    expect(refusal(`k1:${key()},,k2:${key()}`)).toMatch(/entry 2 is empty/);
    expect(refusal(`k1:${key()},`)).toMatch(/entry 2 is empty/);
  });
});

describe('ValueCipher', () => {
  const k1 = { id: 'k1', key: randomBytes(32) };
  const k2 = { id: 'k2', key: randomBytes(32) };

  it('seals with a fresh nonce, opens with any configured key, and passes plaintext and empty values through', () => {
    const cipher = new ValueCipher([k1]);
    const a = cipher.seal('messages.content', 'm1', 'hello');
    expect(a).not.toContain('hello');
    expect(cipher.seal('messages.content', 'm1', 'hello')).not.toBe(a);
    expect(new ValueCipher([k2, k1]).open('messages.content', 'm1', a)).toBe('hello');
    expect(cipher.open('messages.content', 'm1', 'written before encryption')).toBe('written before encryption');
    expect(cipher.seal('messages.content', 'm1', '')).toBe('');
    expect(ValueCipher.keyIdOf(a)).toBe('k1');
    expect(new ValueCipher([k2, k1]).isCurrent(a)).toBe(false);
  });

  it('refuses a value moved to another row or column, altered, or under a key that is not configured', () => {
    const cipher = new ValueCipher([k1]);
    const sealed = cipher.seal('messages.content', 'm1', 'hello');
    expect(() => cipher.open('messages.content', 'm2', sealed)).toThrow(AppError);
    expect(() => cipher.open('messages.original_content', 'm1', sealed)).toThrow(AppError);
    const altered = sealed.slice(0, -4) + (sealed.endsWith('AAAA') ? 'BBBB' : 'AAAA');
    expect(() => cipher.open('messages.content', 'm1', altered)).toThrow(AppError);
    try {
      new ValueCipher([k2]).open('messages.content', 'm1', sealed);
      throw new Error('opened');
    } catch (error) {
      expect((error as AppError).code).toBe('ENCRYPTION_KEY_MISSING');
    }
  });
});
