// What counts as a reaction: one emoji, or the short code of one as GitHub and Slack write them
// (":thumbsup:", ":+1:", ":tada:"), which is stored as that emoji, so ":+1:", ":thumbsup:" and "👍"
// are one reaction. Anything else, made-up codes and plain words included, is refused: a reaction
// is no channel for words the content policy would catch. An emoji sent in its text form is
// stored in its emoji form, so "❤" and "❤️" are one reaction.
import { emojiOfShortCode, inEmojiForm, isOneEmoji, SHORT_CODE } from '../../emoji.js';
import { invalid } from '../../errors.js';

export const MAX_EMOJI_LENGTH = 40;

/** The reaction as stored: the emoji itself, in its emoji form. */
export function checkEmoji(emoji: string): string {
  const code = SHORT_CODE.exec(emoji)?.[1];
  let value = code === undefined ? emoji.normalize('NFC') : (emojiOfShortCode(emoji) ?? '');
  if (value.length <= MAX_EMOJI_LENGTH && !isOneEmoji(value)) value = inEmojiForm(value);
  if (value.length > MAX_EMOJI_LENGTH || !isOneEmoji(value)) {
    throw invalid(code === undefined ? 'emoji must be one emoji or its :short_code:' : `:${code}: is no emoji's short code`, { field: 'emoji' });
  }
  return value;
}

/**
 * The reaction to remove: as `checkEmoji` stores it, or a code that names no emoji exactly as
 * given, which reactions made before codes were turned into emoji may hold.
 */
export function reactionToRemove(emoji: string): string {
  return SHORT_CODE.test(emoji) && emojiOfShortCode(emoji) === undefined ? emoji : checkEmoji(emoji);
}
