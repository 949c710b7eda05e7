// Typing indicators across instances: the instance that heard "typing" from another ends it
// itself when that instance went away before sending the "stopped".
import { describe, expect, it } from 'vitest';
import { LocalBus } from '../../src/realtime/bus.js';
import { Typing, type TypingSignal } from '../../src/realtime/typing.js';

const TTL_MS = 50;

describe('typing', () => {
  it('ends a "typing" whose instance died before it sent the "stopped"', async () => {
    const bus = new LocalBus();
    const typist = new Typing(bus, TTL_MS);
    const listener = new Typing(bus, TTL_MS);
    const heard: TypingSignal[] = [];
    const stopped = new Promise<number>((resolve) => {
      const from = performance.now();
      listener.start((signal) => {
        heard.push(signal);
        if (!signal.isTyping) resolve(performance.now() - from);
      });
    });
    typist.set({ conversationId: 'c', userId: 'u', isTyping: true });
    // The typist's instance is gone: its own expiry never sends the "stopped".
    typist.stop();
    const after = await stopped;
    expect(heard).toEqual([
      { conversationId: 'c', userId: 'u', isTyping: true },
      { conversationId: 'c', userId: 'u', isTyping: false },
    ]);
    expect(after).toBeGreaterThanOrEqual(TTL_MS);
    listener.stop();
  });

  it('says "stopped" once when the typist\'s instance is alive', async () => {
    const bus = new LocalBus();
    const typist = new Typing(bus, TTL_MS);
    const heard: TypingSignal[] = [];
    const stopped = new Promise<void>((resolve) =>
      typist.start((signal) => {
        heard.push(signal);
        if (!signal.isTyping) resolve();
      }),
    );
    typist.set({ conversationId: 'c', userId: 'u', isTyping: true });
    await stopped;
    // Past the listener's own deadline: no second "stopped".
    await new Promise<void>((resolve) => setTimeout(resolve, TTL_MS + 2_100));
    expect(heard.map((s) => s.isTyping)).toEqual([true, false]);
    typist.stop();
  });
});
