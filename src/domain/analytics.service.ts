// Response analytics: recorded inside each send (recordResponse), read by the platform and by
// sellers (AnalyticsService). Definitions and the histogram are in analytics.ts.
import { invalid, notFound } from '../errors.js';
import { type ContextStats, presentContextStats, presentResponderStats, type ResponderStats } from '../presenters/analytics.presenter.js';
import { presentContextSummary } from '../presenters/contexts.presenter.js';
import type { ConversationForSend } from '../storage/conversations.repository.js';
import type { DailyChange, DailyRow } from '../storage/analytics.repository.js';
import type { Store } from '../storage/store.js';
import { ANSWER_WITHIN_SECONDS, bucketOf, dayOf, mergeHistograms, percentileOf, windowStart } from './analytics.js';
import { describedOnlyByConversations } from './context-fields.js';
import { decodeCursor, encodeCursor } from './cursors.js';
import { isAdmin } from './policies.js';
import type { Actor, Page } from './types.js';

export const MAX_WINDOW_DAYS = 365;

/** A context's analytics key: JSON, so any type and id (they are platform text) stay apart. */
export const contextSubject = (type: string, id: string) => JSON.stringify([type, id]);

/**
 * Whether a message changes no response figure: the conversation's first message is on record,
 * and its sender wrote it or, in a DIRECT conversation, has answered it already (the one
 * recipient of the first message answered when first_reply_at was set). recordResponse then
 * writes nothing: most messages.
 */
export function changesNoResponse(conversation: ConversationForSend, senderId: string): boolean {
  if (conversation.first_message_at === null) return false;
  return senderId === conversation.first_sender_id || (conversation.type === 'DIRECT' && conversation.first_reply_at !== null);
}

/**
 * Inside a send (not a SYSTEM note): the conversation's first message starts the clock for
 * every recipient; a recipient's first message answers it. Costs one indexed UPDATE on the
 * messages of a group's other members; nothing on most others.
 */
export async function recordResponse(tx: Store, conversation: ConversationForSend, senderId: string, recipients: string[], now: string): Promise<void> {
  if (changesNoResponse(conversation, senderId)) return;
  const { context_type: contextType, context_id: contextId } = conversation;
  // A context's figures are its owner's as the platform names it (a user's conversation may claim
  // anyone): read only when a day's row is bumped, at a conversation's first message and first answer.
  const bumpContext =
    contextType !== null && contextId !== null
      ? async (day: string, change: DailyChange) =>
          tx.analytics.bump({ scope: 'context', subject: contextSubject(contextType, contextId), day, ownerId: (await tx.contexts.find(contextType, contextId))?.owner_id ?? null }, change)
      : undefined;
  if (conversation.first_message_at === null) {
    await tx.conversations.recordFirstMessage(conversation.id, senderId, now);
    await tx.analytics.addFacts(conversation.id, recipients, now);
    const day = dayOf(now);
    for (const responder of recipients) {
      await tx.analytics.bump({ scope: 'responder', subject: responder, day, ownerId: null }, { conversations: 1 });
    }
    await bumpContext?.(day, { conversations: 1 });
    return;
  }
  if (senderId === conversation.first_sender_id) return;
  const answer = (firstAt: string) => {
    const seconds = (Date.parse(now) - Date.parse(firstAt)) / 1000;
    return seconds <= ANSWER_WITHIN_SECONDS ? { answered: 1, bucket: bucketOf(seconds) } : {};
  };
  const firstAt = await tx.analytics.answer(conversation.id, senderId, now);
  if (firstAt !== undefined) {
    await tx.analytics.bump({ scope: 'responder', subject: senderId, day: dayOf(firstAt), ownerId: null }, answer(firstAt));
  }
  if (conversation.first_reply_at === null) {
    await tx.conversations.recordFirstReply(conversation.id, now);
    await bumpContext?.(dayOf(conversation.first_message_at), answer(conversation.first_message_at));
  }
}

function summarise(rows: DailyRow[]) {
  const conversations = rows.reduce((sum, row) => sum + row.conversations, 0);
  const answered = rows.reduce((sum, row) => sum + row.answered, 0);
  const histogram = mergeHistograms(rows.map((row) => JSON.parse(row.histogram) as Record<string, number>));
  return { conversations, answered, responseRate: conversations === 0 ? null : answered / conversations, histogram };
}

export class AnalyticsService {
  constructor(private readonly store: Store) {}

  checkDays(days: number): void {
    if (!Number.isInteger(days) || days < 1 || days > MAX_WINDOW_DAYS) {
      throw invalid(`days must be between 1 and ${MAX_WINDOW_DAYS}`, { field: 'days' });
    }
  }

  /** That user, the service key or an admin; anyone else is told it does not exist. */
  async responder(actor: Actor, userId: string, days: number): Promise<ResponderStats> {
    if (!(isAdmin(actor) || (actor.kind === 'user' && actor.userId === userId))) throw notFound('responder');
    this.checkDays(days);
    const totals = summarise(await this.store.analytics.days('responder', userId, windowStart(days)));
    return presentResponderStats(userId, days, totals, { median: percentileOf(totals.histogram, 0.5), p90: percentileOf(totals.histogram, 0.9) });
  }

  /** Per context over a window: the platform or an admin for any owner, an owner for their own. */
  async contexts(
    actor: Actor,
    query: { ownerId?: string; contextType?: string; days: number; cursor?: string; limit: number },
  ): Promise<Page<ContextStats>> {
    this.checkDays(query.days);
    let ownerId = query.ownerId;
    if (!isAdmin(actor)) {
      if (actor.kind !== 'user') throw notFound('analytics');
      if (ownerId !== undefined && ownerId !== actor.userId) throw notFound('analytics');
      ownerId = actor.userId;
    }
    const after = query.cursor === undefined ? undefined : decodeCursor(query.cursor, { subject: 'text' }).subject;
    const from = windowStart(query.days);
    const subjects = await this.store.analytics.contextSubjects(from, {
      limit: query.limit + 1,
      ...(ownerId !== undefined ? { ownerId } : {}),
      ...(query.contextType !== undefined ? { subjectPrefix: contextSubject(query.contextType, '').slice(0, -2) } : {}),
      ...(after !== undefined ? { after } : {}),
    });
    const page = subjects.slice(0, query.limit);
    const data: ContextStats[] = [];
    for (const subject of page) {
      const [type, id] = JSON.parse(subject) as [string, string];
      const stats = summarise(await this.store.analytics.days('context', subject, from));
      // As GET /contexts shows it: until the platform describes it, as its first conversation did,
      // but for the owner, who is the platform's word alone (the figures are the named owner's).
      const stored = await this.store.contexts.find(type, id);
      const described = stored === undefined ? await describedOnlyByConversations(this.store, type, id) : undefined;
      const context = stored ?? (described && { ...described, owner_id: null });
      const booked = context !== undefined && context.booked_at !== null;
      data.push(presentContextStats(presentContextSummary(type, id, context), stats, percentileOf(stats.histogram, 0.5), booked));
    }
    const last = page.at(-1);
    return { data, nextCursor: subjects.length > query.limit && last !== undefined ? encodeCursor({ subject: last }) : null };
  }
}
