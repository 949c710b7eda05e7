// A content policy for the policy thread's tests: Parley's own, except that a text holding
// RUNAWAY_MARK never finishes its review (as a check meeting an input it was not ready for
// might), announced first on the RUNAWAY_CHANNEL broadcast channel; one holding SLOW_MARK takes
// SLOW_MS; and a thread started while HANG_ON_START is set in the environment never gets ready.
import { BroadcastChannel } from 'node:worker_threads';
import { createContentPolicy as parleyPolicy, type ContentPolicyOptions } from '../../src/moderation/policy.js';
import type { ContentPolicy } from '../../src/moderation/policy.types.js';

export const RUNAWAY_MARK = 'never-ending-review';
export const RUNAWAY_CHANNEL = 'parley-test-runaway-review';
export const SLOW_MARK = 'slow-review';
export const SLOW_MS = 150;
export const HANG_ON_START = 'PARLEY_TEST_POLICY_HANGS_ON_START';

export function createContentPolicy(options: ContentPolicyOptions): ContentPolicy {
  if (process.env[HANG_ON_START] === '1') for (;;);
  const policy = parleyPolicy(options);
  return {
    actions: policy.actions,
    review(text, actions) {
      if (text.includes(RUNAWAY_MARK)) {
        const channel = new BroadcastChannel(RUNAWAY_CHANNEL);
        channel.postMessage(text);
        channel.close();
        for (;;);
      }
      if (text.includes(SLOW_MARK)) {
        const until = performance.now() + SLOW_MS;
        while (performance.now() < until);
      }
      return policy.review(text, actions);
    },
  };
}
