import { invalid, notFound } from '../errors.js';
import { type BlockView, presentBlock } from '../presenters/blocks.presenter.js';
import { presentBlockChange } from '../presenters/events.presenter.js';
import type { BlockRow } from '../storage/blocks.repository.js';
import { nowIso } from '../storage/ids.js';
import type { Store } from '../storage/store.js';
import { decodeCursor, encodeCursor } from './cursors.js';
import type { EventLogSignal } from './event-signal.js';
import { eventRow } from './events.js';
import type { Page, UserActor } from './types.js';
import { ensureLivingUsers, requireLivingActor } from './users.service.js';

export class BlocksService {
  constructor(
    private readonly store: Store,
    private readonly signal: EventLogSignal,
  ) {}

  /** Blocks a user; `created` is false when the block already existed. */
  async block(actor: UserActor, userId: string, reason?: string): Promise<{ block: BlockView; created: boolean }> {
    if (userId === actor.userId) throw invalid('you cannot block yourself', { field: 'userId' });
    const result = await this.store.transaction(async (tx) => {
      // A send, an edit or a reaction in their DIRECT conversations takes the conversation's turn
      // and then asks about blocks: holding those turns, the block commits before such a change
      // reads, or after it committed (and after it in the log), never between its check and its write.
      await tx.conversations.takeDirectTurnsBetween(actor.userId, userId);
      const now = nowIso();
      await requireLivingActor(tx, actor.userId);
      // A user not seen yet can be blocked before they write; an erased one is nobody (404).
      await ensureLivingUsers(tx, [userId], now);
      const row: BlockRow = { blocker_id: actor.userId, blocked_id: userId, reason: reason ?? null, created_at: now };
      const { row: stored, created } = await tx.blocks.add(row);
      if (created) {
        await tx.events.append([
          eventRow(
            { type: 'user.blocked', conversationId: null, actorId: actor.userId, scope: 'user', audienceUserId: actor.userId, data: presentBlockChange(userId) },
            now,
          ),
        ]);
      }
      return { block: presentBlock(stored), created };
    });
    if (result.created) this.signal.committed();
    return result;
  }

  async unblock(actor: UserActor, userId: string): Promise<void> {
    const removed = await this.store.transaction(async (tx) => {
      const removed = await tx.blocks.remove(actor.userId, userId);
      if (removed) {
        await tx.events.append([
          eventRow({ type: 'user.unblocked', conversationId: null, actorId: actor.userId, scope: 'user', audienceUserId: actor.userId, data: presentBlockChange(userId) }),
        ]);
      }
      return removed;
    });
    if (!removed) throw notFound('block');
    this.signal.committed();
  }

  async list(actor: UserActor, cursor: string | undefined, limit: number): Promise<Page<BlockView>> {
    const after = cursor === undefined ? undefined : decodeCursor(cursor, { createdAt: 'time', id: 'text' });
    const rows = await this.store.blocks.list(actor.userId, after, limit + 1);
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    return {
      data: page.map(presentBlock),
      nextCursor: rows.length > limit && last ? encodeCursor({ createdAt: last.created_at, id: last.blocked_id }) : null,
    };
  }
}
