// The commit nudge between threads: a waiting reader is woken by the next commit; commits that
// come while it is not waiting are kept as one, so that its next wait returns at once.
import { describe, expect, it } from 'vitest';
import { SharedNudge } from '../../src/domain/event-signal.js';
import { stillPending } from '../support/wait.js';

describe('SharedNudge', () => {
  it('wakes a waiting reader at the next nudge, and only then', async () => {
    const committer = new SharedNudge();
    const reader = new SharedNudge(committer.buffer);
    const waiting = reader.next();
    expect(await stillPending(waiting)).toBe(true);
    committer.nudge();
    await waiting;
  });

  it('keeps a nudge that came while the reader was not waiting, several as one', async () => {
    const committer = new SharedNudge();
    const reader = new SharedNudge(committer.buffer);
    committer.nudge();
    committer.nudge();
    await reader.next();
    const waiting = reader.next();
    expect(await stillPending(waiting)).toBe(true);
    committer.nudge();
    await waiting;
  });
});
