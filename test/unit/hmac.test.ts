import { createHmac, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { Hmac256 } from '../../src/crypto/hmac.js';

describe('Hmac256', () => {
  it("is HMAC-SHA256's result, bit for bit, for keys of every length and any text", () => {
    for (const key of [Buffer.alloc(0), randomBytes(16), randomBytes(32), randomBytes(64), randomBytes(65), randomBytes(200)]) {
      const mac = new Hmac256(key);
      for (const message of ['', 'a', 'é🙂\u0000', 'x'.repeat(1000)]) {
        expect(mac.of(message, 'hex')).toBe(createHmac('sha256', key).update(message, 'utf8').digest('hex'));
        expect(mac.of(message, 'base64url')).toBe(createHmac('sha256', key).update(message, 'utf8').digest('base64url'));
      }
    }
  });
});
