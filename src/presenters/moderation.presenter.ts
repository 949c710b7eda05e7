// What moderators see: messages with the text as submitted, flags with what matched, and the
// review queue's items. Never sent to participants, events or sinks.
import type { ConversationRow } from '../storage/conversations.repository.js';
import type { MessageRow } from '../storage/messages.repository.js';
import type { FlagRow } from '../storage/moderation.repository.js';
import type { ReportRow } from '../storage/reports.repository.js';
import type { UserRow } from '../storage/users.repository.js';
import { type AttachmentView, type MessageRelations, type MessageView, presentMessage } from './messages.presenter.js';
import { type ModeratorReportView, presentReportForModerator } from './reports.presenter.js';
import { presentUserSummary, type UserSummary } from './users.presenter.js';

export interface ModeratorMessageView extends MessageView {
  /** The text as the sender submitted it, when moderation changed, flagged or removed it. */
  originalContent: string | null;
}

export interface FlagView {
  status: string;
  reasons: string[];
  /** Offsets into originalContent, as the policy found them. */
  violations: { check: string; kind: string; start: number; end: number; action: string }[];
  /** True when the sender's recent masks and blocks (escalation) queued it. */
  escalated: boolean;
  note: string | null;
  decidedBy: string | null;
  decidedAt: string | null;
  createdAt: string;
}

export interface ConversationSummaryView {
  id: string;
  type: string;
  title: string | null;
  status: string;
  context: unknown;
}

export interface QueueItemView {
  target: { type: string; id: string; conversationId: string | null };
  /** When the oldest open item on this target arrived: the queue's order. */
  firstAt: string;
  message: ModeratorMessageView | null;
  flag: FlagView | null;
  conversation: ConversationSummaryView | null;
  user: UserSummary | null;
  reports: ModeratorReportView[];
}

export function presentMessageForModerator(row: MessageRow, relations: MessageRelations): ModeratorMessageView {
  return withOriginal(presentMessage(row, relations), row);
}

/** A message as its participants see it, with the text as the sender submitted it. */
export const withOriginal = (view: MessageView, row: Pick<MessageRow, 'original_content'>): ModeratorMessageView => ({
  ...view,
  originalContent: row.original_content,
});

export function presentFlag(row: FlagRow): FlagView {
  return {
    status: row.status,
    reasons: JSON.parse(row.reasons) as string[],
    violations: JSON.parse(row.violations) as FlagView['violations'],
    escalated: row.escalated === 1,
    note: row.note,
    decidedBy: row.decided_by,
    decidedAt: row.decided_at,
    createdAt: row.created_at,
  };
}

export function presentConversationSummary(row: ConversationRow): ConversationSummaryView {
  return {
    id: row.id,
    type: row.type,
    title: row.title,
    status: row.status,
    context: row.context === null ? null : (JSON.parse(row.context) as unknown),
  };
}

export interface QueueItemParts {
  target: { type: string; id: string };
  firstAt: string;
  message?: MessageRow;
  sender?: UserRow;
  /** The message's files, with links signed for the moderator. */
  attachments?: AttachmentView[];
  flag?: FlagRow;
  conversation?: ConversationRow;
  user?: UserRow;
  reports: ReportRow[];
}

export function presentQueueItem(parts: QueueItemParts): QueueItemView {
  const conversationId = parts.message?.conversation_id ?? parts.conversation?.id ?? null;
  return {
    target: { ...parts.target, conversationId },
    firstAt: parts.firstAt,
    message: parts.message
      ? presentMessageForModerator(parts.message, { attachments: parts.attachments ?? [], ...(parts.sender ? { sender: parts.sender } : {}) })
      : null,
    flag: parts.flag ? presentFlag(parts.flag) : null,
    conversation: parts.conversation ? presentConversationSummary(parts.conversation) : null,
    user: parts.target.type === 'user' ? presentUserSummary(parts.target.id, parts.user) : null,
    reports: parts.reports.map(presentReportForModerator),
  };
}
