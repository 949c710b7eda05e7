// Every instance forgets an erased user at once. The instance that erased them tells the others
// on the bus; each drops what it remembers of the user (verified tokens, the profile behind
// them, socket memberships) and closes the user's sockets. Redis pub/sub is best effort: every
// real-time instance reads the log's `user.erased` and forgets the user the same way, and on
// an instance with neither, remembered profiles expire within a minute.
import { randomUUID } from 'node:crypto';
import type { Bus } from './bus.js';

type ErasureMessage = { userId: string; from: string };

export class Erasures {
  private readonly instance = randomUUID();
  private readonly forgetters: ((userId: string) => void)[] = [];

  constructor(private readonly bus: Bus) {
    bus.subscribe('erasure', (message) => {
      const { userId, from } = (message ?? {}) as Partial<ErasureMessage>;
      if (typeof userId === 'string' && from !== this.instance) this.forgetHere(userId);
    });
  }

  /** What this instance must drop when a user is erased, on any instance. */
  onErased(forget: (userId: string) => void): void {
    this.forgetters.push(forget);
  }

  /** A user was erased here (after the commit): forget them here at once, and everywhere else. */
  announce(userId: string): void {
    this.forgetHere(userId);
    this.bus.publish('erasure', { userId, from: this.instance } satisfies ErasureMessage);
  }

  /** Forgets a user on this instance only (their erasure was read from the log). */
  forgetHere(userId: string): void {
    for (const forget of this.forgetters) forget(userId);
  }
}
