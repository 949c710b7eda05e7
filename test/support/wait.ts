// Waiting on a condition rather than for a span of time: the check is repeated until it holds,
// and the wait fails, naming what never happened, once the deadline passes. The deadline runs on
// the monotonic clock: tests that fake Date (retention, expiry) still get their timeout.
import { performance } from 'node:perf_hooks';

export async function waitUntil(check: () => boolean | Promise<boolean>, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!(await check())) {
    if (performance.now() > deadline) throw new Error(`${what}: not within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/**
 * A few turns of the event loop: long enough for anything that was not waiting on something
 * else to happen. For asserting that a waiter is still waiting.
 */
export async function eventLoopTurns(count = 5): Promise<void> {
  for (let i = 0; i < count; i++) await new Promise((resolve) => setImmediate(resolve));
}

/** Whether `promise` is still unsettled after a few turns of the event loop: a waiter still waiting. */
export async function stillPending(promise: Promise<unknown>): Promise<boolean> {
  let settled = false;
  promise.then(
    () => (settled = true),
    () => (settled = true),
  );
  await eventLoopTurns();
  return !settled;
}
