// Removing every copy of some messages' text, the one routine a GDPR erasure and the retention
// sweep share: the messages become tombstones (content, the moderators' original, reactions and
// files go), previews and search entries go, and the stored payloads that quote them (events,
// dead letters) are rewritten. A deletion and a moderator's removal rewrite the events that quote
// the message (`tombstoneMessage`); a rewritten event's dead letters always follow it. The retention sweep announces each message that was not a
// tombstone before with `message.deleted`, as a deletion is, so sockets, /sync and the sinks
// learn the text is gone; an erasure does the same up to a bound (`announceAtMost`: a PostgreSQL
// transaction appends at most 65,536 events), and tells the sinks of the user (`user.erased`).
import type { ViolationKind } from '../moderation/policy.types.js';
import type { AttachmentRow } from '../storage/attachments.repository.js';
import type { MessageRow } from '../storage/messages.repository.js';
import type { NewEventRow } from '../storage/events.repository.js';
import type { StoredPayload } from '../storage/privacy.repository.js';
import { inLists } from '../storage/in-lists.js';
import type { Store } from '../storage/store.js';
import { presentMessageDeleted } from '../presenters/events.presenter.js';
import { previewOf } from '../presenters/messages.presenter.js';
import { eventRow } from './events.js';

/** Stored payloads read per page. */
const PAGE = 500;
/** Instances' clocks may disagree this much: an event quoting a message is looked for from its creation less this. */
const CLOCK_SKEW_MS = 10 * 60_000;

type JsonObject = Record<string, unknown>;
const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Blanks what a stored payload says of the scrubbed messages: a presented message (deleted as of
 * `deletedAt`, unless it says when it was deleted before), a message.received notice, a reply's
 * quote, a conversation's last-message preview; true when something changed.
 */
export function scrubMessagePayload(data: unknown, scrubbed: { has(messageId: string): boolean }, deletedAt: string): boolean {
  if (!isObject(data)) return false;
  let changed = false;
  // A presented message (message.sent, message.updated); message.deleted names the id but quotes nothing.
  if (typeof data.id === 'string' && scrubbed.has(data.id) && 'content' in data) {
    data.content = '';
    if ('originalContent' in data) data.originalContent = null;
    data.attachments = [];
    data.reactions = [];
    data.isDeleted = true;
    if ('deletedAt' in data && data.deletedAt === null) data.deletedAt = deletedAt;
    changed = true;
  }
  if (typeof data.messageId === 'string' && scrubbed.has(data.messageId) && 'preview' in data) {
    data.preview = '';
    changed = true;
  }
  const last = data.lastMessage;
  if (isObject(last) && typeof last.id === 'string' && scrubbed.has(last.id)) {
    last.preview = '';
    changed = true;
  }
  const reply = data.replyTo;
  if (isObject(reply) && typeof reply.id === 'string' && scrubbed.has(reply.id)) {
    reply.preview = '';
    reply.isDeleted = true;
    changed = true;
  }
  return changed;
}

/**
 * Forgets an erased user's profile in a stored payload: each summary of theirs (a message's
 * sender, a conversation's participants, anywhere in it) keeps only the id, and a notice's
 * `senderUsername` becomes the id, as for a user who never had a name. True when something changed.
 */
export function anonymisePayload(data: unknown, userId: string): boolean {
  if (Array.isArray(data)) return data.reduce<boolean>((changed, item) => anonymisePayload(item, userId) || changed, false);
  if (!isObject(data)) return false;
  let changed = false;
  if (data.id === userId) {
    for (const field of ['username', 'displayName', 'avatarUrl'] as const) {
      if (field in data && data[field] !== null) {
        data[field] = null;
        changed = true;
      }
    }
  }
  if (data.senderId === userId && typeof data.senderUsername === 'string' && data.senderUsername !== userId) {
    data.senderUsername = userId;
    changed = true;
  }
  // A report they made (report.created): its reason and details are their words, cleared as the report's are.
  if (data.reporterId === userId && typeof data.details === 'string') {
    data.details = null;
    changed = true;
  }
  if (data.reporterId === userId && typeof data.reason === 'string' && data.reason !== '') {
    data.reason = '';
    changed = true;
  }
  for (const value of Object.values(data)) if (typeof value === 'object' && anonymisePayload(value, userId)) changed = true;
  return changed;
}

/** Parley's notes rewritten by an erasure, by message id: their new text and preview. */
export type RenamedNotes = ReadonlyMap<string, QuotedText>;

/**
 * Parley's own notes ("Ann added Jane Doe", "Jane Doe left") name people by their names of the
 * day: an erasure writes the erased user's id where their display name or username stood, in
 * every note of every conversation they took part in (a disputed one too: the note is Parley's
 * record, not the user's words, and the name could not be found again once the profile is
 * blank). The notes' rows and previews are rewritten here; their copies in the events, by
 * `renameInNotes` over the payloads.
 */
