// A bounded memory of recent results, for the crypto module's caches (blind-index hashes, values
// sealed lately).

/**
 * A cache of at most `size` entries in two generations: when the newer one is full, the older
 * is dropped whole and a hit in it moves to the newer. Evicting one oldest entry at a time from
 * a Map (`keys().next()`) costs more with every entry deleted before it: at 20,000 entries,
 * more than hashing a word.
 */
export class Remembered<T> {
  private newer = new Map<string, T>();
  private older = new Map<string, T>();

  constructor(private readonly size: number) {}

  get(key: string): T | undefined {
    const known = this.newer.get(key);
    if (known !== undefined) return known;
    const old = this.older.get(key);
    if (old !== undefined) this.set(key, old);
    return old;
  }

  set(key: string, value: T): void {
    if (this.newer.size >= this.size / 2) {
      this.older = this.newer;
      this.newer = new Map();
    }
    this.newer.set(key, value);
  }

  clear(): void {
    this.newer = new Map();
    this.older = new Map();
  }
}
