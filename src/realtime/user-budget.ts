// A user's commands per minute over all of their sockets on this instance: the same number,
// RATE_LIMIT_PER_MINUTE, that their HTTP requests get. Without it a user with many sockets
// could send many times what the API lets them (each socket alone is held to
// SOCKET_EVENTS_PER_SECOND).

const WINDOW_MS = 60_000;

export class UserMinuteBudget {
  /** One window for every user, as the HTTP limit keeps: the map never outlives a minute. */
  private windowStartedAt = 0;
  private readonly used = new Map<string, number>();

  constructor(private readonly perMinute: number) {}

  /** Takes one command for `userId`: 0 when taken, else the seconds until the next window. */
  take(userId: string): number {
    const now = Date.now();
    if (now - this.windowStartedAt >= WINDOW_MS) {
      this.used.clear();
      this.windowStartedAt = now;
    }
    const used = this.used.get(userId) ?? 0;
    if (used >= this.perMinute) return Math.max(1, Math.ceil((this.windowStartedAt + WINDOW_MS - now) / 1000));
    this.used.set(userId, used + 1);
    return 0;
  }
}
