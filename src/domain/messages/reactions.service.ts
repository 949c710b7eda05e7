// Reactions: one per user per emoji and message, and at most MAX_REACTIONS_PER_USER different
// ones per user on a message, so that one user cannot grow a message (and every page that shows
// it) without bound. A closed conversation or a block in a DIRECT one stops new reactions as it
// stops sends; taking one's own back is always allowed.
import type { AttachmentUrlSigner } from '../../attachments/url-signer.js';
import { presentReaction } from '../../presenters/events.presenter.js';
import type { MessageView } from '../../presenters/messages.presenter.js';
import { AppError, notFound } from '../../errors.js';
import { nowIso } from '../../storage/ids.js';
import type { MessageRow } from '../../storage/messages.repository.js';
import type { Store } from '../../storage/store.js';
import { accessMessage } from '../access.js';
import type { EventLogSignal } from '../event-signal.js';
import { eventRow } from '../events.js';
import type { UserActor } from '../types.js';
import { checkEmoji, reactionToRemove } from './emoji.js';
import { presentOneMessage } from './views.js';

export const MAX_REACTIONS_PER_USER = 20;

export class ReactionsService {
  constructor(
    private readonly store: Store,
    private readonly signal: EventLogSignal,
    private readonly links: AttachmentUrlSigner,
  ) {}

  /** Adds the actor's reaction (an emoji or its short code, as sent); `created` is false when it was already there. */
  async react(actor: UserActor, messageId: string, sent: string): Promise<{ created: boolean; message: MessageView }> {
    const emoji = checkEmoji(sent);
    const result = await this.store.transactionInTurnOfMessage(messageId, async (tx) => {
      const { message } = await accessMessage(tx, actor, 'react', messageId, { lock: true });
      const now = nowIso();
      const created = await tx.messages.addReaction(message.id, actor.userId, emoji, now);
      // Counted after the insert, in its transaction: a reaction past the limit is rolled back with it.
      if (created && (await tx.messages.reactionCountOf(message.id, actor.userId)) > MAX_REACTIONS_PER_USER) {
        throw new AppError('CONFLICT', `a user holds at most ${MAX_REACTIONS_PER_USER} different reactions on one message: take one back first`, {
          maxReactions: MAX_REACTIONS_PER_USER,
        });
      }
      if (created) await tx.events.append([reactionEvent('reaction.added', message, actor.userId, emoji, now)]);
      return { created, message: await presentOneMessage(tx, this.links, message, actor.userId) };
    });
    if (result.created) this.signal.committed();
    return result;
  }

  async unreact(actor: UserActor, messageId: string, sent: string): Promise<void> {
    const emoji = reactionToRemove(sent);
    const removed = await this.store.transactionInTurnOfMessage(messageId, async (tx) => {
      const { message } = await accessMessage(tx, actor, 'unreact', messageId, { lock: true });
      const removed = await tx.messages.removeReaction(message.id, actor.userId, emoji);
      if (removed) await tx.events.append([reactionEvent('reaction.removed', message, actor.userId, emoji, nowIso())]);
      return removed;
    });
    if (!removed) throw notFound('reaction');
    this.signal.committed();
  }
}

function reactionEvent(type: 'reaction.added' | 'reaction.removed', message: MessageRow, userId: string, emoji: string, now: string) {
  return eventRow(
    {
      type,
      conversationId: message.conversation_id,
      actorId: userId,
      data: presentReaction(message, userId, emoji, type === 'reaction.added' ? 'added' : 'removed'),
    },
    now,
  );
}
