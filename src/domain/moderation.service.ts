// What moderators do: work the review queue, approve or remove messages, resolve reports, and
// read any conversation for a stated reason. Every one of these is written to the audit log in
// the transaction that does it.
import { AppError, notFound } from '../errors.js';
import {
  type ModeratorMessageView,
  presentQueueItem,
  type QueueItemView,
  withOriginal,
} from '../presenters/moderation.presenter.js';
import { type ModeratorReportView, presentReportForModerator } from '../presenters/reports.presenter.js';
import { nowIso } from '../storage/ids.js';
import type { AttachmentRow } from '../storage/attachments.repository.js';
import type { MessageRow } from '../storage/messages.repository.js';
import type { Store } from '../storage/store.js';
import { accessConversation } from './access.js';
import type { AttachmentsService } from './attachments.service.js';
import { type AuditLog, auditActor } from './audit.js';
import { decodeCursor, encodeCursor } from './cursors.js';
import type { EventLogSignal } from './event-signal.js';
import { eventRow } from './events.js';
import { tombstoneMessage } from './message-scrub.js';
import { presentMessages, presentOneMessage } from './messages/views.js';
import type { Actor, Page, RequestOrigin } from './types.js';

export type ModerationDecision = 'approve' | 'remove';

export interface ModeratorReadQuery {
  reason: string;
  before?: number;
  after?: number;
  limit: number;
}

export class ModerationService {
  constructor(
    private readonly store: Store,
    private readonly audit: AuditLog,
    private readonly signal: EventLogSignal,
    private readonly attachments: AttachmentsService,
  ) {}

  /** Open items, oldest first: one per target, with its flag and every open report on it. */
  /** The queue as `actor` sees it: files' links are signed for them. */
  async queue(actor: Actor, cursor: string | undefined, limit: number): Promise<Page<QueueItemView>> {
    const after = cursor === undefined ? undefined : decodeCursor(cursor, { firstAt: 'time', type: 'text', id: 'text' });
    const targets = await this.store.moderation.queueTargets(after, limit + 1);
    const page = targets.slice(0, limit);
    const idsOf = (type: string) => page.filter((t) => t.target_type === type).map((t) => t.target_id);
    const messageIds = idsOf('message');
    const [reports, flags, messages, files] = await Promise.all([
      this.store.reports.openOn(page.map((t) => ({ type: t.target_type, id: t.target_id }))),
      this.store.moderation.flagsOf(messageIds),
      this.store.messages.findMany(messageIds),
      this.store.attachments.ofMessages(messageIds),
    ]);
    const viewerId = actor.kind === 'user' ? actor.userId : undefined;
    const conversationIds = [...idsOf('conversation'), ...[...messages.values()].map((m) => m.conversation_id)];
    const userIds = [...idsOf('user'), ...[...messages.values()].map((m) => m.sender_id)];
    const [conversations, users] = await Promise.all([
      this.store.conversations.findMany(conversationIds),
      this.store.users.findMany(userIds),
    ]);
    const data = page.map((target) => {
      const message = target.target_type === 'message' ? messages.get(target.target_id) : undefined;
      const conversationId = message?.conversation_id ?? (target.target_type === 'conversation' ? target.target_id : undefined);
      const sender = message && users.get(message.sender_id);
      const flag = target.target_type === 'message' ? flags.get(target.target_id) : undefined;
      const conversation = conversationId === undefined ? undefined : conversations.get(conversationId);
      const user = target.target_type === 'user' ? users.get(target.target_id) : undefined;
      return presentQueueItem({
        target: { type: target.target_type, id: target.target_id },
        firstAt: target.first_at,
        reports: reports.filter((r) => r.target_type === target.target_type && r.target_id === target.target_id),
        ...(message ? { message, attachments: (files.get(message.id) ?? []).map((file) => this.attachments.present(file, viewerId)) } : {}),
        ...(sender ? { sender } : {}),
        ...(flag && flag.status === 'open' ? { flag } : {}),
        ...(conversation ? { conversation } : {}),
        ...(user ? { user } : {}),
      });
    });
    const last = page.at(-1);
    const nextCursor =
      targets.length > limit && last ? encodeCursor({ firstAt: last.first_at, type: last.target_type, id: last.target_id }) : null;
    return { data, nextCursor };
  }

