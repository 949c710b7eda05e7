// Participants: OWNER/ADMIN add people or change their role, remove them; anyone leaves.
// Each change leaves a SYSTEM note in the timeline and writes participant.added/removed.
import type { Limits } from '../../config.js';
import { AppError, invalid, notFound } from '../../errors.js';
import type { ConversationView } from '../../presenters/conversations.presenter.js';
import { presentParticipantAdded, presentParticipantRemoved } from '../../presenters/events.presenter.js';
import { nowIso } from '../../storage/ids.js';
import type { Store } from '../../storage/store.js';
import { ensureLivingUsers } from '../users.service.js';
import { accessConversation, blockedWithAnyOf } from '../access.js';
import type { EventLogSignal } from '../event-signal.js';
import { eventRow } from '../events.js';
import type { SendingService } from '../messages/sending.service.js';
import { authorize } from '../policies.js';
import type { ParticipantRole, UserActor } from '../types.js';
import { appendConversationUpdated, freshViewFor, nameOf } from './views.js';

export class ParticipantsService {
  constructor(
    private readonly store: Store,
    private readonly limits: Limits,
    private readonly signal: EventLogSignal,
    private readonly sending: SendingService,
  ) {}

  /**
   * OWNER/ADMIN add users as MEMBER or `role`; not for DIRECT conversations. Naming a present
   * participant with a `role` changes theirs (only an OWNER grants OWNER or ADMIN, or changes an
   * OWNER's or ADMIN's role, and one OWNER always stays); without one, their role stays as it is.
   */
  async add(actor: UserActor, conversationId: string, userIds: string[], requestedRole?: ParticipantRole): Promise<ConversationView> {
    const ids = [...new Set(userIds)];
    const role = requestedRole ?? 'MEMBER';
    const view = await this.store.transactionInTurnOf(conversationId, async (tx) => {
      const access = await accessConversation(tx, actor, 'addParticipants', conversationId, { lock: true, target: { role } });
      const { conversation } = access;
      const now = nowIso();
      const existing = new Map((await tx.conversations.allParticipants(conversationId)).map((p) => [p.user_id, p]));
      const changing = requestedRole === undefined ? [] : ids.filter((id) => existing.get(id)?.left_at === null && existing.get(id)?.role !== requestedRole);
      for (const userId of changing) authorize(actor, 'addParticipants', { ...access, target: { role, current: existing.get(userId)?.role } });
      const owners = [...existing.values()].filter((p) => p.left_at === null && p.role === 'OWNER' && !changing.includes(p.user_id));
      if (role !== 'OWNER' && owners.length === 0 && changing.length > 0) {
        throw new AppError('CONFLICT', 'a conversation keeps at least one OWNER: make another participant OWNER first');
      }
      const active = [...existing.values()].filter((p) => p.left_at === null).length;
      const joining = ids.filter((id) => existing.get(id)?.left_at !== null);
      if (active + joining.length > this.limits.groupParticipants) {
        throw invalid(`a conversation has at most ${this.limits.groupParticipants} participants`, { field: 'userIds' });
      }
      await ensureLivingUsers(tx, joining, now);
      authorize(actor, 'addParticipants', { ...access, target: { role }, blocked: await blockedWithAnyOf(tx, actor.userId, joining) });
      // Those who join start at the note that announces them (the next seq: the row is locked), so
      // they have nothing unread; they are members before it is written, so their sockets get it
      // as /sync gives it to them, after their participant.added.
      const lastSeq = joining.length > 0 ? conversation.last_seq + 1 : conversation.last_seq;
      let rolesChanged = false;
      for (const userId of ids) {
        const present = existing.get(userId);
        if (present === undefined) {
          await tx.conversations.addParticipants([
            { conversation_id: conversationId, user_id: userId, role, joined_at: now, last_read_seq: lastSeq, last_read_at: now, archived: 0, hidden: 0, left_at: null },
          ]);
        } else if (present.left_at !== null) {
          await tx.conversations.rejoin(conversationId, userId, role, lastSeq, now);
        } else if (changing.includes(userId)) {
          await tx.conversations.setRole(conversationId, userId, role);
          rolesChanged = true;
        }
      }
      if (joining.length > 0) {
        await tx.events.append(
          joining.map((userId) =>
            eventRow({ type: 'participant.added', conversationId, actorId: actor.userId, data: presentParticipantAdded(conversationId, userId, role, actor.userId) }, now),
          ),
        );
        const names = await tx.users.findMany(joining);
        const list = joining.map((id) => nameOf(names.get(id), id)).join(', ');
        const note = await this.sending.appendSystemNote(tx, conversation, actor.profile, `${nameOf(actor.profile)} added ${list}`);
        if (note.message.seq !== lastSeq) throw new Error(`the note took seq ${note.message.seq}, not ${lastSeq}: the conversation row was not locked`);
      }
      if (rolesChanged) await appendConversationUpdated(tx, conversationId, actor.userId, now);
      return freshViewFor(tx, conversationId, actor.userId);
    });
    this.signal.committed();
    return view;
  }

  /** An OWNER/ADMIN removes someone, or a user leaves. The last OWNER must hand over first. */
  async remove(actor: UserActor, conversationId: string, userId: string): Promise<void> {
    const leaving = userId === actor.userId;
    await this.store.transactionInTurnOf(conversationId, async (tx) => {
      // Whether the caller may see the conversation comes before anything about the target.
      const access = await accessConversation(tx, actor, 'read', conversationId, { lock: true });
      const { conversation } = access;
      const target = leaving ? access.participant : await tx.conversations.findParticipant(conversationId, userId);
      if (!target || target.left_at !== null) throw notFound('participant');
      authorize(actor, leaving ? 'leave' : 'removeParticipant', { ...access, target: { role: target.role } });
      if (target.role === 'OWNER') {
        const others = (await tx.conversations.allParticipants(conversationId)).filter((p) => p.left_at === null && p.user_id !== userId);
        if (others.length > 0 && !others.some((p) => p.role === 'OWNER')) {
          throw new AppError('CONFLICT', 'the last OWNER must make another participant OWNER before leaving');
        }
      }
      const now = nowIso();
      const removed = leaving ? actor.profile : await tx.users.findById(userId);
      const note = leaving ? `${nameOf(actor.profile)} left` : `${nameOf(actor.profile)} removed ${nameOf(removed, userId)}`;
      await tx.conversations.leave(conversationId, userId, now);
      await tx.events.append([
        eventRow(
          { type: 'participant.removed', conversationId, actorId: actor.userId, audienceUserId: userId, data: presentParticipantRemoved(conversationId, userId, actor.userId) },
          now,
        ),
      ]);
      // The note comes after they are gone, so sockets and /sync alike give it to those who stay
      // (a former participant's /sync shows nothing of the conversation but their participant.removed).
      await this.sending.appendSystemNote(tx, conversation, actor.profile, note);
    });
    this.signal.committed();
  }
}
