// Backoff with jitter for reconnects and resends: the ceiling doubles each attempt up to a
// maximum, and the wait is picked at random in its upper half, so that many clients cut off at
// once do not all come back in the same instant, and none comes back in a tight loop.
export interface BackoffOptions {
  initialDelayMs?: number;
  maxDelayMs?: number;
  random?: () => number;
}

export function backoffDelay(attempt: number, options: BackoffOptions = {}): number {
  const initial = options.initialDelayMs ?? 500;
  const max = options.maxDelayMs ?? 30_000;
  const ceiling = Math.min(max, initial * 2 ** Math.min(attempt, 30));
  return ceiling / 2 + (options.random ?? Math.random)() * (ceiling / 2);
}
