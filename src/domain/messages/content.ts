// What a message's text becomes before it is stored: the one step every send and every edit
// takes, on every transport. The text is bounded, then reviewed by the content policy
// (src/moderation) before any transaction opens: a rejected message costs no write but its
// sender's strike, and the review never holds a lock. What the review decided is recorded with
// the message, in its transaction (`ContentReviewer.record`).
import type { Limits } from '../../config.js';
import { AppError, invalid } from '../../errors.js';
import type { ContentReview, ModerationAction, ModerationVerdict, ViolationKind } from '../../moderation/policy.types.js';
import { Remembered } from '../../remembered.js';
import { nowIso } from '../../storage/ids.js';
import type { Store } from '../../storage/store.js';
import { presentFlag } from '../../presenters/events.presenter.js';
import { eventRow } from '../events.js';

/** How long a masked or blocked message counts towards escalation. */
const STRIKE_WINDOW_MS = 24 * 60 * 60 * 1000;
/**
 * How long a sender's strike count is reused. Counting costs a query on every send; a strike
 * added here clears the count at once, one added on another instance is seen this much later.
 */
const STRIKE_COUNT_TTL_MS = 1_000;
const STRIKE_COUNTS_KEPT = 10_000;

export type StoredModerationStatus = 'clean' | 'masked' | 'flagged';

export interface PreparedContent {
  /** The text to store and show everyone (masked where the policy masks). */
  content: string;
  moderationStatus: StoredModerationStatus;
  moderationReasons: ViolationKind[];
  /** The text as submitted, when it was masked or is queued (for moderators only). */
  originalContent: string | null;
  /** What the message's transaction records beside it: a flag for the queue, a strike. */
  review: ReviewOutcome;
  /** Set when phone numbers and emails were allowed because the context is booked. */
  judgedAs?: 'booked';
}

export interface ReviewOutcome {
  /** Queue the message for moderators. */
  flag: { violations: ModerationVerdict['violations']; reasons: ViolationKind[]; escalated: boolean } | undefined;
  /** The message was masked: one more strike for the escalation rule. */
  strike: boolean;
}

/** A review that found nothing to queue or count. */
export const NOTHING_TO_RECORD: ReviewOutcome = Object.freeze({ flag: undefined, strike: false });

/** Whether ContentReviewer.record writes nothing for this outcome. */
export const recordsNothing = (review: ReviewOutcome | undefined): boolean => review === undefined || (review.flag === undefined && !review.strike);

export interface ModerationSettings {
  /** Masks and blocks within 24 hours after which a sender's messages are queued; 0: never. */
  escalateAfter: number;
  /** Phone numbers and emails in a conversation whose context is booked (MODERATION_CONTACT_INFO_WHEN_BOOKED). */
  contactPersonalWhenBooked: ModerationAction;
}

/** Where the text is going, looked up only when the review found a phone number or an email. */
export type ContextStateLookup = () => Promise<string | null>;

const VISIBLE = /[^\s\p{Cc}\p{Cf}\p{Mn}\p{Me}\u115F\u1160\u3164\uFFA0\u2800]/u;

/** Trimmed content, 1..messageLength characters, one of them visible; throws VALIDATION_FAILED otherwise. */
export function normalizeContent(content: string, limits: Pick<Limits, 'messageLength'>): string {
  const trimmed = content.trim();
  if (trimmed.length === 0) throw invalid('content must not be empty', { field: 'content' });
  // Zero-width spaces, joiners, Hangul fillers or the braille blank alone show nothing: empty too.
  if (!VISIBLE.test(trimmed)) throw invalid('content must have a visible character', { field: 'content' });
  // The limit counts characters (code points); UTF-16 length is an upper bound of that.
  if (trimmed.length > limits.messageLength && Array.from(trimmed).length > limits.messageLength) {
    throw invalid(`content must be at most ${limits.messageLength} characters`, { field: 'content' });
  }
  return trimmed;
}

export class ContentReviewer {
  /** Recent strike counts by sender (see STRIKE_COUNT_TTL_MS). */
  private readonly strikeCounts = new Remembered<{ strikes: number; until: number }>(STRIKE_COUNTS_KEPT);

  constructor(
    private readonly store: Store,
    private readonly policy: ContentReview,
    private readonly limits: Pick<Limits, 'messageLength'>,
    private readonly settings: ModerationSettings,
  ) {}

