// Delivers committed events to the sockets of the users who may see them. Every instance
// follows the log itself and serves its own sockets, so a message sent through one instance
// reaches sockets held by any other; the bus only makes them look sooner.
import type { EventPayloads, EventType } from '../domain/events.js';
import { Remembered } from '../remembered.js';
import type { EventRow } from '../storage/events.repository.js';
import type { Store } from '../storage/store.js';
import type { ConnectionRegistry } from './connections.js';
import { type LoggedPayload, socketEventName, socketPayload } from './socket-events.js';

const MEMBERSHIP_CACHE_SIZE = 10_000;

/**
 * The events that change what this instance holds (who is in a conversation, who was erased):
 * read even while nobody is connected here, when the fan-out skips the rest (realtime.ts).
 */
export const STATE_EVENT_TYPES = ['participant.added', 'participant.removed', 'conversation.deleted', 'user.erased'] as const satisfies readonly EventType[];

/** Who is in each conversation, kept current by the very events that change it. */
export class MembershipCache {
  private readonly members = new Remembered<Set<string>>(MEMBERSHIP_CACHE_SIZE);

  constructor(private readonly store: Store) {}

  async of(conversationId: string): Promise<Set<string>> {
    const cached = this.members.get(conversationId);
    if (cached) return cached;
    const ids = new Set(await this.store.conversations.activeParticipantIds(conversationId));
    this.members.set(conversationId, ids);
    return ids;
  }

  /** An erased user is in no conversation any more. */
  forgetUser(userId: string): void {
    for (const members of this.members.values()) members.delete(userId);
  }

  /** Must see, in log order and before it is delivered, every event of STATE_EVENT_TYPES that changes who is in a conversation. */
  observe(event: EventRow): void {
    if (event.conversation_id === null) return;
    if (event.type.startsWith('participant.') || event.type === 'conversation.deleted') {
      this.members.delete(event.conversation_id);
    }
  }
}

/** Makes a payload one recipient's own (attachment links are signed per user); identity by default. */
export type PersonalizePayload = <T extends LoggedPayload>(payload: T, userId: string) => T;

export class RealtimeFanout {
  constructor(
    private readonly registry: ConnectionRegistry,
    private readonly membership: MembershipCache,
    private readonly personalize: PersonalizePayload = (payload) => payload,
    /** A user erased on any instance (the log's `user.erased`, downstream only otherwise). */
    private readonly erased: (userId: string) => void = () => {},
    /**
     * A user stops typing in a conversation: the sender of a message about to be delivered (before
     * it arrives), a participant who left or was removed (no one is shown typing where they are not).
     */
    private readonly stoppedTyping: (conversationId: string, userId: string) => Promise<void> | undefined = () => undefined,
  ) {}

  /** The handler of this instance's LogTailer. */
  deliver = async (events: EventRow[]): Promise<void> => {
    for (const event of events) {
      this.membership.observe(event);
      if (event.type === 'user.erased') this.erased((JSON.parse(event.data) as EventPayloads['user.erased']).userId);
      if (event.type === 'message.sent' && event.conversation_id !== null && event.actor_id !== null) {
        await this.stoppedTyping(event.conversation_id, event.actor_id);
      }
      if (event.type === 'participant.removed' && event.conversation_id !== null) {
        await this.stoppedTyping(event.conversation_id, (JSON.parse(event.data) as EventPayloads['participant.removed']).userId);
      }
      const name = socketEventName(event);
      if (name === undefined) continue;
      const recipients = new Set<string>();
      if (event.audience_user_id !== null) recipients.add(event.audience_user_id);
      if (event.scope === 'conversation' && event.conversation_id !== null) {
        for (const userId of await this.membership.of(event.conversation_id)) recipients.add(userId);
      }
      let payload: LoggedPayload | undefined;
      for (const userId of recipients) {
        if (!this.registry.has(userId)) continue;
        payload ??= socketPayload(event);
        this.registry.sendTo(userId, name, this.personalize(payload, userId));
      }
    }
  };
}

