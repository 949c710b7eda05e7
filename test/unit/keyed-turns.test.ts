import { describe, expect, it } from 'vitest';
import { KeyedTurns } from '../../src/storage/turns.js';

/** A promise and the function that settles it: a step the test lets happen when it chooses. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

describe('keyed turns (writers of one conversation in line before they take a connection)', () => {
  it('runs the work of one key one at a time, in the order it came', async () => {
    const turns = new KeyedTurns();
    const first = gate();
    const order: string[] = [];
    const a = turns.take('c1', async () => {
      order.push('a starts');
      await first.opened;
      order.push('a ends');
    });
    const b = turns.take('c1', async () => order.push('b'));
    const c = turns.take('c1', async () => order.push('c'));
    // b and c wait for a, however long it takes.
    await Promise.resolve();
    await Promise.resolve();
    expect(order).toEqual(['a starts']);
    first.open();
    await Promise.all([a, b, c]);
    expect(order).toEqual(['a starts', 'a ends', 'b', 'c']);
  });

  it('lets other keys go while one key waits', async () => {
    const turns = new KeyedTurns();
    const held = gate();
    const waiting = turns.take('busy', () => held.opened);
    await expect(turns.take('other', async () => 'done')).resolves.toBe('done');
    held.open();
    await waiting;
  });

  it('passes the turn on after a failure, and the failure to its caller alone', async () => {
    const turns = new KeyedTurns();
    const failed = turns.take('c1', async () => {
      throw new Error('lost');
    });
    const next = turns.take('c1', async () => 'next');
    await expect(failed).rejects.toThrow('lost');
    await expect(next).resolves.toBe('next');
  });

  it('forgets a key once nobody is in its line', async () => {
    const turns = new KeyedTurns();
    await Promise.all(Array.from({ length: 100 }, (_, i) => turns.take(`c${i % 7}`, async () => i)));
    expect(turns.size).toBe(0);
  });
});
