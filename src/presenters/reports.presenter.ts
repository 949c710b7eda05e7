import type { ReportRow } from '../storage/reports.repository.js';

/** A report as its reporter sees it. */
export interface ReportView {
  id: string;
  target: { type: string; id: string };
  /** The reported message's id (message reports only), as `POST /messages/{id}/report` answered before targets existed. */
  messageId: string | null;
  conversationId: string | null;
  reason: string;
  details: string | null;
  status: string;
  createdAt: string;
}

/** A report as moderators see it: who made it and how it was resolved. */
export interface ModeratorReportView extends ReportView {
  reporterId: string;
  resolution: string | null;
  note: string | null;
  resolvedBy: string | null;
  resolvedAt: string | null;
}

export function presentReport(row: ReportRow): ReportView {
  return {
    id: row.id,
    target: { type: row.target_type, id: row.target_id },
    messageId: row.target_type === 'message' ? row.target_id : null,
    conversationId: row.conversation_id,
    reason: row.reason,
    details: row.details,
    status: row.status,
    createdAt: row.created_at,
  };
}

export function presentReportForModerator(row: ReportRow): ModeratorReportView {
  return {
    ...presentReport(row),
    reporterId: row.reporter_id,
    resolution: row.resolution,
    note: row.note,
    resolvedBy: row.resolved_by,
    resolvedAt: row.resolved_at,
  };
}
