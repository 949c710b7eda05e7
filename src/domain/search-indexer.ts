// Keeps the search index current from the event log, after the commit: a send never pays for
// indexing. Every instance runs one; they take turns through a row lock on the index's
// position, so each event is applied once, in log order. A search first catches the index up
// to the log (usually nothing or a few events), so a message is found as soon as it is sent.
import type { Logger } from 'pino';
import type { MessageView } from '../presenters/messages.presenter.js';
import type { EventRow } from '../storage/events.repository.js';
import { nowIso } from '../storage/ids.js';
import type { IndexEntry } from '../storage/search.repository.js';
import type { Store } from '../storage/store.js';
import type { EventLogSignal } from './event-signal.js';
import { untilCommittedIsReadable } from './log-horizon.js';

/** Events applied per transaction. */
const BATCH = 500;
/** Commits arriving within this window are indexed together, in one transaction. */
const GATHER_MS = 50;

/** What an event asks of the index: (re)index these messages, drop those. */
export function indexChanges(events: EventRow[]): { index: Map<string, IndexEntry>; remove: Set<string> } {
  const index = new Map<string, IndexEntry>();
  const remove = new Set<string>();
  for (const event of events) {
    if (event.type === 'message.sent' || event.type === 'message.updated') {
      const message = JSON.parse(event.data) as MessageView;
      const searchable =
        message.messageType !== 'SYSTEM' && !message.isDeleted && message.moderation.status !== 'removed' && message.content !== '';
      if (searchable) {
        index.set(message.id, { messageId: message.id, document: message.content });
        remove.delete(message.id);
      } else {
        index.delete(message.id);
        remove.add(message.id);
      }
    } else if (event.type === 'message.deleted') {
      const { id } = JSON.parse(event.data) as { id: string };
      index.delete(id);
      remove.add(id);
    }
  }
  return { index, remove };
}

export class SearchIndexer {
  private draining: Promise<number> | undefined;
  private requested = false;
  private timer: NodeJS.Timeout | undefined;
  private unsubscribe: (() => void) | undefined;

  constructor(
    private readonly store: Store,
    private readonly logger: Logger,
  ) {}

  /** Indexes whatever was committed before start, then follows this instance's commits. */
  start(signal: EventLogSignal): void {
    this.unsubscribe = signal.onCommitted(() => this.schedule());
    this.schedule();
  }

  async stop(): Promise<void> {
    this.unsubscribe?.();
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    await this.draining?.catch(() => {});
  }

  /** Resolves once every event committed before the call is in the index. */
  async catchUp(): Promise<void> {
    await untilCommittedIsReadable(this.store.events);
    await this.drainOnce();
  }

  /** One pass of indexing, shared by concurrent callers; resolves to the index's position. */
  private drainOnce(): Promise<number> {
    this.requested = true;
    this.draining ??= this.drain().finally(() => {
      this.draining = undefined;
    });
    return this.draining;
  }

  private schedule(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.drainOnce().catch((error: unknown) => {
        // The next commit or search tries again; nothing is lost, the log still has it all.
        this.logger.warn({ err: error }, 'search indexing failed; will retry');
      });
    }, GATHER_MS);
    this.timer.unref();
  }

  private async drain(): Promise<number> {
    let position = 0;
    while (this.requested) {
      this.requested = false;
      let full = true;
      while (full) ({ position, full } = await this.indexBatch());
    }
    return position;
  }

  /** Applies the next batch of events: where the index now stands, and whether the batch was full. */
  private indexBatch(): Promise<{ position: number; full: boolean }> {
    return this.store.transaction(async (tx) => {
      const now = nowIso();
      const position = await tx.search.lockPosition(now);
      const events = await tx.events.readAfter(position, BATCH);
      if (events.length === 0) return { position, full: false };
      const { index, remove } = indexChanges(events);
      await tx.search.remove([...remove]);
      await tx.search.index([...index.values()]);
      const reached = (events.at(-1) as EventRow).pos;
      await tx.search.savePosition(reached, now);
      return { position: reached, full: events.length === BATCH };
    });
  }
}
