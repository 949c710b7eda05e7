import type { BlockRow } from '../storage/blocks.repository.js';

/** A block as the blocker sees it. */
export interface BlockView {
  userId: string;
  reason: string | null;
  createdAt: string;
}

export function presentBlock(row: BlockRow): BlockView {
  return { userId: row.blocked_id, reason: row.reason, createdAt: row.created_at };
}
