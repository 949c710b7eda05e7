import { untilCommittedIsReadable } from '../../src/domain/log-horizon.js';
import type { EventRow } from '../../src/storage/events.repository.js';
import type { TestServer } from './harness.js';

/**
 * Every event of the log, once everything committed so far is readable: on PostgreSQL a reader
 * stops at the cluster's oldest open transaction, which another test may be holding.
 */
export async function committedEvents(server: TestServer): Promise<EventRow[]> {
  const { events } = server.parley.ctx.store;
  await untilCommittedIsReadable(events, 30_000);
  return events.readAfter(0, 100_000);
}
