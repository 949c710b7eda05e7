// A conversation's writers take turns (Dialect.conversationTurn). On PostgreSQL a writer waiting
// for its turn inside the database holds one of the pool's connections while it waits, and with
// a few busy conversations most of the pool can sit idle behind their locks while writes to other
// conversations queue for a connection. Writers of one process therefore line up here first,
// holding nothing; the database's lock still orders writers of different processes.

/** A FIFO line per key; a key's entry lives only while someone is in its line. */
export class KeyedTurns {
  private readonly tails = new Map<string, Promise<void>>();

  /** Runs `work` once everyone who came before with the same key has finished. */
  async take<T>(key: string, work: () => Promise<T>): Promise<T> {
    const before = this.tails.get(key);
    let finish!: () => void;
    const mine = new Promise<void>((resolve) => (finish = resolve));
    this.tails.set(key, mine);
    try {
      if (before !== undefined) await before;
      return await work();
    } finally {
      finish();
      // The last in line takes the key's entry with it.
      if (this.tails.get(key) === mine) this.tails.delete(key);
    }
  }

  /** How many keys have someone in line (for tests). */
  get size(): number {
    return this.tails.size;
  }
}