  /**
   * The content of a send or an edit, ready to store; CONTENT_REJECTED (with the violations as
   * offsets into the submitted content) when a `block` check matched. In a conversation whose
   * context is booked, phone numbers and emails are judged by MODERATION_CONTACT_INFO_WHEN_BOOKED;
   * the context's state is read only for a text that holds one, so other sends pay nothing.
   */
  async prepare(senderId: string, submitted: string, contextState?: ContextStateLookup): Promise<PreparedContent> {
    const text = normalizeContent(submitted, this.limits);
    let verdict = await this.policy.review(text);
    let judgedAs: 'booked' | undefined;
    if (contextState !== undefined && verdict.violations.some((v) => v.kind === 'phone' || v.kind === 'email')) {
      if ((await contextState()) === 'booked') {
        verdict = await this.policy.review(text, { contactPersonal: this.settings.contactPersonalWhenBooked });
        judgedAs = 'booked';
      }
    }
    if (verdict.rejected) {
      await this.addStrike(this.store, senderId);
      // Offsets into what the client sent, leading whitespace included, so it can highlight them.
      const shift = submitted.length - submitted.trimStart().length;
      const violations = verdict.violations
        .filter((v) => v.action === 'block')
        .map((v) => ({ check: v.check, kind: v.kind, start: v.start + shift, end: v.end + shift }));
      throw new AppError('CONTENT_REJECTED', `this message was not sent: it contains ${describe(violations.map((v) => v.kind))}`, {
        violations,
      });
    }
    // Flagged: a check's action, or a text the policy could not judge (held for a person).
    const flagged = verdict.status === 'flagged';
    const escalated = !flagged && (await this.isEscalated(senderId));
    const queued = flagged || escalated;
    let status: StoredModerationStatus = verdict.status;
    if (queued && status === 'clean') status = 'flagged';
    return {
      content: verdict.text,
      moderationStatus: status,
      moderationReasons: verdict.reasons,
      originalContent: queued ? text : verdict.original,
      review: {
        flag: queued ? { violations: verdict.violations, reasons: verdict.reasons, escalated } : undefined,
        strike: verdict.status === 'masked',
      },
      ...(judgedAs !== undefined ? { judgedAs } : {}),
    };
  }

  /**
   * Records the review with the stored message, in its transaction: the flag (queued for
   * moderators, `message.flagged` downstream) and the strike. An edit that is no longer
   * flagged withdraws an open flag; a clean send costs no statement here.
   */
  async record(
    tx: Store,
    message: { id: string; conversation_id: string; sender_id: string },
    review: ReviewOutcome,
    now: string,
    options: { edit?: boolean } = {},
  ): Promise<void> {
    if (review.strike) await this.addStrike(tx, message.sender_id, now);
    if (review.flag === undefined) {
      if (options.edit) await tx.moderation.withdrawOpenFlag(message.id);
      return;
    }
    const violations = review.flag.violations.map(({ check, kind, start, end, action }) => ({ check, kind, start, end, action }));
    await tx.moderation.upsertFlag({
      message_id: message.id,
      conversation_id: message.conversation_id,
      sender_id: message.sender_id,
      violations: JSON.stringify(violations),
      reasons: JSON.stringify(review.flag.reasons),
      escalated: review.flag.escalated ? 1 : 0,
      status: 'open',
      note: null,
      decided_by: null,
      decided_at: null,
      created_at: now,
    });
    // For trust-and-safety systems downstream: what matched and where, never the text itself.
    await tx.events.append([
      eventRow(
        {
          type: 'message.flagged',
          conversationId: message.conversation_id,
          actorId: message.sender_id,
          scope: 'downstream',
          data: presentFlag(message, { reasons: review.flag.reasons, violations, escalated: review.flag.escalated }, now),
        },
        now,
      ),
    ]);
  }

  private async isEscalated(senderId: string): Promise<boolean> {
    const { escalateAfter } = this.settings;
    if (escalateAfter === 0) return false;
    const now = Date.now();
    let counted = this.strikeCounts.get(senderId);
    if (counted === undefined || counted.until < now) {
      const since = new Date(now - STRIKE_WINDOW_MS).toISOString();
      counted = { strikes: await this.store.moderation.countStrikes(senderId, since), until: now + STRIKE_COUNT_TTL_MS };
      this.strikeCounts.set(senderId, counted);
    }
    return counted.strikes >= escalateAfter;
  }

  private async addStrike(store: Store, userId: string, now = nowIso()): Promise<void> {
    if (this.settings.escalateAfter === 0) return;
    const forgetBefore = new Date(Date.parse(now) - STRIKE_WINDOW_MS).toISOString();
    await store.moderation.addStrike(userId, now, forgetBefore);
    this.strikeCounts.delete(userId);
  }
}

const KIND_NAMES: Record<ViolationKind, string> = {
  phone: 'a phone number',
  email: 'an email address',
  url: 'a link',
  handle: 'a contact handle',
  profanity: 'profanity',
  custom: 'a word that is not allowed here',
};

function describe(kinds: ViolationKind[]): string {
  const names = [...new Set(kinds)].map((kind) => KIND_NAMES[kind]);
  return names.length <= 1 ? (names[0] ?? 'content that is not allowed') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/**
 * A text judged under a booked context must still find it booked inside the transaction that
 * stores it: a state change racing the message leaves it refused, never judged by a stale state.
 */
export function checkJudgedState(prepared: Pick<PreparedContent, 'judgedAs'>, contextState: string | null | undefined): void {
  if (prepared.judgedAs !== undefined && contextState !== prepared.judgedAs) {
    throw new AppError('CONFLICT', 'the conversation’s context changed while this message was sent; send it again');
  }
}
