import type { ContextState } from '../domain/contexts.service.js';
import type { ContextRow } from '../storage/contexts.repository.js';

export interface ContextView {
  type: string;
  id: string;
  title: string | null;
  imageUrl: string | null;
  url: string | null;
  ownerId: string | null;
  state: string;
  metadata: Record<string, unknown>;
  version: number | null;
  updatedAt: string;
  /** When the conversations of a completed or cancelled context close; null when none will. */
  closesAt: string | null;
  conversations: number;
}

export function presentContext(row: ContextRow, conversations: number): ContextView {
  return {
    type: row.type,
    id: row.id,
    title: row.title,
    imageUrl: row.image_url,
    url: row.url,
    ownerId: row.owner_id,
    state: row.state,
    metadata: JSON.parse(row.metadata) as Record<string, unknown>,
    version: row.version === null ? null : Number(row.version),
    updatedAt: row.updated_at,
    closesAt: row.close_at,
    conversations,
  };
}

export interface ContextSummary {
  type: string;
  id: string;
  title: string | null;
  ownerId: string | null;
  state: ContextState | null;
}

/** A context in analytics: as the platform described it, or its first conversation did; null fields when neither remains. */
export function presentContextSummary(type: string, id: string, row: ContextRow | undefined): ContextSummary {
  return { type, id, title: row?.title ?? null, ownerId: row?.owner_id ?? null, state: (row?.state as ContextState | undefined) ?? null };
}
