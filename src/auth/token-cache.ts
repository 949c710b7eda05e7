// Verified bearer tokens, remembered until they expire. Verifying a JWT (a WebCrypto key import
// and a signature check) costs more than the rest of a small request; a client sends the same
// token with every call, so each token is verified once for its lifetime. Bounded: tokens not
// used lately go first (remembered.ts). A token is immutable, so its verified identity cannot change.
import { Remembered } from '../remembered.js';

export interface Expiring {
  /** Seconds since the epoch. */
  expiresAt?: number;
}

export class VerifiedTokenCache<T extends Expiring> {
  private readonly entries: Remembered<T>;

  constructor(
    private readonly maxEntries: number,
    private readonly now: () => number = () => Date.now() / 1000,
  ) {
    this.entries = new Remembered(maxEntries);
  }

  get(token: string): T | undefined {
    const entry = this.entries.get(token);
    if (entry === undefined) return undefined;
    // Expired: forget it, and let verification say so.
    if (entry.expiresAt === undefined || entry.expiresAt <= this.now()) {
      this.entries.delete(token);
      return undefined;
    }
    return entry;
  }

  set(token: string, value: T): void {
    if (this.maxEntries === 0 || value.expiresAt === undefined) return;
    this.entries.set(token, value);
  }

  /** Forgets every token whose verified value matches (an erased user's). */
  forgetWhere(matches: (value: T) => boolean): void {
    for (const [token, value] of this.entries.entries()) if (matches(value)) this.entries.delete(token);
  }

  get size(): number {
    return this.entries.size;
  }
}
