// Typing indicators: short-lived, never stored. A "typing" that is not refreshed within the
// TTL (timings.typingTtlMs) ends by itself; the instance that heard it sends the "stopped".
import type { Bus } from './bus.js';

export interface TypingSignal {
  conversationId: string;
  userId: string;
  isTyping: boolean;
}

export class Typing {
  private readonly expiries = new Map<string, NodeJS.Timeout>();

  constructor(
    private readonly bus: Bus,
    private readonly ttlMs: number,
  ) {}

  start(onSignal: (signal: TypingSignal) => void): void {
    this.bus.subscribe('typing', (message) => onSignal(message as TypingSignal));
  }

  stop(): void {
    for (const timer of this.expiries.values()) clearTimeout(timer);
  }

  set(signal: TypingSignal): void {
    const key = `${signal.conversationId}\u0000${signal.userId}`;
    const previous = this.expiries.get(key);
    if (previous) clearTimeout(previous);
    this.expiries.delete(key);
    if (signal.isTyping) {
      const timer = setTimeout(() => {
        this.expiries.delete(key);
        this.bus.publish('typing', { ...signal, isTyping: false });
      }, this.ttlMs);
      timer.unref();
      this.expiries.set(key, timer);
    } else if (previous === undefined) {
      return; // was not typing: nothing to tell
    }
    this.bus.publish('typing', signal);
  }
}