  /**
   * Approve: the message stays, a flagged one becomes clean. Remove: a tombstone for everyone
   * with `moderation.status: removed`. Either closes the message's flag and open reports.
   */
  async decide(actor: Actor, origin: RequestOrigin, messageId: string, action: ModerationDecision, note: string | null): Promise<ModeratorMessageView> {
    let removedFiles: AttachmentRow[] = [];
    const { view, changed } = await this.store.transactionInTurnOfMessage(messageId, async (tx) => {
      const found = await tx.messages.findById(messageId);
      if (!found) throw notFound('message');
      // Decisions take turns on the conversation, as every change to it does: of two moderators
      // at once, the second reads the message as the first left it.
      await tx.conversations.lockById(found.conversation_id);
      const message = (await tx.messages.findById(messageId)) ?? found;
      if (message.moderation_status === 'removed') {
        if (action === 'remove') return { view: await this.present(tx, message, actor), changed: false };
        throw new AppError('CONFLICT', 'a removed message cannot be approved');
      }
      // Approving what is not under review (not flagged, no open flag or report: never was, or
      // another moderator's decision came first) changes nothing and is not a decision to audit.
      if (action === 'approve' && !(await this.underReview(tx, message))) return { view: await this.present(tx, message, actor), changed: false };
      const now = nowIso();
      const by = actor.kind === 'user' ? actor.userId : null;
      let updated: MessageRow;
      if (action === 'remove') {
        // A tombstone for everyone, its files with it, its text kept for moderators.
        removedFiles = await tombstoneMessage(tx, message, { by, at: now, removal: true });
        updated = { ...message, content: '', original_content: message.original_content ?? message.content, deleted_at: now, moderation_status: 'removed' };
        await tx.moderation.decideFlag(message.id, { status: 'removed', note, by, at: now });
      } else {
        updated = await this.approve(tx, message, actor, now);
        await tx.moderation.decideFlag(message.id, { status: 'approved', note, by, at: now });
      }
      await tx.reports.resolveOpenOn(
        { type: 'message', id: message.id },
        { resolution: action === 'remove' ? 'removed' : 'approved', note, by, at: now },
      );
      await this.audit.append(tx, {
        actor: auditActor(actor, origin),
        action: action === 'remove' ? 'message.removed' : 'message.approved',
        target: { type: 'message', id: message.id, conversationId: message.conversation_id },
        note,
      });
      return { view: await this.present(tx, updated, actor), changed: true };
    });
    if (changed) this.signal.committed();
    if (removedFiles.length > 0) await this.attachments.removeStored(removedFiles);
    return view;
  }

  private async underReview(tx: Store, message: MessageRow): Promise<boolean> {
    if (message.moderation_status === 'flagged') return true;
    if ((await tx.moderation.flagsOf([message.id])).get(message.id)?.status === 'open') return true;
    return (await tx.reports.openOn([{ type: 'message', id: message.id }])).length > 0;
  }

  private async approve(tx: Store, message: MessageRow, actor: Actor, now: string): Promise<MessageRow> {
    if (message.moderation_status !== 'flagged' || message.deleted_at !== null) return message;
    // A flagged message was delivered as sent (a masked one stays `masked`): approved, it is
    // clean, with no reasons left for what was only flagged.
    const moderation = { status: 'clean', reasons: '[]' };
    await tx.messages.setModeration(message.id, moderation);
    const updated = { ...message, moderation_status: moderation.status, moderation_reasons: moderation.reasons };
    // The whole message, as an edit's event carries it: its files, reply and reactions included.
    const view = await presentOneMessage(tx, this.attachments.signer, updated);
    await tx.events.append([
      eventRow(
        { type: 'message.updated', conversationId: message.conversation_id, actorId: actor.kind === 'user' ? actor.userId : null, data: view },
        now,
      ),
    ]);
    return updated;
  }

