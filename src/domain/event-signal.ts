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

/**
 * The nudge to another thread, through shared memory. A message between threads costs a system
 * call or two, and sent on every commit it was a visible part of a send; here a commit costs a
 * compare-and-swap, and wakes the other thread only when it is waiting. Nudges that come while
 * it is not waiting are dropped: it waits only before it reads the log, which sees them.
 */
export class SharedNudge {
  private readonly cell: Int32Array;

  constructor(readonly buffer: SharedArrayBuffer = new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT)) {
    this.cell = new Int32Array(buffer);
  }

  /** The committing thread's side. */
  nudge(): void {
    if (Atomics.compareExchange(this.cell, 0, WAITING, IDLE) === WAITING) Atomics.notify(this.cell, 0);
  }

  /** The reading thread's side: resolves at the next nudge. */
  async next(): Promise<void> {
    Atomics.store(this.cell, 0, WAITING);
    const waiting = Atomics.waitAsync(this.cell, 0, WAITING);
    if (waiting.async) await waiting.value;
  }
}
