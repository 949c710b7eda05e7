// What a message's text becomes before it is stored: the one step every send and every edit
// takes, on every transport. The content policy's review belongs here, so that REST, sockets,
// the first message of a new conversation and edits are all reviewed the same way.
import type { Limits } from '../../config.js';
import { invalid } from '../../errors.js';

export interface PreparedContent {
  /** The text to store and show. */
  content: string;
  moderationStatus: 'clean';
  moderationReasons: string[];
  /** The text as submitted, when the stored text differs from it (for moderators only). */
  originalContent: string | null;
}

/** Trimmed content, 1..messageLength characters; throws VALIDATION_FAILED otherwise. */
export function normalizeContent(content: string, limits: Pick<Limits, 'messageLength'>): string {
  const trimmed = content.trim();
  if (trimmed.length === 0) throw invalid('content must not be empty', { field: 'content' });
  // The limit counts characters (code points); UTF-16 length is an upper bound of that.
  if (trimmed.length > limits.messageLength && Array.from(trimmed).length > limits.messageLength) {
    throw invalid(`content must be at most ${limits.messageLength} characters`, { field: 'content' });
  }
  return trimmed;
}

/** The content of a send or an edit, ready to store. */
export function prepareContent(content: string, limits: Pick<Limits, 'messageLength'>): PreparedContent {
  return { content: normalizeContent(content, limits), moderationStatus: 'clean', moderationReasons: [], originalContent: null };
}
