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
