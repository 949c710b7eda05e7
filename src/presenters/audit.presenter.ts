import type { AuditRow } from '../storage/audit.repository.js';

export interface AuditView {
  id: string;
  seq: number;
  at: string;
  actor: { type: string; id: string | null; ip: string | null; requestId: string | null };
  action: string;
  target: { type: string | null; id: string | null; conversationId: string | null };
  reason: string | null;
  note: string | null;
  prevHash: string;
  hash: string;
}

export function presentAuditEntry(row: AuditRow): AuditView {
  return {
    id: row.id,
    seq: row.seq,
    at: row.at,
    actor: { type: row.actor_type, id: row.actor_id, ip: row.actor_ip, requestId: row.actor_request_id },
    action: row.action,
    target: { type: row.target_type, id: row.target_id, conversationId: row.target_conversation_id },
    reason: row.reason,
    note: row.note,
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}
