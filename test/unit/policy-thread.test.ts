// The content policy on its own thread: the same verdicts as on the request thread, and a
// review that runs away cut off without losing it or any review queued behind it.
import { BroadcastChannel } from 'node:worker_threads';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { createContentPolicy, heldForAPerson } from '../../src/moderation/policy.js';
import { ContentPolicyThread } from '../../src/moderation/policy.thread.js';
import type { ModerationActions } from '../../src/moderation/policy.types.js';
import { HANG_ON_START, RUNAWAY_CHANNEL, RUNAWAY_MARK, SLOW_MARK } from '../support/runaway-policy.js';
import { eventLoopTurns, waitUntil } from '../support/wait.js';

const actions: ModerationActions = { profanity: 'mask', contactPersonal: 'block', contactLinks: 'mask', custom: 'flag' };
const options = { actions, customWords: ['zorg'] };
const policy = createContentPolicy(options);
const logger = pino({ level: 'silent' });
const RUNAWAY_POLICY = new URL('../support/runaway-policy.ts', import.meta.url).href;
const RUNAWAY = `a message with ${RUNAWAY_MARK} in it`;

const TEXTS = [
  'Is this still available?',
  'call me on 07700 900123 tonight',
  'what the fuck, that is a steal',
  'add me on insta @bike.seller.uk',
  'see https://example.com/item for more',
  'zorg is the word',
  'ok',
];
const verdictsOf = (texts: string[]) => texts.map((text) => policy.review(text));

let started: ContentPolicyThread[] = [];
afterEach(async () => {
  await Promise.all(started.map((thread) => thread.stop()));
  started = [];
});

/** A started policy thread, once its thread is ready to review. */
async function readyThread(policyModule?: string, runawayAfterMs = 2_000, answerWithinMs = 30_000): Promise<ContentPolicyThread> {
  const thread = new ContentPolicyThread(policy, { workerData: { options, ...(policyModule ? { policyModule } : {}) }, runawayAfterMs, answerWithinMs }, logger);
  started.push(thread);
  thread.start();
  await waitUntil(() => thread.thread !== undefined, 'the policy thread is ready', 30_000);
  return thread;
}

const anotherThread = (thread: ContentPolicyThread, first: unknown) =>
  waitUntil(() => thread.thread !== undefined && thread.thread !== first, 'another policy thread is ready', 30_000);

/** Resolves once the runaway policy's thread has begun a review that never ends. */
function nextRunaway(): Promise<void> {
  const channel = new BroadcastChannel(RUNAWAY_CHANNEL);
  return new Promise((resolve) => {
    channel.onmessage = () => {
      channel.close();
      resolve();
    };
  });
}

