// The audit log: who did what to which object, when. Entries are only appended; each one's
// hash is an HMAC-SHA256 over the entry and the previous entry's hash, so an entry changed,
// inserted or removed directly in the database breaks the chain where `verify` finds it.
// Removing the newest entries leaves a shorter chain that still verifies: keep the `lastHash`
// that verify returns somewhere else to detect that too.
import { createHmac } from 'node:crypto';
import { type AuditView, presentAuditEntry } from '../presenters/audit.presenter.js';
import type { AuditFilters, AuditRow } from '../storage/audit.repository.js';
import { newId, nowIso } from '../storage/ids.js';
import type { Store } from '../storage/store.js';
import type { Actor, Page, RequestOrigin } from './types.js';

/** What gets audited. Others are added here, so the list stays the vocabulary of the log. */
export const AUDIT_ACTIONS = [
  /** A moderator read a conversation they do not take part in (reason required). */
  'conversation.read',
  'message.approved',
  'message.removed',
  'report.resolved',
  /** A moderator or admin deleted someone else's message. */
  'message.deleted',
  /** An admin or the platform deleted a conversation for everyone. */
  'conversation.deleted',
  'dead_letter.replayed',
  'user.exported',
  'user.erased',
  'encryption.rotated',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export interface AuditActor {
  type: 'user' | 'service';
  id: string | null;
  ip: string | null;
  requestId: string | null;
}

export interface AuditDraft {
  actor: AuditActor;
  action: AuditAction;
  target: { type: string; id: string | null; conversationId?: string | null };
  reason?: string | null;
  note?: string | null;
}

/** The previous hash of the first entry. */
export const GENESIS_HASH = '0'.repeat(64);

const VERIFY_PAGE = 1000;

/** Who did it, as the log records it: the user or the service key, and where the request came from. */
export function auditActor(actor: Actor, origin: RequestOrigin): AuditActor {
  return {
    type: actor.kind,
    id: actor.kind === 'user' ? actor.userId : null,
    ip: origin.ip,
    requestId: origin.requestId,
  };
}

/**
 * The bytes the HMAC covers: every field of the entry in a fixed order, then the previous
 * hash. A JSON array has one serialisation, whatever the order keys were set in.
 */
export function canonicalEntry(row: Omit<AuditRow, 'hash'>): string {
  return JSON.stringify([
    1,
    row.seq,
    row.id,
    row.at,
    row.actor_type,
    row.actor_id,
    row.actor_ip,
    row.actor_request_id,
    row.action,
    row.target_type,
    row.target_id,
    row.target_conversation_id,
    row.reason,
    row.note,
    row.prev_hash,
  ]);
}

export type VerifyResult = { ok: true; entries: number; lastHash: string } | { ok: false; brokenAt: number };

export class AuditLog {
  constructor(
    private readonly store: Store,
    private readonly key: string,
  ) {}

  /**
   * A stable stand-in for an identifier that must not be kept in the clear (an erased user's
   * id): the same id always gives the same pseudonym, and only the audit key links it back.
   */
  pseudonym(value: string): string {
    return `hmac:${createHmac('sha256', this.key).update(`pseudonym\0${value}`).digest('hex').slice(0, 32)}`;
  }

  private hashOf(row: Omit<AuditRow, 'hash'>): string {
    return createHmac('sha256', this.key).update(canonicalEntry(row)).digest('hex');
  }

  /**
   * Appends one entry inside the caller's transaction, so it commits (or not) with the change
   * it records. Appends are serialised: the chain never forks.
   */
  async append(tx: Store, draft: AuditDraft): Promise<AuditView> {
    const head = await tx.audit.lockHead();
    const entry: Omit<AuditRow, 'hash'> = {
      seq: (head?.seq ?? 0) + 1,
      id: newId(),
      at: nowIso(),
      actor_type: draft.actor.type,
      actor_id: draft.actor.id,
      actor_ip: draft.actor.ip,
      actor_request_id: draft.actor.requestId,
      action: draft.action,
      target_type: draft.target.type,
      target_id: draft.target.id,
      target_conversation_id: draft.target.conversationId ?? null,
      reason: draft.reason ?? null,
      note: draft.note ?? null,
      prev_hash: head?.hash ?? GENESIS_HASH,
    };
    const row: AuditRow = { ...entry, hash: this.hashOf(entry) };
    await tx.audit.insert(row);
    return presentAuditEntry(row);
  }

  /** Appends one entry in a transaction of its own (for audited reads, which change nothing else). */
  record(draft: AuditDraft): Promise<AuditView> {
    return this.store.transaction((tx) => this.append(tx, draft));
  }

  async list(filters: Omit<AuditFilters, 'beforeSeq'>, limit: number, cursor?: number): Promise<Page<AuditView>> {
    const rows = await this.store.audit.list({ ...filters, ...(cursor !== undefined ? { beforeSeq: cursor } : {}) }, limit + 1);
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    return { data: page.map(presentAuditEntry), nextCursor: rows.length > limit && last ? String(last.seq) : null };
  }

  /** Walks the whole chain in order; the first entry whose seq, link or hash is wrong breaks it. */
  async verify(): Promise<VerifyResult> {
    let expectedSeq = 1;
    let previous = GENESIS_HASH;
    for (;;) {
      // From the very first row: one put before seq 1 (0, or below) is an insertion too.
      const rows = await this.store.audit.readAfter(expectedSeq === 1 ? null : expectedSeq - 1, VERIFY_PAGE);
      for (const row of rows) {
        const { hash, ...entry } = row;
        // A gap names the first missing seq; a seq no append makes (not a whole number, none) the
        // seq the list shows it under; anything else, the entry that does not check.
        if (!Number.isInteger(row.seq)) return { ok: false, brokenAt: Math.min(Math.trunc(Number(row.seq)) || 0, expectedSeq) };
        if (row.seq !== expectedSeq) return { ok: false, brokenAt: Math.min(row.seq, expectedSeq) };
        if (row.prev_hash !== previous || hash !== this.hashOf(entry)) return { ok: false, brokenAt: row.seq };
        previous = hash;
        expectedSeq += 1;
      }
      if (rows.length < VERIFY_PAGE) return { ok: true, entries: expectedSeq - 1, lastHash: previous };
    }
  }
}
