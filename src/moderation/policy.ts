// The content policy: normalise once, run each check that is not `off`, then mask, flag or block.
// Pure and bounded: every check is a linear scan or a bounded pattern over the normalised views.
import type { CountryCode } from 'libphonenumber-js/max';
import { CustomWords } from './custom-words.check.js';
import { findHandles } from './handle.check.js';
import { findLinks } from './links.check.js';
import { type MappedText, originalSpan, type Span } from './mapped-text.js';
import { baseView, contactView } from './normalise.js';
import { findPhones } from './phone.check.js';
import type {
  ContentPolicy,
  ModerationAction,
  ModerationActions,
  ModerationCheck,
  ModerationVerdict,
  Violation,
  ViolationKind,
} from './policy.types.js';
import { findProfanity } from './profanity.check.js';

export const PLACEHOLDERS: Record<ViolationKind, string> = {
  phone: '[phone number removed]',
  email: '[email removed]',
  url: '[link removed]',
  handle: '[contact handle removed]',
  profanity: '***',
  custom: '***',
};

const KIND_ORDER: ViolationKind[] = ['phone', 'email', 'url', 'handle', 'profanity', 'custom'];

/** Countries whose local phone formats are tried when a number has no country code. */
export const DEFAULT_PHONE_COUNTRIES: CountryCode[] = ['US', 'GB', 'DE', 'FR', 'ES', 'IT', 'NL', 'AU', 'IN', 'BR', 'JP', 'HK', 'SG', 'DK', 'NO', 'CH', 'AT', 'BE', 'IE', 'CA'];

export interface ContentPolicyOptions {
  actions: ModerationActions;
  /** Forbidden words and phrases, or a file with one per line (MODERATION_WORDS_FILE). */
  customWords?: Iterable<string> | { file: string };
  /** The country tried first for local phone numbers, then DEFAULT_PHONE_COUNTRIES. */
  defaultCountry?: CountryCode;
}

type Found = Violation;

export function createContentPolicy(options: ContentPolicyOptions): ContentPolicy {
  const words =
    options.customWords === undefined
      ? new CustomWords([])
      : 'file' in options.customWords
        ? CustomWords.fromFile(options.customWords.file)
        : new CustomWords(options.customWords);
  const countries = options.defaultCountry
    ? [options.defaultCountry, ...DEFAULT_PHONE_COUNTRIES.filter((c) => c !== options.defaultCountry)]
    : DEFAULT_PHONE_COUNTRIES;
  const configured = Object.freeze({ ...options.actions });

  function find(submitted: string, actions: ModerationActions): Found[] {
    const base = baseView(submitted);
    const found: Found[] = [];
    const add = (view: MappedText, check: ModerationCheck, kind: ViolationKind, spans: Span[]) => {
      for (const span of spans) if (span.end > span.start) found.push({ check, kind, ...originalSpan(view, span.start, span.end) });
    };
    if (actions.profanity !== 'off') add(base, 'profanity', 'profanity', findProfanity(base, submitted));
    if (actions.contactPersonal !== 'off' || actions.contactLinks !== 'off') {
      const contact = contactView(base);
      const contacts: Found[] = [];
      const addContact = (view: MappedText, kind: ViolationKind, spans: Span[]) => {
        for (const span of spans) if (span.end > span.start) contacts.push({ check: 'contact', kind, ...originalSpan(view, span.start, span.end) });
      };
      for (const link of findLinks(base, submitted)) addContact(base, link.kind, [link]);
      addContact(contact, 'phone', findPhones(contact, { countries }, submitted));
      const handles = findHandles(contact, submitted);
      addContact(handles.view, 'handle', handles.spans);
      found.push(...withoutContained(contacts).filter((v) => actionFor(actions, v.kind) !== 'off'));
    }
    if (actions.custom !== 'off') add(base, 'custom', 'custom', words.find(base));
    return found.sort((a, b) => a.start - b.start || b.end - a.end);
  }

  return {
    actions: configured,
    review(submitted: string, overrides?: Partial<ModerationActions>): ModerationVerdict {
      const actions = { ...configured, ...overrides };
      let found: Found[];
      try {
        found = find(submitted, actions);
      } catch {
        // A check failing on some input must not lose the message or crash the send.
        return heldForAPerson(submitted);
      }
      return verdict(submitted, found, actions);
    },
  };
}

/** The verdict for a text no check could judge: delivered as sent, and queued for a moderator to decide. */
export function heldForAPerson(submitted: string): ModerationVerdict {
  return { text: submitted, status: 'flagged', reasons: [], violations: [], rejected: false, original: submitted };
}

function actionFor(actions: ModerationActions, kind: ViolationKind): ModerationAction {
  if (kind === 'profanity') return actions.profanity;
  if (kind === 'custom') return actions.custom;
  return kind === 'phone' || kind === 'email' ? actions.contactPersonal : actions.contactLinks;
}

/** Drops contact matches inside another one (a phone number inside a wa.me link). */
function withoutContained(found: Found[]): Found[] {
  return found.filter((v, i) => !found.some((o, j) => j !== i && o.start <= v.start && v.end <= o.end && (o.end - o.start > v.end - v.start || j < i)));
}

function verdict(submitted: string, found: Found[], actions: ModerationActions): ModerationVerdict {
  const violations = found.map((v) => ({ ...v, action: actionFor(actions, v.kind) as Exclude<ModerationAction, 'off'> }));
  const rejected = violations.some((v) => v.action === 'block');
  const masked = violations.filter((v) => v.action === 'mask');
  const flagged = violations.some((v) => v.action === 'flag');
  const text = rejected ? submitted : mask(submitted, masked);
  const reasons = KIND_ORDER.filter((kind) => violations.some((v) => v.kind === kind && (v.action === 'mask' || v.action === 'flag')));
  const status = rejected ? 'clean' : flagged ? 'flagged' : text !== submitted ? 'masked' : 'clean';
  return {
    text,
    status,
    reasons: rejected ? [] : reasons,
    violations,
    rejected,
    original: !rejected && (text !== submitted || flagged) ? submitted : null,
  };
}

/** Replaces each masked span (overlapping ones merged) of the submitted text with its placeholder. */
export function mask(submitted: string, violations: Violation[]): string {
  if (violations.length === 0) return submitted;
  const sorted = [...violations].sort((a, b) => a.start - b.start || b.end - a.end);
  let out = '';
  let at = 0;
  let i = 0;
  while (i < sorted.length) {
    const first = sorted[i]!;
    let end = first.end;
    let j = i + 1;
    while (j < sorted.length && sorted[j]!.start < end) end = Math.max(end, sorted[j++]!.end);
    out += submitted.slice(at, first.start) + PLACEHOLDERS[first.kind];
    at = end;
    i = j;
  }
  return out + submitted.slice(at);
}
