// Every instance reads a changed profile at once. The platform sets a user's role and profile
// with PUT /users/{id} (or POST /users/sync) on one instance; the others remember the profile of
// each recent caller for up to a minute, and a moderator taken out of the role would keep it
// there that long. The instance that wrote tells the others on the bus, and each drops the
// profiles it remembers. Redis pub/sub is best effort: without it (or when a message is lost),
// remembered profiles expire within a minute.
import { randomUUID } from 'node:crypto';
import type { Bus } from './bus.js';

type ProfileMessage = { userIds: string[]; from: string };

export class ProfileChanges {
  private readonly instance = randomUUID();

  /** `forget` drops what this instance remembers of a user's profile. */
  constructor(
    private readonly bus: Bus,
    forget: (userId: string) => void,
  ) {
    bus.subscribe('profile', (message) => {
      const { userIds, from } = (message ?? {}) as Partial<ProfileMessage>;
      if (from === this.instance || !Array.isArray(userIds)) return;
      for (const userId of userIds) if (typeof userId === 'string') forget(userId);
    });
  }

  /** Profiles were written here (after the commit; this instance forgot them already): the others forget them too. */
  announce(userIds: string[]): void {
    if (userIds.length > 0) this.bus.publish('profile', { userIds, from: this.instance } satisfies ProfileMessage);
  }
}
