// The columns encryption at rest covers, and how a row's values are sealed on the way in and
// opened on the way out. Repositories call these at their edges; nothing above storage sees a
// sealed value. The rotation job walks the same list.
import { ValueCipher } from '../crypto/value-cipher.js';
import type { EventRow } from './events.repository.js';
import type { MessageRow } from './messages.repository.js';

/**
 * A sealed column: its table, the column, the row id its values are bound to, and the primary
 * key a walk over the table (rotation) pages by.
 */
export interface SealedColumn {
  readonly table: 'messages' | 'conversations' | 'events' | 'dead_letters';
  readonly column: 'content' | 'original_content' | 'last_message_preview' | 'data' | 'event';
  readonly rowId: 'id';
  readonly pageBy: 'id' | 'pos';
}

export const SEALED_COLUMNS = {
  messageContent: { table: 'messages', column: 'content', rowId: 'id', pageBy: 'id' },
  messageOriginal: { table: 'messages', column: 'original_content', rowId: 'id', pageBy: 'id' },
  conversationPreview: { table: 'conversations', column: 'last_message_preview', rowId: 'id', pageBy: 'id' },
  eventData: { table: 'events', column: 'data', rowId: 'id', pageBy: 'pos' },
  deadLetterEvent: { table: 'dead_letters', column: 'event', rowId: 'id', pageBy: 'id' },
} as const satisfies Record<string, SealedColumn>;

/** The associated data of a column's values: a value moved to another column does not open. */
export const placeOf = (column: SealedColumn) => `${column.table}.${column.column}`;

const CONTENT = placeOf(SEALED_COLUMNS.messageContent);
const ORIGINAL = placeOf(SEALED_COLUMNS.messageOriginal);
const PREVIEW = placeOf(SEALED_COLUMNS.conversationPreview);
const EVENT_DATA = placeOf(SEALED_COLUMNS.eventData);
const DEAD_LETTER = placeOf(SEALED_COLUMNS.deadLetterEvent);

type MessageText = Pick<MessageRow, 'id' | 'content' | 'original_content'>;

export function sealMessage<T extends MessageText>(cipher: ValueCipher, row: T): T {
  if (!cipher.enabled) return row;
  return {
    ...row,
    content: cipher.seal(CONTENT, row.id, row.content),
    original_content: cipher.sealNullable(ORIGINAL, row.id, row.original_content),
  };
}

export function openMessage<T extends MessageText>(cipher: ValueCipher, row: T): T {
  if (!isSealed(row.content) && !isSealed(row.original_content)) return row;
  return {
    ...row,
    content: cipher.open(CONTENT, row.id, row.content),
    original_content: cipher.openNullable(ORIGINAL, row.id, row.original_content),
  };
}

export const sealContent = (cipher: ValueCipher, messageId: string, content: string) => cipher.seal(CONTENT, messageId, content);
export const sealOriginal = (cipher: ValueCipher, messageId: string, original: string | null) =>
  cipher.sealNullable(ORIGINAL, messageId, original);

export const sealPreview = (cipher: ValueCipher, conversationId: string, preview: string | null) =>
  cipher.sealNullable(PREVIEW, conversationId, preview);

export function openConversation<T extends { id: string; last_message_preview: string | null }>(cipher: ValueCipher, row: T): T;
export function openConversation<T extends { id: string; last_message_preview: string | null }>(
  cipher: ValueCipher,
  row: T | undefined,
): T | undefined;
export function openConversation<T extends { id: string; last_message_preview: string | null }>(
  cipher: ValueCipher,
  row: T | undefined,
): T | undefined {
  if (row === undefined || !isSealed(row.last_message_preview)) return row;
  return { ...row, last_message_preview: cipher.openNullable(PREVIEW, row.id, row.last_message_preview) };
}

export const sealEventData = (cipher: ValueCipher, eventId: string, data: string) => cipher.sealForReaders(EVENT_DATA, eventId, data);

export function openEvent<T extends { id: string; data: string }>(cipher: ValueCipher, row: T): T {
  if (!isSealed(row.data)) return row;
  return { ...row, data: cipher.open(EVENT_DATA, row.id, row.data) };
}

/**
 * The event as the log's readers get it: its data opened when first read, not before. Most
 * readers pass over most events' data (fan-out when no recipient has a socket here, the search
 * index with events that are not about a message's text), and opening is most of what reading
 * an event costs with encryption on. `data` stays an own enumerable property: spreading the row
 * and JSON.stringify see the plaintext. A value that does not open throws where it is read.
 */
export function openEventOnRead(cipher: ValueCipher, row: EventRow): EventRow {
  if (!isSealed(row.data)) return row;
  const stored = row.data;
  let opened: string | undefined;
  // A literal with an accessor: several times cheaper than Object.defineProperty on the row.
  return {
    pos: row.pos,
    id: row.id,
    type: row.type,
    conversation_id: row.conversation_id,
    actor_id: row.actor_id,
    audience_user_id: row.audience_user_id,
    scope: row.scope,
    created_at: row.created_at,
    get data() {
      return (opened ??= cipher.open(EVENT_DATA, row.id, stored));
    },
    set data(value: string) {
      opened = value;
    },
  };
}

export const sealDeadLetter = (cipher: ValueCipher, id: string, event: string) => cipher.seal(DEAD_LETTER, id, event);

export function openDeadLetter<T extends { id: string; event: string }>(cipher: ValueCipher, row: T): T {
  if (!isSealed(row.event)) return row;
  return { ...row, event: cipher.open(DEAD_LETTER, row.id, row.event) };
}

/** Seals a value of any sealed column again under the current key (rotation). */
export function reseal(cipher: ValueCipher, column: SealedColumn, rowId: string, stored: string): string {
  const place = placeOf(column);
  return cipher.seal(place, rowId, cipher.open(place, rowId, stored));
}

function isSealed(value: string | null): boolean {
  return value !== null && ValueCipher.keyIdOf(value) !== null;
}
