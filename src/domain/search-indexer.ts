// Keeps the search index current from the event log, after the commit: a send never pays for
// indexing. Every instance runs one; they take turns through a row lock on the index's
// position, so each event is applied once, in log order. A search first catches the index up
// to the log (usually nothing or a few events), so a message is found as soon as it is sent.
// What an entry holds (words, or blind-index hashes with encryption on) is the encoding's call.
import type { Logger } from 'pino';
import type { MessageView } from '../presenters/messages.presenter.js';
import type { EventRow } from '../storage/events.repository.js';
import { nowIso } from '../storage/ids.js';
import type { MessageRow } from '../storage/messages.repository.js';
import type { IndexEntry } from '../storage/search.repository.js';
import type { Store } from '../storage/store.js';
import type { EventLogSignal } from './event-signal.js';
import { untilCommittedIsReadable } from './log-horizon.js';
import { type SearchEncoding, wordSearch } from './search-encoding.js';

/**
 * Events applied per transaction. On SQLite a batch's writes hold the one write lock, and sends
 * wait for it: a full batch's writes take a few milliseconds.
 */
const BATCH = 250;
/** Commits arriving within this window are indexed together, in one transaction. */
export const GATHER_MS = 50;

/**
 * What a batch of events asks of the index: entries for messages sent in it (`add`: nothing
 * in the index can hold them yet, each event being applied once), entries that replace what
 * the index holds (`replace`: edits, moderation), and messages to drop (`remove`).
 */
export function indexChanges(
  events: EventRow[],
  encoding: SearchEncoding = wordSearch,
): { add: Map<string, IndexEntry>; replace: Map<string, IndexEntry>; remove: Set<string> } {
  const add = new Map<string, IndexEntry>();
  const replace = new Map<string, IndexEntry>();
  const remove = new Set<string>();
  const sentInBatch = new Set<string>();
  for (const event of events) {
    if (event.type === 'message.sent' || event.type === 'message.updated') {
      const message = JSON.parse(event.data) as MessageView;
      const searchable =
        message.messageType !== 'SYSTEM' && !message.isDeleted && message.moderation.status !== 'removed' && message.content !== '';
      if (event.type === 'message.sent') sentInBatch.add(message.id);
      const fresh = sentInBatch.has(message.id);
      add.delete(message.id);
      replace.delete(message.id);
      remove.delete(message.id);
      if (searchable) (fresh ? add : replace).set(message.id, encoding.entry(message.id, message.content));
      else if (!fresh) remove.add(message.id);
    } else if (event.type === 'message.deleted') {
      const { id } = JSON.parse(event.data) as { id: string };
      add.delete(id);
      replace.delete(id);
      // Sent in this batch, it has no entry yet: nothing to drop.
      if (!sentInBatch.has(id)) remove.add(id);
    }
  }
  return { add, replace, remove };
}

/** The rule of indexChanges, for a stored message. */
function searchable(row: MessageRow): boolean {
  return row.message_type !== 'SYSTEM' && row.deleted_at === null && row.moderation_status !== 'removed' && row.content !== '';
}

/** What the rest of Parley asks of the index's keeper: a SearchIndexer, or the thread running one. */
export interface SearchIndexing {
  catchUp(): Promise<void>;
  reindex(messageIds: string[], tx?: Store): Promise<void>;
}

export class SearchIndexer implements SearchIndexing {
  private draining: Promise<number> | undefined;
  private requested = false;
  private timer: NodeJS.Timeout | undefined;
  private unsubscribe: (() => void) | undefined;
  /** How many times forgetWords was asked: a batch encoded across one forgets its words again. */
  private forgets = 0;

  constructor(
    private readonly store: Store,
    private readonly logger: Logger,
    private readonly encoding: SearchEncoding = wordSearch,
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

  /**
   * Re-indexes messages from their stored rows, under the current encoding (with encryption
   * on: the first configured key). For a key rotation, with ids from
   * `store.search.messageIdsIndexedUnder(oldKeyId, …)`; messages that are no longer searchable
   * leave the index. Runs in `tx` when given (so a rotation can re-seal and re-index a batch
   * together), else in a transaction of its own. It holds the index's position lock: the
   * indexer cannot write an older text over the re-indexed one, and the rows are read after
   * the lock, so they are at least as new as any event the indexer has applied.
   * Only for messages the index already holds: the indexer adds a newly sent message without
   * looking for an entry (indexChanges), so one indexed here first would be indexed twice.
   */
  async reindex(messageIds: string[], tx?: Store): Promise<void> {
    if (messageIds.length === 0) return;
    const work = async (store: Store) => {
      await store.search.lockPosition(nowIso());
      const rows = await store.messages.findMany(messageIds);
      const kept = [...rows.values()].filter(searchable);
      await store.search.remove(messageIds);
      await store.search.add(kept.map((row) => this.encoding.entry(row.id, row.content)));
    };
    await (tx === undefined ? this.store.transaction(work) : work(tx));
  }

  /** Drops the words the encoding remembers with their hashes (after an erasure). */
  forgetWords(): void {
    this.forgets++;
    this.encoding.forget();
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

  /**
   * Applies the next batch of events: where the index now stands, and whether to read again.
   * The events are read and their entries made before the transaction: on SQLite it holds the
   * one write lock that sends wait for, and opening and hashing a batch with encryption on took
   * a third of that hold. Under the lock, only the events after the position as it then stands
   * are applied (another indexer, or a search catching up, may have moved it meanwhile). An
   * erasure that blanked a message since the read leaves it out, as `search.add` writes no entry
   * for a blank or deleted message, and one that ran while the batch was encoded makes the
   * encoding forget the batch's words again.
   */
  private async indexBatch(): Promise<{ position: number; full: boolean }> {
    const forgets = this.forgets;
    const from = await this.store.search.position();
    const read = await this.store.events.readAfter(from, BATCH);
    if (read.length === 0) return { position: from, full: false };
    let changes = indexChanges(read, this.encoding);
    const applied = this.store.transaction(async (tx) => {
      const now = nowIso();
      const position = await tx.search.lockPosition(now);
      const events = position === from ? read : read.filter((event) => event.pos > position);
      // Everything read was applied meanwhile: read on from there.
      if (events.length === 0) return { position, full: true };
      if (events !== read) changes = indexChanges(events, this.encoding);
      await tx.search.remove([...changes.remove, ...changes.replace.keys()]);
      await tx.search.add([...changes.replace.values(), ...changes.add.values()]);
      const reached = (events.at(-1) as EventRow).pos;
      await tx.search.savePosition(reached, now);
      return { position: reached, full: read.length === BATCH };
    });
    return applied.finally(() => {
      if (this.forgets !== forgets) this.encoding.forget();
    });
  }
}
