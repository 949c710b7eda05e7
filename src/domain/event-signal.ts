// A nudge, not a message: "the log grew". Listeners (real-time fan-out, delivery workers) then
// read the log themselves, so a lost nudge only delays them until their next poll.
export class EventLogSignal {
  private readonly listeners = new Set<() => void>();

  onCommitted(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  committed(): void {
    for (const listener of this.listeners) listener();
  }
}

const IDLE = 0;
const WAITING = 1;
const NUDGED = 2;

/**
 * The nudge to another thread, through shared memory. A message between threads costs a system
 * call or two, and sent on every commit it was a visible part of a send; here a commit costs an
 * atomic exchange, and wakes the other thread only when it is waiting. A nudge that comes while
 * the reader is not waiting is kept (several as one), and its next wait returns at once: a
 * commit between the reader's last read of the log and its next wait is never missed.
 */
export class SharedNudge {
  private readonly cell: Int32Array;

  constructor(readonly buffer: SharedArrayBuffer = new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT)) {
    this.cell = new Int32Array(buffer);
  }

  /** The committing thread's side. */
  nudge(): void {
    if (Atomics.exchange(this.cell, 0, NUDGED) === WAITING) Atomics.notify(this.cell, 0);
  }

  /**
   * The reading thread's side: resolves at the next nudge, or at once for one that came since the
   * last. The reader reads the log after this resolves, so whatever was nudged before is seen.
   */
  async next(): Promise<void> {
    if (Atomics.compareExchange(this.cell, 0, IDLE, WAITING) === IDLE) {
      const waiting = Atomics.waitAsync(this.cell, 0, WAITING);
      if (waiting.async) await waiting.value;
    }
    Atomics.store(this.cell, 0, IDLE);
  }
}
