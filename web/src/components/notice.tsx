// The moderation notice: tells the sender that part of a message was hidden, or why it was
// refused with the offending parts highlighted (offsets from the 422's details.violations).
import type { JSX } from 'preact';
import type { Notice } from '../chat-store.js';
import type { Violation } from '../../../packages/client/src/index.js';

const REASONS: Record<string, string> = {
  phone: 'a phone number',
  email: 'an email address',
  url: 'a link',
  handle: 'a social-media or messaging handle',
  profanity: 'profanity',
  custom: 'a word this platform does not allow',
};

export const reasonText = (reason: string) => REASONS[reason] ?? reason;

export function ModerationNotice({ notice, onDismiss }: { notice: Notice; onDismiss: () => void }) {
  let body: JSX.Element;
  if (notice.kind === 'masked') {
    body = (
      <p>
        Part of your message was hidden from everyone: {listOf(notice.reasons.map(reasonText))}. Keep contact and payment on the platform.
      </p>
    );
  } else if (notice.kind === 'rejected') {
    const kinds = [...new Set(notice.violations.map((v) => v.kind))].map(reasonText);
    body = (
      <>
        <p>
          Not sent: your message contains {listOf(kinds)}, which this conversation does not allow. Change the highlighted part and send
          again.
        </p>
        <p class="highlighted" data-testid="rejected-text">
          {highlight(notice.content, notice.violations)}
        </p>
      </>
    );
  } else {
    body = <p>{notice.message}</p>;
  }
  return (
    <div class={`notice ${notice.kind}`} role={notice.kind === 'masked' ? 'status' : 'alert'} data-testid="moderation-notice">
      {body}
      <button type="button" class="link" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}

function listOf(items: string[]): string {
  if (items.length <= 1) return items[0] ?? 'something';
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** The submitted text with each violation in a <mark>; overlapping spans are merged. */
export function highlight(text: string, violations: Violation[]): Array<string | JSX.Element> {
  const spans = [...violations]
    .map((v) => ({ start: Math.max(0, Math.min(v.start, text.length)), end: Math.max(0, Math.min(v.end, text.length)) }))
    .filter((v) => v.end > v.start)
    .sort((a, b) => a.start - b.start);
  const parts: Array<string | JSX.Element> = [];
  let at = 0;
  for (const span of spans) {
    if (span.end <= at) continue;
    const start = Math.max(span.start, at);
    if (start > at) parts.push(text.slice(at, start));
    parts.push(<mark key={start}>{text.slice(start, span.end)}</mark>);
    at = span.end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return parts;
}