  /** Resolves the report and every other open report on the same target: the queue item closes. */
  async resolveReport(
    actor: Actor,
    origin: RequestOrigin,
    reportId: string,
    input: { resolution: string; note: string | null },
  ): Promise<ModeratorReportView> {
    return this.store.transaction(async (tx) => {
      const found = await tx.reports.findById(reportId);
      if (!found) throw notFound('report');
      const target = { type: found.target_type, id: found.target_id };
      // Read again under the target's lock: of two moderators at once, the second gets 409.
      const report = (await tx.reports.lockOnTarget(target)).find((row) => row.id === reportId) ?? found;
      if (report.status !== 'open') throw new AppError('CONFLICT', 'this report is already resolved');
      const now = nowIso();
      await tx.reports.resolveOpenOn(target, {
        resolution: input.resolution,
        note: input.note,
        by: actor.kind === 'user' ? actor.userId : null,
        at: now,
      });
      await this.audit.append(tx, {
        actor: auditActor(actor, origin),
        action: 'report.resolved',
        target: { ...target, conversationId: report.conversation_id },
        reason: input.resolution,
        note: input.note,
      });
      return presentReportForModerator((await tx.reports.findById(reportId)) ?? report);
    });
  }

  /** A moderator reads any conversation; the read, with its reason, is audited before anything is shown. */
  async readConversation(actor: Actor, origin: RequestOrigin, conversationId: string, query: ModeratorReadQuery): Promise<Page<ModeratorMessageView>> {
    await accessConversation(this.store, actor, 'adminRead', conversationId);
    await this.audit.record({
      actor: auditActor(actor, origin),
      action: 'conversation.read',
      target: { type: 'conversation', id: conversationId, conversationId },
      reason: query.reason,
    });
    const rows =
      query.after !== undefined
        ? await this.store.messages.listAfter(conversationId, query.after, query.limit + 1)
        : await this.store.messages.listBefore(conversationId, query.before, query.limit + 1);
    const page = rows.slice(0, query.limit);
    const data = await this.presentAll(this.store, conversationId, page, actor);
    const last = page.at(-1);
    return { data, nextCursor: rows.length > query.limit && last ? String(last.seq) : null };
  }

  private async present(tx: Store, row: MessageRow, actor: Actor): Promise<ModeratorMessageView> {
    return (await this.presentAll(tx, row.conversation_id, [row], actor))[0] as ModeratorMessageView;
  }

  /** Messages of one conversation as a moderator sees them: as participants do (files' links signed for the moderator), and the original text. */
  private async presentAll(store: Store, conversationId: string, rows: MessageRow[], actor: Actor): Promise<ModeratorMessageView[]> {
    const views = await presentMessages(store, this.attachments.signer, conversationId, rows, actor.kind === 'user' ? actor.userId : undefined);
    return views.map((view, i) => withOriginal(view, rows[i] as MessageRow));
  }
}

/** What waits for a moderator on a message: an open report on it, its open flag. */
export async function reviewOf(store: Store, messageId: string): Promise<{ reported: boolean; flagged: boolean; flagReasons: string }> {
  const [reports, flags] = await Promise.all([store.reports.openOn([{ type: 'message', id: messageId }]), store.moderation.flagsOf([messageId])]);
  const flag = flags.get(messageId);
  return { reported: reports.length > 0, flagged: flag?.status === 'open', flagReasons: flag?.status === 'open' ? flag.reasons : '[]' };
}

/** Whether a message waits for a moderator: an open report on it, or its open flag. */
export async function isUnderReview(store: Store, messageId: string): Promise<boolean> {
  const review = await reviewOf(store, messageId);
  return review.reported || review.flagged;
}
