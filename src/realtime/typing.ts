// Typing indicators: short-lived, never stored. A "typing" that is not refreshed within the
// TTL (timings.typingTtlMs) ends by itself; the instance that heard it sends the "stopped".
import type { Bus } from './bus.js';

export interface TypingSignal {
  conversationId: string;
  userId: string;
  isTyping: boolean;
}

/** How much later than the TTL a listening instance ends a "typing" itself (its typist's instance may be gone). */
const LISTENER_GRACE_MS = 2_000;

export class Typing {
  private readonly expiries = new Map<string, NodeJS.Timeout>();
  /** "Typing" heard from any instance, ended here if no refresh or "stopped" comes in time. */
  private readonly heard = new Map<string, NodeJS.Timeout>();

  constructor(
    private readonly bus: Bus,
    private readonly ttlMs: number,
  ) {}

  start(onSignal: (signal: TypingSignal) => void): void {
    this.bus.subscribe('typing', (message) => {
      const signal = message as TypingSignal;
      const key = keyOf(signal);
      const previous = this.heard.get(key);
      if (previous) clearTimeout(previous);
      this.heard.delete(key);
      if (signal.isTyping) {
        // The typist's instance sends the "stopped" at the TTL; should it die first, this one does.
        const timer = setTimeout(() => {
          this.heard.delete(key);
          onSignal({ ...signal, isTyping: false });
        }, this.ttlMs + LISTENER_GRACE_MS);
        timer.unref();
        this.heard.set(key, timer);
      }
      onSignal(signal);
    });
  }

  stop(): void {
    for (const timer of this.expiries.values()) clearTimeout(timer);
    for (const timer of this.heard.values()) clearTimeout(timer);
  }

  set(signal: TypingSignal): void {
    const key = keyOf(signal);
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

const keyOf = (signal: TypingSignal) => `${signal.conversationId}\u0000${signal.userId}`;
