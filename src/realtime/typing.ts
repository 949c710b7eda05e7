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
      // The typist's instance sends the "stopped" at the TTL; should it die first, this one does.
      rearm(this.heard, signal, this.ttlMs + LISTENER_GRACE_MS, () => onSignal({ ...signal, isTyping: false }));
      onSignal(signal);
    });
  }

  stop(): void {
    for (const timer of this.expiries.values()) clearTimeout(timer);
    for (const timer of this.heard.values()) clearTimeout(timer);
  }

  /**
   * The typist's message reached the log, or they left the conversation: their "typing" ends,
   * however it was sent (over HTTP, another socket, another instance). Each instance reads the log
   * and ends what it holds; true when a "typing" was heard here, so its listeners are to be told it stopped.
   */
  endFromLog(conversationId: string, userId: string): boolean {
    const signal = { conversationId, userId, isTyping: false };
    rearm(this.expiries, signal, 0, () => {});
    return rearm(this.heard, signal, 0, () => {});
  }

  set(signal: TypingSignal): void {
    const wasTyping = rearm(this.expiries, signal, this.ttlMs, () => this.bus.publish('typing', { ...signal, isTyping: false }));
    if (!signal.isTyping && !wasTyping) return; // was not typing: nothing to tell
    this.bus.publish('typing', signal);
  }
}

/**
 * Ends the pending timer of this typist in this conversation; for a "typing", starts one that
 * calls `end` after `ms`. True when one was pending.
 */
function rearm(timers: Map<string, NodeJS.Timeout>, signal: TypingSignal, ms: number, end: () => void): boolean {
  const key = `${signal.conversationId}\u0000${signal.userId}`;
  const previous = timers.get(key);
  if (previous) clearTimeout(previous);
  timers.delete(key);
  if (signal.isTyping) {
    const timer = setTimeout(() => {
      timers.delete(key);
      end();
    }, ms);
    timer.unref();
    timers.set(key, timer);
  }
  return previous !== undefined;
}
