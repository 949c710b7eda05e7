// PostgreSQL: a send, an edit, a reaction or a change to a conversation waits for the
// conversation's turn (Dialect.conversationTurn) on a pooled connection. Unbounded, the writers
// of one slow conversation (a burst into one group, a row locked by another session) would take
// every connection of the pool while they wait, and every other conversation's requests would
// wait behind them. So only a few of a conversation's writers hold a connection at once on this
// instance; the rest wait here, holding none, and give up as a lock wait does
// (DATABASE_LOCK_TIMEOUT_MS, 503). A writer that waited here has only what is left of that time
// for each of its lock waits, so its wait for the turn, here and in the database together, stays
// within one timeout. (PostgreSQL times each lock wait on its own: a row that another session
// holds, once the turn is taken, can add up to one more.)
import { databaseUnavailable } from './outages.js';

interface Conversation {
  /** Writers holding a connection now. */
  holding: number;
  /** Writers waiting for one of them to finish, in arrival order. */
  waiting: (() => void)[];
}

export class ConversationWriters {
  private readonly conversations = new Map<string, Conversation>();

  constructor(
    /** Writers of one conversation that may hold a pooled connection at once, at most. */
    private readonly perConversation: number,
    /** How long a writer waits here before it gives up; 0 waits as long as it takes. */
    private readonly patienceMs: number,
  ) {}

  /**
   * Runs `write` once fewer than `perConversation` writers of the conversation hold a connection.
   * `lockTimeoutMs`: what is left of the patience for a writer that waited here (at least 1 ms),
   * for its lock waits; undefined when it did not wait, or waits without end.
   */
  async run<T>(conversationId: string, write: (lockTimeoutMs: number | undefined) => Promise<T>): Promise<T> {
    let conversation = this.conversations.get(conversationId);
    if (conversation === undefined) {
      conversation = { holding: 0, waiting: [] };
      this.conversations.set(conversationId, conversation);
    }
    let lockTimeoutMs: number | undefined;
    if (conversation.holding < this.perConversation) conversation.holding += 1;
    else {
      const since = performance.now();
      await this.waitForTurn(conversation);
      if (this.patienceMs > 0) lockTimeoutMs = Math.max(1, Math.floor(this.patienceMs - (performance.now() - since)));
    }
    try {
      return await write(lockTimeoutMs);
    } finally {
      this.release(conversationId, conversation);
    }
  }

  /** Resolves once a holder has handed this writer its place (the count of holders stays as it was). */
  private waitForTurn(conversation: Conversation): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      const handOver = () => {
        if (timer !== undefined) clearTimeout(timer);
        resolve();
      };
      const timer =
        this.patienceMs > 0
          ? setTimeout(() => {
              const at = conversation.waiting.indexOf(handOver);
              if (at >= 0) conversation.waiting.splice(at, 1);
              reject(databaseUnavailable(new Error(`a write waited ${this.patienceMs} ms for its conversation's turn`)));
            }, this.patienceMs)
          : undefined;
      conversation.waiting.push(handOver);
    });
  }

  private release(conversationId: string, conversation: Conversation): void {
    const next = conversation.waiting.shift();
    if (next !== undefined) return next();
    conversation.holding -= 1;
    if (conversation.holding === 0) this.conversations.delete(conversationId);
  }
}
