import type { ReportRow } from '../storage/reports.repository.js';

export interface ReportView {
  id: string;
  messageId: string;
  reason: string;
  details: string | null;
  status: string;
  createdAt: string;
}

export function presentReport(row: ReportRow): ReportView {
  return {
    id: row.id,
    messageId: row.message_id,
    reason: row.reason,
    details: row.details,
    status: row.status,
    createdAt: row.created_at,
  };
}
