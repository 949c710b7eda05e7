import type { EventRow } from '../storage/events.repository.js';

export interface EventView {
  id: string;
  cursor: string;
  type: string;
  source: 'parley';
  time: string;
  conversationId: string | null;
  actorId: string | null;
  data: unknown;
}

export function presentEvent(row: EventRow): EventView {
  return {
    id: row.id,
    cursor: String(row.pos),
    type: row.type,
    source: 'parley',
    time: row.created_at,
    conversationId: row.conversation_id,
    actorId: row.actor_id,
    data: JSON.parse(row.data) as unknown,
  };
}