describe('the content policy thread', () => {
  it('answers each review with the verdict the policy gives on this thread, overrides included', async () => {
    const thread = await readyThread();
    const onThread = TEXTS.map((text) => thread.review(text));
    for (const answer of onThread) expect(answer).toBeInstanceOf(Promise);
    expect(await Promise.all(onThread)).toEqual(verdictsOf(TEXTS));
    const booked = await thread.review(TEXTS[1] as string, { contactPersonal: 'off' });
    expect(booked).toEqual(policy.review(TEXTS[1] as string, { contactPersonal: 'off' }));
    expect(booked.rejected).toBe(false);
    expect((await thread.review(TEXTS[1] as string)).rejected).toBe(true);
  });

  it('cuts off a review that runs away: held for a person, copies held at once, the reviews behind it answered by a new thread', async () => {
    const thread = await readyThread(RUNAWAY_POLICY, 500);
    const first = thread.thread;
    const held = thread.review(RUNAWAY);
    const pending = TEXTS.map((text) => thread.review(text));
    expect(await held).toEqual(heldForAPerson(RUNAWAY));
    // The replacement is starting: reviews wait for it rather than run on this thread.
    expect(thread.thread).toBeUndefined();
    const waiting = thread.review(TEXTS[2] as string);
    expect(waiting).toBeInstanceOf(Promise);
    expect(await Promise.all(pending)).toEqual(verdictsOf(TEXTS));
    expect(await waiting).toEqual(policy.review(TEXTS[2] as string));
    const second = thread.thread;
    expect(second).toBeDefined();
    expect(second).not.toBe(first);
    // A copy of the text that ran away is held without a review: no thread is cut off for it.
    expect(thread.review(RUNAWAY)).toEqual(heldForAPerson(RUNAWAY));
    expect(await thread.review(TEXTS[3] as string)).toEqual(policy.review(TEXTS[3] as string));
    expect(thread.thread).toBe(second);
  });

  it('refuses a review no thread answers in time (UNAVAILABLE, to retry) rather than pass it unreviewed', async () => {
    const thread = await readyThread(RUNAWAY_POLICY, 200, 1_000);
    process.env[HANG_ON_START] = '1';
    try {
      expect(await thread.review(RUNAWAY)).toEqual(heldForAPerson(RUNAWAY));
      // The replacement never gets ready: after answerWithinMs (here 1 s), the review is refused.
      await expect(thread.review(TEXTS[1] as string)).rejects.toMatchObject({ code: 'UNAVAILABLE', retryAfterSeconds: 2 });
      expect(thread.thread).toBeUndefined();
    } finally {
      delete process.env[HANG_ON_START];
    }
  });

  it('after five cut-offs in a minute pauses before the next thread, and refuses at once while the pause outlasts the wait', async () => {
    const thread = await readyThread(RUNAWAY_POLICY, 100, 300);
    for (let i = 0; i < 5; i++) {
      const first = thread.thread;
      const runaway = `${RUNAWAY} number ${i}`;
      expect(await thread.review(runaway)).toEqual(heldForAPerson(runaway));
      if (i < 4) await anotherThread(thread, first);
    }
    // The first pause is a second, longer than the 300 ms a review may wait: refused at once, told to come back after it.
    await expect(thread.review(TEXTS[0] as string)).rejects.toMatchObject({ code: 'UNAVAILABLE', retryAfterSeconds: 1 });
    expect(thread.thread).toBeUndefined();
    // After the pause a thread reviews again.
    await waitUntil(() => thread.thread !== undefined, 'a thread after the pause', 30_000);
    expect(await thread.review(TEXTS[1] as string)).toEqual(policy.review(TEXTS[1] as string));
  });

  it('takes a thread that is slow but moving for busy, not stuck', async () => {
    const thread = await readyThread(RUNAWAY_POLICY, 300);
    const first = thread.thread;
    // Each takes half the runaway limit; together they take three times it.
    const slow = Array.from({ length: 6 }, (_, i) => `${SLOW_MARK} number ${i}, call 07700 900123`);
    expect(await Promise.all(slow.map((text) => thread.review(text)))).toEqual(verdictsOf(slow));
    expect(thread.thread).toBe(first);
  });

  it('answers every review a thread owed when it dies: the one it was on held, the rest by another thread', async () => {
    // Never cut off by the watchdog here: the test ends the thread itself.
    const thread = await readyThread(RUNAWAY_POLICY, 60_000);
    const first = thread.thread;
    const onIt = nextRunaway();
    const pending = [thread.review(RUNAWAY), ...TEXTS.map((text) => thread.review(text))];
    await onIt;
    await first?.terminate();
    const [held, ...rest] = await Promise.all(pending);
    expect(held).toEqual(heldForAPerson(RUNAWAY));
    expect(rest).toEqual(verdictsOf(TEXTS));
    await anotherThread(thread, first);
  });

  it('answers what it was sent when it stops, however long its queue, and refuses reviews afterwards', async () => {
    const thread = await readyThread(RUNAWAY_POLICY, 1_000);
    // Sixteen of them take more than twice the runaway limit, each well within it.
    const slow = Array.from({ length: 16 }, (_, i) => `${SLOW_MARK} ${i}: call 07700 900123, damn`);
    const pending = [...slow, ...TEXTS].map((text) => thread.review(text));
    // The batch is on its way to the thread, which is still on it when it is asked to stop.
    await eventLoopTurns(1);
    await thread.stop();
    expect(await Promise.all(pending)).toEqual(verdictsOf([...slow, ...TEXTS]));
    // The server is closing: a review now is refused for the sender to retry elsewhere.
    await expect(thread.review(TEXTS[4] as string)).rejects.toMatchObject({ code: 'UNAVAILABLE' });
  });

  it('does not start again once stopped', async () => {
    const thread = await readyThread();
    await thread.stop();
    expect(() => thread.start()).toThrow(/does not start again/);
  });

  it('reviews on the request thread where no thread was started, as in tools', () => {
    const unstarted = new ContentPolicyThread(policy, { workerData: { options }, runawayAfterMs: 2_000, answerWithinMs: 10_000 }, logger);
    expect(unstarted.review(TEXTS[1] as string)).toEqual(policy.review(TEXTS[1] as string));
  });
});
