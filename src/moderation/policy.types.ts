// The content policy's contract: what every send and edit asks of it, and what it answers.
// The engine (normalisation and checks) lives beside this file; the domain calls it through
// `ContentPolicy.review` and never looks inside.

/** What the platform wants done when a check matches. */
export type ModerationAction = 'off' | 'flag' | 'mask' | 'block';

/** The checks a policy runs. `contact` covers phone, email, url and handle. */
export type ModerationCheck = 'profanity' | 'contact' | 'custom';

/** What was found: the `moderation.reasons` values of the contract. */
export type ViolationKind = 'phone' | 'email' | 'url' | 'handle' | 'profanity' | 'custom';

/** One match, as offsets (UTF-16 code units, end exclusive) into the text as submitted. */
export interface Violation {
  check: ModerationCheck;
  kind: ViolationKind;
  start: number;
  end: number;
}

/** Per-check actions; a context's state may relax some of them for one review (see Contexts). */
export interface ModerationActions {
  profanity: ModerationAction;
  /** Phone numbers and email addresses. */
  contactPersonal: ModerationAction;
  /** URLs and handles next to a messaging app or social network. */
  contactLinks: ModerationAction;
  custom: ModerationAction;
}

export type ModerationStatus = 'clean' | 'masked' | 'flagged';

export interface ModerationVerdict {
  /** The text to store and show everyone: the submitted text, or with matches masked. */
  text: string;
  /** clean: nothing matched (or only `off` checks); masked: text changed; flagged: deliver and queue. */
  status: ModerationStatus;
  /** Distinct kinds that were masked or flagged, in a stable order. */
  reasons: ViolationKind[];
  /** Every match of a check that is not `off`, with its action. */
  violations: Array<Violation & { action: Exclude<ModerationAction, 'off'> }>;
  /** True when a `block` check matched: refuse with 422 CONTENT_REJECTED, nothing stored. */
  rejected: boolean;
  /** The submitted text when it differs from `text` or is flagged (kept for moderators only), else null. */
  original: string | null;
}

export interface ContentPolicy extends ContentReview {
  /** Reviews one message or edit. Pure and bounded in time: never throws on any string. */
  review(text: string, actions?: Partial<ModerationActions>): ModerationVerdict;
}

/** What a send or an edit asks of the policy: its verdict at once, or later from another thread (policy.thread.ts). */
export interface ContentReview {
  review(text: string, actions?: Partial<ModerationActions>): ModerationVerdict | Promise<ModerationVerdict>;
  /** The configured actions (before any per-review override). */
  readonly actions: ModerationActions;
}
