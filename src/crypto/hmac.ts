// HMAC-SHA256 (RFC 2104) computed with two one-shot hashes, the padded keys made once per key.
// A send and each indexed message compute some; `createHmac` makes an object of the runtime's for
// each one, and such objects, one per value, cost a loaded process more in garbage collection
// than the hashing itself. The result is HMAC-SHA256's, bit for bit (test/unit/hmac.test.ts).
import { hash } from 'node:crypto';

/** SHA-256's block: a key is padded (or, longer, hashed) to it. */
const BLOCK_BYTES = 64;

export class Hmac256 {
  private readonly inner: Buffer;
  private readonly outer: Buffer;

  constructor(key: Buffer) {
    const block = key.length > BLOCK_BYTES ? hash('sha256', key, 'buffer') : key;
    this.inner = Buffer.alloc(BLOCK_BYTES, 0x36);
    this.outer = Buffer.alloc(BLOCK_BYTES, 0x5c);
    for (let i = 0; i < block.length; i++) {
      this.inner[i] = (this.inner[i] as number) ^ (block[i] as number);
      this.outer[i] = (this.outer[i] as number) ^ (block[i] as number);
    }
  }

  /** The MAC of `message` (UTF-8), encoded. */
  of(message: string, encoding: 'hex' | 'base64url'): string {
    const innerHash = hash('sha256', Buffer.concat([this.inner, Buffer.from(message, 'utf8')]), 'buffer');
    return hash('sha256', Buffer.concat([this.outer, innerHash]), encoding);
  }
}
