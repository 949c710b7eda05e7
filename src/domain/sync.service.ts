import type { AttachmentUrlSigner } from '../attachments/url-signer.js';
import { AppError } from '../errors.js';
import { forViewer } from '../presenters/messages.presenter.js';
import { type EventView, presentEvent } from '../presenters/events.presenter.js';
import type { EventRow } from '../storage/events.repository.js';
import type { Store } from '../storage/store.js';
import { parseEventCursor } from './cursors.js';
import { untilCommittedIsReadable } from './log-horizon.js';
import type { UserActor } from './types.js';

export interface SyncPage {
  events: EventView[];
  cursor: string;
  hasMore: boolean;
}

export class SyncService {
  constructor(
    private readonly store: Store,
    /** Signs attachment links in event data for the reader. */
    private readonly signer?: AttachmentUrlSigner,
  ) {}

  /**
   * The events a user may see after a cursor, in commit order. Without a cursor the answer is
   * the current head: a client loads state over REST, then follows the log from there.
   */
  async since(actor: UserActor, cursor: string | undefined, limit: number): Promise<SyncPage> {
    await untilCommittedIsReadable(this.store.events);
    if (cursor === undefined) {
      return { events: [], cursor: String(await this.store.events.headPosition()), hasMore: false };
    }
    const since = parseEventCursor(cursor);
    if (since < (await this.store.events.prunedThrough())) {
      throw new AppError('RESYNC_REQUIRED', 'the cursor is older than the retained event log; reload and sync from now');
    }
    // Read before the page: every event up to the head is final by then, so a page that ends
    // short of it holds everything the reader may see up to there.
    const head = await this.store.events.headPosition();
    const rows = await this.store.events.readVisibleTo(actor.userId, since, limit + 1);
    const page = rows.slice(0, limit);
    if (page.length === 0 && since > head) {
      // Never handed out by this log: from another database, or from before a restore of this one.
      throw new AppError('RESYNC_REQUIRED', 'the cursor is ahead of the event log; reload and sync from now');
    }
    const hasMore = rows.length > limit;
    const last = page.at(-1);
    // The last page moves the cursor to the head: a reader who sees few of the log's events does
    // not scan the others again next time, nor fall behind the log's retention while missing nothing.
    const reached = hasMore ? (last as EventRow).pos : Math.max(last?.pos ?? since, head);
    return {
      events: page.map((row) => this.forReader(presentEvent(row), actor.userId)),
      cursor: String(reached),
      hasMore,
    };
  }

  private forReader(event: EventView, userId: string): EventView {
    return this.signer ? { ...event, data: forViewer(event.data, this.signer, userId) } : event;
  }
}
