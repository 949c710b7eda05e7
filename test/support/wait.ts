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
