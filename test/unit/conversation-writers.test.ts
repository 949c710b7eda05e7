// A conversation's sends hold at most a few pooled connections at once; the rest wait their turn
// in arrival order, holding none, and give up after the lock timeout as a lock wait does.
import { describe, expect, it } from 'vitest';
import { AppError } from '../../src/errors.js';
import { ConversationWriters } from '../../src/storage/conversation-writers.js';

/** A send that runs until the test lets it finish. */
function heldSend(log: string[], name: string) {
  let finish!: () => void;
  const finished = new Promise<void>((resolve) => (finish = resolve));
  return {
    run: async () => {
      log.push(`start ${name}`);
      await finished;
      log.push(`end ${name}`);
      return name;
    },
    finish: () => finish(),
  };
}

describe('ConversationWriters', () => {
  it('lets two sends of a conversation run at once, the next ones in arrival order, and other conversations alongside', async () => {
    const writers = new ConversationWriters(2, 0);
    const log: string[] = [];
    const sends = ['a1', 'a2', 'a3', 'a4'].map((name) => heldSend(log, name));
    const other = heldSend(log, 'b1');
    const answers = sends.map((send) => writers.run('a', send.run));
    const otherAnswer = writers.run('b', other.run);
    await Promise.resolve();
    expect(log).toEqual(['start a1', 'start a2', 'start b1']);
    sends[1]!.finish();
    await answers[1];
    await Promise.resolve();
    expect(log).toEqual(['start a1', 'start a2', 'start b1', 'end a2', 'start a3']);
    sends[0]!.finish();
    sends[2]!.finish();
    sends[3]!.finish();
    other.finish();
    expect(await Promise.all([...answers, otherAnswer])).toEqual(['a1', 'a2', 'a3', 'a4', 'b1']);
    expect(log.filter((line) => line.startsWith('start'))).toEqual(['start a1', 'start a2', 'start b1', 'start a3', 'start a4']);
  });

  it('a send that waited longer than its patience gives up as UNAVAILABLE, and the line goes on without it', async () => {
    const writers = new ConversationWriters(1, 30);
    const log: string[] = [];
    const [first, late, next] = ['first', 'late', 'next'].map((name) => heldSend(log, name));
    const firstAnswer = writers.run('a', first!.run);
    const lateAnswer = writers.run('a', late!.run);
    const refused = await lateAnswer.catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).code).toBe('UNAVAILABLE');
    const nextAnswer = writers.run('a', next!.run);
    first!.finish();
    next!.finish();
    expect(await Promise.all([firstAnswer, nextAnswer])).toEqual(['first', 'next']);
    expect(log).not.toContain('start late');
  });

  it('a send that fails still hands its place to the next', async () => {
    const writers = new ConversationWriters(1, 0);
    const failed = writers.run('a', () => Promise.reject(new Error('refused')));
    const next = writers.run('a', () => Promise.resolve('next'));
    await expect(failed).rejects.toThrow('refused');
    expect(await next).toBe('next');
  });

  it('leaves a writer that waited here only the rest of its patience for its lock waits', async () => {
    const writers = new ConversationWriters(1, 100);
    const timeouts: (number | undefined)[] = [];
    const first = writers.run('a', async (lockTimeoutMs) => {
      timeouts.push(lockTimeoutMs);
      await new Promise((resolve) => setTimeout(resolve, 60));
    });
    const second = writers.run('a', async (lockTimeoutMs) => {
      timeouts.push(lockTimeoutMs);
    });
    await Promise.all([first, second]);
    // The first never waited: the session's own lock timeout stands. The second waited 60 ms of 100.
    expect(timeouts[0]).toBeUndefined();
    expect(timeouts[1]).toBeGreaterThanOrEqual(1);
    expect(timeouts[1]).toBeLessThanOrEqual(40);
  });
});

