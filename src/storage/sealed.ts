// The columns encryption at rest covers, and how a row's values are sealed on the way in and
// opened on the way out. Repositories call these at their edges; nothing above storage sees a
// sealed value. The rotation job walks the same list.
import { ValueCipher } from '../crypto/value-cipher.js';
import { AppError } from '../errors.js';
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

/**
 * A message's content as its row seals it, for the copies a send writes beside it (the preview,
 * the event's payload) to carry instead of sealing the text again. Each sealing is a cipher
 * object of the runtime's, and their collection weighed more on a send than the encryption.
 */
export interface SealedContent {
  messageId: string;
  content: string;
  sealed: string;
}

/** `sent`: a new message, whose event carries its content; fan-out opens it moments later, so it is remembered. */
export function sealMessage<T extends MessageText>(cipher: ValueCipher, row: T, { sent = false }: { sent?: boolean } = {}): T {
  if (!cipher.enabled) return row;
  return {
    ...row,
    content: sent ? cipher.sealForReaders(CONTENT, row.id, row.content) : cipher.seal(CONTENT, row.id, row.content),
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

/**
 * The preview as stored. When it is the whole content of the message it shows (a short message,
 * most of them), it carries that message's sealed content, bound to this conversation's row.
 */
export function sealPreview(cipher: ValueCipher, conversationId: string, preview: string | null, shown?: SealedContent): string | null {
  if (shown !== undefined && preview === shown.content) {
    const carried = cipher.carry(PREVIEW, conversationId, shown.sealed, shown.messageId);
    if (carried !== undefined) return carried;
  }
  return cipher.sealNullable(PREVIEW, conversationId, preview);
}

function openPreview(cipher: ValueCipher, conversationId: string, stored: string): string {
  if (!ValueCipher.isCarried(stored)) return cipher.open(PREVIEW, conversationId, stored);
  return cipher.openCarried(PREVIEW, conversationId, CONTENT, stored).value;
}

type PreviewRow = { id: string; last_message_preview: string | null };

export function openConversation<T extends PreviewRow>(cipher: ValueCipher, row: T): T;
export function openConversation<T extends PreviewRow>(cipher: ValueCipher, row: T | undefined): T | undefined;
export function openConversation<T extends PreviewRow>(cipher: ValueCipher, row: T | undefined): T | undefined {
  if (row === undefined || row.last_message_preview === null || !isSealed(row.last_message_preview)) return row;
  return { ...row, last_message_preview: openPreview(cipher, row.id, row.last_message_preview) };
}

/**
 * The types whose payload a send writes with its message's text in it: `message.sent`, the
 * message's view, and `message.received`, whose `preview` is often the whole text.
 */
export const carriesSentContent = (eventType: string) => eventType === 'message.sent' || eventType === 'message.received';
/** A message view quotes the message it replies to; such a payload is sealed whole. */
const NO_QUOTE = '"replyTo":null';
/** How a message.received payload, as presentReceived's object is written, begins. */
const RECEIVED_START = '{"threadId":';

/**
 * An event's payload as stored. One that holds the whole text of the message a send wrote, and
 * no other text of it, carries the content its message row sealed: the payload is kept without
 * the text, the text's place in it noted, and the whole bound to the event's row
 * (crypto/value-cipher.ts). Such payloads are a message's view, as `JSON.stringify` wrote it,
 * quoting no reply, and a message.received whose preview is the whole text. The rest of the
 * payload is not encrypted: ids, times, statuses, and the names (of the sender, of attachments)
 * as they were at the send. Anything else is sealed whole. `viewOf`: the message the payload
 * may be about.
 */
export function sealEventData(cipher: ValueCipher, eventId: string, data: string, viewOf?: SealedContent): string {
  if (viewOf !== undefined) {
    const carried = carryContent(cipher, eventId, data, viewOf);
    if (carried !== undefined) return carried;
  }
  // Remembered: fan-out and delivery open it moments later.
  return cipher.sealForReaders(EVENT_DATA, eventId, data);
}

/** The key under which `data`, a payload about `messageId`, holds that message's text, if it is a payload that may carry it. */
function keyOfText(data: string, messageId: string): string | undefined {
  if (data.startsWith(viewStart(messageId))) return data.includes(NO_QUOTE) ? '"content":' : undefined;
  if (data.startsWith(RECEIVED_START) && data.includes(receivedNames(messageId))) return '"preview":';
  return undefined;
}

function carryContent(cipher: ValueCipher, eventId: string, data: string, { messageId, content, sealed }: SealedContent): string | undefined {
  // Outside a JSON string `"content":` (`"preview":`) is a key, and a payload's keys are fixed:
  // the first is the payload's own, which comes before any list. A text that UTF-8 cannot hold
  // as it is (a lone surrogate, refused at input) would not open as it was written: it is
  // sealed whole.
  const keyText = keyOfText(data, messageId);
  if (keyText === undefined || content === '' || !isWellFormed(content)) return undefined;
  const key = data.indexOf(keyText);
  const at = key + keyText.length;
  const quoted = JSON.stringify(content);
  if (key < 0 || !data.startsWith(quoted, at)) return undefined;
  return cipher.carry(EVENT_DATA, eventId, sealed, messageId, `${at}~${data.slice(0, at)}${data.slice(at + quoted.length)}`);
}

/** `String.prototype.isWellFormed` (Node 20), outside the ES2023 library this code is typed against. */
const isWellFormed = (text: string) => (text as string & { isWellFormed(): boolean }).isWellFormed();

const viewStart = (messageId: string) => `{"id":${JSON.stringify(messageId)},`;
const receivedNames = (messageId: string) => `,"messageId":${JSON.stringify(messageId)},`;

function openEventData(cipher: ValueCipher, eventId: string, stored: string): string {
  if (!ValueCipher.isCarried(stored)) return cipher.open(EVENT_DATA, eventId, stored);
  // The MAC has vouched for the tail: a mismatch here would be a bug, not an alteration.
  const { sourceRowId, value, tail } = cipher.openCarried(EVENT_DATA, eventId, CONTENT, stored);
  const split = tail.indexOf('~');
  const at = Number(tail.slice(0, split));
  const rest = tail.slice(split + 1);
  if (split < 1 || !Number.isSafeInteger(at) || at > rest.length || keyOfText(rest, sourceRowId) === undefined) {
    throw new AppError('INTERNAL', 'a stored event payload is malformed');
  }
  return `${rest.slice(0, at)}${JSON.stringify(value)}${rest.slice(at)}`;
}

export function openEvent<T extends { id: string; data: string }>(cipher: ValueCipher, row: T): T {
  if (!isSealed(row.data)) return row;
  return { ...row, data: openEventData(cipher, row.id, row.data) };
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
      return (opened ??= openEventData(cipher, row.id, stored));
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

/** Seals a value of any sealed column again under the current key (rotation); a carried value is sealed on its own. */
export function reseal(cipher: ValueCipher, column: SealedColumn, rowId: string, stored: string): string {
  const place = placeOf(column);
  const opened =
    place === EVENT_DATA ? openEventData(cipher, rowId, stored) : place === PREVIEW ? openPreview(cipher, rowId, stored) : cipher.open(place, rowId, stored);
  return cipher.seal(place, rowId, opened);
}

function isSealed(value: string | null): boolean {
  return value !== null && ValueCipher.keyIdOf(value) !== null;
}
