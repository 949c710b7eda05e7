// Sends that survive a lost connection. Each message gets a clientMessageId before its first
// try; a send that got no answer (offline, cut off, 5xx, 429, or nothing within the time a try
// is given) stays queued and is tried again with the same id, so Parley stores it once however
// many tries it takes. Sends leave in the order they were made: a waiting send holds back the
// ones after it.
import { type BackoffOptions, backoffDelay } from './backoff.js';
import { isRetryable, ParleyError } from './errors.js';
import type { Message, SendMessageInput } from './types.js';

export interface PendingSend {
  conversationId: string;
  input: SendMessageInput & { clientMessageId: string };
  attempts: number;
  /** Why the last try failed, while it waits for another. */
  lastError: string | undefined;
}

interface Entry extends PendingSend {
  resolve: (message: Message) => void;
  reject: (error: unknown) => void;
}

export function newClientMessageId(): string {
  const crypto = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto;
  // randomUUID exists only in secure contexts (https, localhost); elsewhere time + randomness.
  return crypto?.randomUUID?.() ?? `c-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;
}

/**
 * How long a try waits for Parley's answer. A connection can go dead without closing (a phone
 * moving from Wi-Fi to mobile data, a NAT forgetting it): without a limit, a send would wait on
 * it until the operating system gave up, minutes later, and every send after it too. Aborting
 * the try closes that connection; the next try opens another.
 */
export const SEND_TIMEOUT_MS = 15_000;

export class Outbox {
  private readonly queue: Entry[] = [];
  private running = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private failures = 0;

  constructor(
    private readonly post: (conversationId: string, input: PendingSend['input'], signal: AbortSignal) => Promise<Message>,
    private readonly changed: (pending: PendingSend[]) => void,
    private readonly backoff: BackoffOptions = {},
    private readonly timeoutMs = SEND_TIMEOUT_MS,
  ) {}

  get pending(): PendingSend[] {
    return this.queue.map(({ conversationId, input, attempts, lastError }) => ({ conversationId, input, attempts, lastError }));
  }

  send(conversationId: string, input: SendMessageInput): Promise<Message> {
    const withId = { ...input, clientMessageId: input.clientMessageId ?? newClientMessageId() };
    const done = new Promise<Message>((resolve, reject) => {
      this.queue.push({ conversationId, input: withId, attempts: 0, lastError: undefined, resolve, reject });
    });
    this.changed(this.pending);
    void this.pump();
    return done;
  }

  /** The connection is back: try the waiting sends now. */
  retryNow(): void {
    if (this.queue.length === 0) return;
    clearTimeout(this.timer);
    this.timer = undefined;
    void this.pump();
  }

  /** Gives up on every send still waiting (the client is being closed): each is rejected with the error made for it. */
  abandon(reason: (entry: PendingSend) => Error): void {
    clearTimeout(this.timer);
    for (const entry of this.queue.splice(0)) entry.reject(reason(entry));
    this.changed([]);
  }

  private async pump(): Promise<void> {
    if (this.running || this.timer !== undefined) return;
    this.running = true;
    try {
      for (let entry = this.queue[0]; entry !== undefined; entry = this.queue[0]) {
        entry.attempts++;
        const attempt = new AbortController();
        const deadline = setTimeout(() => attempt.abort(), this.timeoutMs);
        try {
          const message = await this.post(entry.conversationId, entry.input, attempt.signal);
          this.queue.shift();
          this.failures = 0;
          entry.resolve(message);
        } catch (error) {
          if (isRetryable(error)) {
            entry.lastError = error instanceof Error ? error.message : String(error);
            const hinted = error instanceof ParleyError && error.retryAfter !== undefined ? error.retryAfter * 1000 : 0;
            const wait = Math.max(hinted, backoffDelay(this.failures++, this.backoff));
            this.timer = setTimeout(() => {
              this.timer = undefined;
              void this.pump();
            }, wait);
            this.changed(this.pending);
            return;
          }
          this.queue.shift();
          entry.reject(error);
        } finally {
          clearTimeout(deadline);
        }
        this.changed(this.pending);
      }
    } finally {
      this.running = false;
    }
  }
}
