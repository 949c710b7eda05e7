// Read-your-writes over the event log. On PostgreSQL a committed event becomes readable once
// every older transaction has finished (see Dialect.eventPosition); a reader that must see what
// was committed before it asked (a sync, a search) waits for that, briefly. On SQLite the two
// heads are always equal and nothing waits.
import type { EventsRepository } from '../storage/events.repository.js';

/**
 * Longer than any healthy transaction; past it the reader answers with what is readable (the
 * rest comes with its next read). The horizon is the whole PostgreSQL cluster's: a write
 * transaction left open in any of its databases holds every reader back (docs/ARCHITECTURE.md).
 */
const PATIENCE_MS = 5_000;
const MAX_PAUSE_MS = 25;

export async function untilCommittedIsReadable(events: EventsRepository, patienceMs = PATIENCE_MS): Promise<void> {
  const target = await events.committedHead();
  const deadline = Date.now() + patienceMs;
  for (let pause = 1; (await events.headPosition()) < target && Date.now() < deadline; pause = Math.min(MAX_PAUSE_MS, pause * 2)) {
    await new Promise((resolve) => setTimeout(resolve, pause));
  }
}