export async function forgetNameInNotes(tx: Store, userId: string, names: readonly (string | null)[]): Promise<RenamedNotes> {
  const renamed = new Map<string, QuotedText>();
  const escaped = [...new Set(names.filter((name): name is string => name !== null && name.trim() !== '' && name !== userId))]
    // Longest first: "Jane Doe" before "Jane".
    .sort((a, b) => b.length - a.length)
    .map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (escaped.length === 0) return renamed;
  const named = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${escaped.join('|')})(?![\\p{L}\\p{N}_])`, 'gu');
  let after: string | null = null;
  for (;;) {
    const notes = await tx.privacy.systemNotesAround(userId, after, PAGE);
    for (const note of notes) {
      const content = note.content.replace(named, userId);
      if (content === note.content) continue;
      const preview = previewOf(content);
      await tx.privacy.rewriteNote(note, content, preview);
      renamed.set(note.id, { content, preview });
    }
    if (notes.length < PAGE) return renamed;
    after = notes[notes.length - 1]?.id ?? null;
  }
}

/** Puts renamed notes' new text where a stored payload quotes them; true when something changed. */
export function renameInNotes(data: unknown, notes: RenamedNotes): boolean {
  return notes.size > 0 && requote(data, (id) => (typeof id === 'string' ? notes.get(id) : undefined));
}

/** Rewrites the events of conversations that quote renamed notes (those an erasure's scrub does not read). */
export async function rewriteRenamedNotes(tx: Store, conversationIds: string[], notes: RenamedNotes): Promise<void> {
  if (notes.size === 0 || conversationIds.length === 0) return;
  await rewriteConversationEvents(tx, conversationIds, 0, (payload) => renameInNotes(payload, notes));
}

export interface ScrubOutcome {
  /** Messages that still held text or were not yet tombstones, now both. */
  tombstoned: number;
  /** Files hidden with their messages; the caller removes their bytes after the commit. */
  files: AttachmentRow[];
}

/**
 * One transaction's scrubbing. The caller holds the messages' conversations (`lockConversations`)
 * and has left out those that must wait (a disputed context); `add` may be called page by page,
 * then `finish` once, before the commit.
 */
export class MessageScrub {
  private readonly scrubbed = new Set<string>();
  private readonly conversations = new Set<string>();
  private readonly announcements: NewEventRow[] = [];
  private readonly files: AttachmentRow[] = [];
  private tombstoned = 0;
  private indexHeld = false;
  private oldest: string | undefined;

  constructor(
    private readonly tx: Store,
    private readonly now: string,
    /**
     * `announce`: a message.deleted per new tombstone. `anonymise`: an erased user, whose profile
     * the stored payloads of `conversations` (their whole history) forget as well.
     */
    private readonly options: {
      announce: boolean;
      /** More tombstones than this are not announced one by one (a transaction's events are bounded); the caller says so another way. */
      announceAtMost?: number;
      anonymise?: { userId: string; conversations: string[]; notes?: RenamedNotes };
    },
  ) {}

  /** Makes tombstones of these messages and removes their text from the rows that hold it. */
  async add(ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    if (!this.indexHeld) {
      // The search indexer may hold entries made from events read before this transaction. It
      // writes them under this lock, so its write comes after the commit and sees the blanked
      // rows, for which search.add writes nothing.
      await this.tx.search.lockPosition(this.now);
      this.indexHeld = true;
    }
    const rows = await this.tx.privacy.lockMessages(ids);
    const pending = rows.filter((row) => row.deleted_at === null || row.has_text === 1).map((row) => row.id);
    await this.tx.privacy.blankMessages(pending, this.now);
    await this.tx.privacy.deleteReactionsOn(pending);
    await this.tx.privacy.clearPreviewsOf(pending);
    await this.tx.search.remove(pending);
    this.files.push(...(await this.tx.privacy.markMessageAttachmentsDeleted(pending, this.now)));
    this.tombstoned += pending.length;
    for (const row of rows) {
      // Even a message deleted before may still be quoted by an event written when it was sent.
      this.scrubbed.add(row.id);
      this.conversations.add(row.conversation_id);
      if (this.oldest === undefined || row.created_at < this.oldest) this.oldest = row.created_at;
      if (!this.options.announce || row.deleted_at !== null) continue;
      this.announcements.push(
        eventRow({ type: 'message.deleted', conversationId: row.conversation_id, actorId: null, data: presentMessageDeleted(row, this.now) }, this.now),
      );
    }
  }

  /** Rewrites the events and dead letters that quote the messages, and announces the tombstones. */
  async finish(): Promise<ScrubOutcome> {
    const anonymise = this.options.anonymise;
    const change = (payload: unknown) => {
      const scrubbed = scrubMessagePayload(payload, this.scrubbed, this.now);
      if (anonymise === undefined) return scrubbed;
      const renamed = anonymise.notes !== undefined && renameInNotes(payload, anonymise.notes);
      return anonymisePayload(payload, anonymise.userId) || renamed || scrubbed;
    };
    if (anonymise !== undefined) {
      // Their profile is quoted from the day they joined (conversation.created, participants): the whole history is read.
      const conversationIds = [...new Set([...this.conversations, ...anonymise.conversations])];
      await rewriteConversationEvents(this.tx, conversationIds, 0, change);
      // Their reports of users belong to no conversation: found through the reports.
      await rewritePayloads(
        (afterKey) => this.tx.privacy.reportEventsBy(anonymise.userId, afterKey === null ? 0 : Number(afterKey), PAGE),
        (key, payload) => this.tx.privacy.rewriteEvent(key, payload),
        change,
      );
    } else if (this.oldest !== undefined) {
      await scrubQuotingEvents(this.tx, this.scrubbed, [...this.conversations], this.oldest, this.now);
    }
    // Every dead letter, those of events pruned from the log or of reports included.
    if (this.oldest !== undefined || anonymise !== undefined) await rewriteDeadLetters(this.tx, undefined, change);
    // Appended after the rewrite, which therefore never reads them: they quote no text.
    if (this.announcements.length <= (this.options.announceAtMost ?? Number.POSITIVE_INFINITY)) await this.tx.events.append(this.announcements);
    return { tombstoned: this.tombstoned, files: this.files };
  }
}

/** A message's text as the payloads that quote it show it: whole where it is presented, its preview where it is quoted. */
export interface QuotedText {
  content: string;
  preview: string;
}

/** A message as an edit left it, as the payloads that quote it show it. */
export interface EditedText extends QuotedText {
  editedAt: string;
  moderation: unknown;
}

/**
 * Puts a message's new text where a stored payload quotes it: a presented message (its content;
 * `presented` changes what else goes with it), a message.received notice, a conversation's last
 * message, a reply's quote. `textOf` names the new text of the messages being rewritten (undefined
 * for any other id). True when something changed.
 */
function requote(data: unknown, textOf: (messageId: unknown) => QuotedText | undefined, presented?: (message: JsonObject) => void): boolean {
  if (!isObject(data)) return false;
  let changed = false;
  const own = textOf(data.id);
  if (own !== undefined && typeof data.content === 'string') {
    data.content = own.content;
    presented?.(data);
    changed = true;
  }
  const noticed = textOf(data.messageId);
  if (noticed !== undefined && typeof data.preview === 'string') {
    data.preview = noticed.preview;
    changed = true;
  }
  for (const quote of [data.lastMessage, data.replyTo]) {
    const quoted = isObject(quote) ? textOf(quote.id) : undefined;
    if (quoted !== undefined && isObject(quote) && typeof quote.preview === 'string') {
      quote.preview = quoted.preview;
      changed = true;
    }
  }
  return changed;
}

/** Puts an edited message's new text where a stored payload quotes it; true when something changed. */
export function editMessagePayload(data: unknown, messageId: string, edited: EditedText): boolean {
  return requote(
    data,
    (id) => (id === messageId ? edited : undefined),
    (message) => {
      message.isEdited = true;
      message.editedAt = edited.editedAt;
      if ('moderation' in message) message.moderation = edited.moderation;
    },
  );
}

/**
 * An edit replaces the text everywhere the log quotes the message (its message.sent and earlier
 * message.updated, message.received notices, replies' quotes, last-message previews), as a
 * deletion blanks it: the log keeps no text its sender replaced, nor do the dead letters that
 * hold those events (a replay sends the log's version anyway). Call it before appending the
 * edit's own event.
 */
export async function rewriteEditedQuotes(tx: Store, message: { id: string; conversation_id: string; created_at: string }, edited: EditedText): Promise<void> {
  const from = await tx.privacy.positionBefore(new Date(Date.parse(message.created_at) - CLOCK_SKEW_MS).toISOString());
  await rewriteConversationEvents(tx, [message.conversation_id], from, (payload) => editMessagePayload(payload, message.id, edited));
}

/**
 * One message deleted for everyone, in a transaction that locked its conversation: a tombstone
 * that keeps its seq, its files hidden, the conversation list's line blanked if it was the
 * latest, the log's copies scrubbed, and `message.deleted`. A removal (a moderator's, or anyone's
 * but the sender's) keeps the text for moderators and says `removed`, with the reasons it was
 * flagged for; a sender's deletion keeps `keptForModerators` when given (a message under review).
 * Answers the files, whose bytes leave storage after the commit.
 */
export async function tombstoneMessage(
  tx: Store,
  message: MessageRow,
  how: { by: string | null; at: string } & ({ removal: true } | { removal: false; keptForModerators: string | null }),
): Promise<AttachmentRow[]> {
  const { by, at } = how;
  if (how.removal) await tx.messages.markRemoved(message.id, at, message.original_content ?? message.content);
  else await tx.messages.markDeleted(message.id, at, how.keptForModerators);
  const files = await tx.attachments.markDeletedForMessage(message.id, at);
  await tx.conversations.clearLastPreviewOf(message.conversation_id, message.id);
  // What the log said of it (its message.sent, replies' quotes) now says it is deleted: /sync shows
  // no text, and neither do the dead letters holding those events.
  await scrubQuotingEvents(tx, new Set([message.id]), [message.conversation_id], message.created_at, at);
  const removedFor = how.removal ? (JSON.parse(message.moderation_reasons) as ViolationKind[]) : undefined;
  await tx.events.append([
    eventRow({ type: 'message.deleted', conversationId: message.conversation_id, actorId: by, data: presentMessageDeleted(message, at, removedFor) }, at),
  ]);
  return files;
}

/**
 * Rewrites the stored events of `conversationIds` that quote the scrubbed messages, so that
 * /sync and the sinks read tombstones where they read the text (a deletion or a moderator's
 * removal does this for its one message). Call it before appending events that name them.
 */
export async function scrubQuotingEvents(tx: Store, scrubbed: ReadonlySet<string>, conversationIds: string[], oldest: string, deletedAt: string): Promise<void> {
  // Only events written after the oldest message can quote it: the log before is not read.
  const from = await tx.privacy.positionBefore(new Date(Date.parse(oldest) - CLOCK_SKEW_MS).toISOString());
  await rewriteConversationEvents(tx, conversationIds, from, (payload) => scrubMessagePayload(payload, scrubbed, deletedAt));
}

/** Every message: for a conversation that goes as a whole. */
const EVERY_MESSAGE = { has: () => true };

/**
 * Rewrites every stored event of a conversation deleted for everyone so that none quotes its
 * messages: the text goes with the rows that held it, and a sink's retried batch, an export or a
 * later erasure finds none of it in the log.
 */
export async function scrubDeletedConversationEvents(tx: Store, conversationId: string, deletedAt: string): Promise<void> {
  await rewriteConversationEvents(tx, [conversationId], 0, (payload) => scrubMessagePayload(payload, EVERY_MESSAGE, deletedAt));
}

/**
 * Rewrites the events of these conversations after `from` that `change` changes (in place; true
 * when it did), and the dead letters holding those events: a dead letter is a copy of its event
 * as a sink failed to take it, and keeps no text the log no longer does.
 */
async function rewriteConversationEvents(tx: Store, conversationIds: string[], from: number, change: (payload: unknown) => boolean): Promise<void> {
  // Each event is rewritten on its own, so the conversations may be taken a part at a time.
  for (const part of inLists(conversationIds)) {
    const rewritten = await rewritePayloads(
      (afterKey) => tx.privacy.conversationEvents(part, afterKey === null ? from : Number(afterKey), PAGE),
      (key, payload) => tx.privacy.rewriteEvent(key, payload),
      change,
    );
    for (const positions of inLists(rewritten.map(Number))) await rewriteDeadLetters(tx, positions, change);
  }
}

/**
 * Rewrites the dead letters `change` changes (it applies to each one's event data): those of the
 * events at `eventPositions`, or every one.
 */
async function rewriteDeadLetters(tx: Store, eventPositions: number[] | undefined, change: (payload: unknown) => boolean): Promise<void> {
  await rewritePayloads(
    (afterKey) => tx.privacy.deadLetters(afterKey, PAGE, eventPositions),
    (key, payload) => tx.privacy.rewriteDeadLetter(key, payload),
    (event) => change(isObject(event) ? event.data : undefined),
  );
}

/** Rewrites each payload `change` changes; answers the keys of those it rewrote. */
async function rewritePayloads(
  page: (afterKey: string | null) => Promise<StoredPayload[]>,
  rewrite: (key: string, payload: string) => Promise<void>,
  change: (payload: unknown) => boolean,
): Promise<string[]> {
  const rewritten: string[] = [];
  let after: string | null = null;
  for (;;) {
    const rows = await page(after);
    for (const row of rows) {
      const parsed = JSON.parse(row.payload) as unknown;
      if (change(parsed)) {
        await rewrite(row.key, JSON.stringify(parsed));
        rewritten.push(row.key);
      }
    }
    if (rows.length < PAGE) return rewritten;
    after = rows[rows.length - 1]?.key ?? null;
  }
}
