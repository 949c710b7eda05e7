// The intervals Parley keeps by itself. They are not operator settings (those live in config.ts):
// the contract fixes some (typing ends 10 s after the last refresh) and the rest are internal
// trade-offs. They are passed in rather than read as constants so that a test can shorten a
// TTL, or lengthen a fallback poll, instead of waiting out or racing the wall clock.

export interface Timings {
  /** A typing indicator not refreshed within this time ends by itself (the contract: 10 s). */
  typingTtlMs: number;
  /** A user stays online this long after their last connection closes, for quick reconnects. */
  presenceGraceMs: number;
  /** Log followers read the log at least this often, if no wake-up (local or via the bus) came. */
  logPollMs: number;
  /** A standby instance tries to take the delivery lock this often (PostgreSQL). */
  leaderRetryMs: number;
  /** The retention sweep (MESSAGE_RETENTION_DAYS) looks for messages that came of age this often. */
  retentionEveryMs: number;
  /** It rests this long after each small batch, so that sends never queue behind it for long. */
  retentionPauseMs: number;
  /**
   * On stopping, requests in flight get this long to finish before their connections are cut: a
   * slow upload cannot hold the stop past its 10 s limit (main.ts), leaving the rest unstopped.
   */
  shutdownGraceMs: number;
  /**
   * A rotation whose walk saved no progress for this long is taken over by another instance (its
   * walker died: `kill -9`, a lost machine). A walk saves after every batch, a second at most.
   */
  rotationAbandonedMs: number;
  /**
   * A content review still running after this long has run away (the policy's own take
   * milliseconds): its message is held for a moderator and the policy thread replaced.
   */
  reviewRunawayMs: number;
  /**
   * A content review not answered within this long (behind reviews that ran away, or with no
   * policy thread ready) is refused with UNAVAILABLE, for its sender to retry; so is one that
   * arrives while the policy thread's restart pause has longer than this to run.
   */
  reviewAnswerWithinMs: number;
}

export const DEFAULT_TIMINGS: Readonly<Timings> = Object.freeze({
  typingTtlMs: 10_000,
  presenceGraceMs: 5_000,
  logPollMs: 1_000,
  leaderRetryMs: 2_000,
  retentionEveryMs: 15 * 60_000,
  retentionPauseMs: 50,
  shutdownGraceMs: 5_000,
  rotationAbandonedMs: 30_000,
  reviewRunawayMs: 2_000,
  reviewAnswerWithinMs: 10_000,
});

/**
 * A request must arrive whole (headers and body) within this time, or its connection is ended:
 * a body sent a byte at a time holds neither a connection nor a staged upload for longer. Five
 * minutes lets a 10 MB file through a slow mobile link.
 */
export const REQUEST_TIMEOUT_MS = 5 * 60_000;

export const withTimings = (overrides: Partial<Timings> = {}): Timings => ({ ...DEFAULT_TIMINGS, ...overrides });
