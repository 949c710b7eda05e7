// Editing and deleting messages. An edit passes the same content step as a send (content.ts);
// an edit of the latest message refreshes the preview every conversation list shows.
import type { AttachmentRow } from '../../storage/attachments.repository.js';
import type { AttachmentsService } from '../attachments.service.js';
import { forViewer, type MessageView, previewOf } from '../../presenters/messages.presenter.js';
import { nowIso } from '../../storage/ids.js';
import type { Store } from '../../storage/store.js';
import { accessMessage } from '../access.js';
import { appendConversationUpdated } from '../conversations/views.js';
import type { EventLogSignal } from '../event-signal.js';
import { eventRow } from '../events.js';
import { rewriteEditedQuotes, tombstoneMessage } from '../message-scrub.js';
import { isUnderReview, reviewOf } from '../moderation.service.js';
import { type AuditLog, auditActor } from '../audit.js';
import type { Actor, RequestOrigin, UserActor } from '../types.js';
import { checkJudgedState, type ContentReviewer } from './content.js';
import { presentOneMessage } from './views.js';

export class EditingService {
  constructor(
    private readonly store: Store,
    private readonly reviewer: ContentReviewer,
    private readonly signal: EventLogSignal,
    private readonly attachments: AttachmentsService,
    private readonly audit: AuditLog,
  ) {}

  /** The sender edits their message; it keeps its seq and is marked edited. */
  async edit(actor: UserActor, messageId: string, content: string): Promise<MessageView> {
    const prepared = await this.reviewer.prepare(actor.userId, content, () => this.store.conversations.contextStateOf({ messageId }));
    const view = await this.store.transactionInTurnOfMessage(messageId, async (tx) => {
      const { message, conversation } = await accessMessage(tx, actor, 'edit', messageId, { lock: true });
      checkJudgedState(prepared, conversation.context_state);
      const now = nowIso();
      // Under review (flagged or reported), the text under review stays for moderators and the
      // review stays open: an edit does not take back what was delivered and reported.
      const review = await reviewOf(tx, message.id);
      const underReview = review.reported || review.flagged;
      // An open flag stands until a moderator decides: text clean now is still `flagged` (queued
      // for review, as a send that is queued), with the reasons of what was flagged.
      const keepsFlag = review.flagged && prepared.moderationStatus === 'clean';
      const moderated = {
        content: prepared.content,
        moderation_status: keepsFlag ? 'flagged' : prepared.moderationStatus,
        moderation_reasons: keepsFlag ? review.flagReasons : JSON.stringify(prepared.moderationReasons),
        original_content: underReview ? (message.original_content ?? message.content) : prepared.originalContent,
      };
      await tx.messages.updateContent(message.id, moderated, now);
      // Unsigned links for the event log; the editor's copy is signed below.
      const view = await presentOneMessage(tx, this.attachments.signer, { ...message, ...moderated, edited_at: now });
      // The replaced text leaves the log too (its earlier events now quote the new one).
      await rewriteEditedQuotes(tx, message, { content: view.content, preview: previewOf(prepared.content), editedAt: now, moderation: view.moderation });
      await tx.events.append([
        eventRow({ type: 'message.updated', conversationId: conversation.id, actorId: actor.userId, data: view }, now),
      ]);
      // Only when it is still the latest message: the update checks that in the same statement.
      if (await tx.conversations.refreshLastPreview(conversation.id, message.id, previewOf(prepared.content))) {
        await appendConversationUpdated(tx, conversation.id, actor.userId, now);
      }
      // An open flag keeps its spans over the kept text; a report alone lets the new text's flag in.
      await this.reviewer.record(tx, message, review.flagged ? { ...prepared.review, flag: undefined } : prepared.review, now, { edit: !underReview });
      return view;
    });
    this.signal.committed();
    return forViewer(view, this.attachments.signer, actor.userId);
  }

  /**
   * The sender or a moderator deletes a message: a tombstone keeps its seq. Deleted by anyone
   * but its sender (a moderator, the platform), it is removed as a moderator's removal is: status
   * `removed`, its text kept for moderators; that deletion is audited.
   */
  async delete(actor: Actor, messageId: string, origin: RequestOrigin): Promise<void> {
    let removedFiles: AttachmentRow[] = [];
    const changed = await this.store.transactionInTurnOfMessage(messageId, async (tx) => {
      const { message } = await accessMessage(tx, actor, 'delete', messageId, { lock: true });
      if (message.deleted_at !== null) return false;
      const now = nowIso();
      const by = actor.kind === 'user' ? actor.userId : null;
      const bySender = by === message.sender_id;
      // Under review, the text stays for moderators (as a removal keeps it): deleting a reported
      // message does not destroy what it was reported for. Erasure and retention still take it.
      const keptForModerators = bySender && (await isUnderReview(tx, message.id)) ? (message.original_content ?? message.content) : null;
      removedFiles = await tombstoneMessage(tx, message, bySender ? { by, at: now, removal: false, keptForModerators } : { by, at: now, removal: true });
      if (!bySender) {
        await this.audit.append(tx, {
          actor: auditActor(actor, origin),
          action: 'message.deleted',
          target: { type: 'message', id: message.id, conversationId: message.conversation_id },
        });
      }
      return true;
    });
    if (changed) this.signal.committed();
    if (removedFiles.length > 0) await this.attachments.removeStored(removedFiles);
  }
}
