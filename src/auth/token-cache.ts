// Verified bearer tokens, remembered until they expire. Verifying a JWT (a WebCrypto key import
// and a signature check) costs more than the rest of a small request; a client sends the same
// token with every call, so each token is verified once for its lifetime. Bounded: the least
// recently used entry goes first. A token is immutable, so its verified identity cannot change.

export interface Expiring {
  /** Seconds since the epoch. */
  expiresAt?: number;
}

export class VerifiedTokenCache<T extends Expiring> {
  // A Map keeps insertion order: re-inserting on a hit makes the first key the least recent.
  private readonly entries = new Map<string, T>();

  constructor(
    private readonly maxEntries: number,
    private readonly now: () => number = () => Date.now() / 1000,
  ) {}

  get(token: string): T | undefined {
    const entry = this.entries.get(token);
    if (entry === undefined) return undefined;
    this.entries.delete(token);
    // Expired: forget it, and let verification say so.
    if (entry.expiresAt === undefined || entry.expiresAt <= this.now()) return undefined;
    this.entries.set(token, entry);
    return entry;
  }

  set(token: string, value: T): void {
    if (this.maxEntries === 0 || value.expiresAt === undefined) return;
    this.entries.delete(token);
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
    this.entries.set(token, value);
  }

  /** Forgets every token whose verified value matches (an erased user's). */
  forgetWhere(matches: (value: T) => boolean): void {
    for (const [token, value] of this.entries) if (matches(value)) this.entries.delete(token);
  }

  get size(): number {
    return this.entries.size;
  }
}
