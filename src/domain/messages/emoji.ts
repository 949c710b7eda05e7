// What counts as a reaction: one emoji (flags, skin tones and families included), or the short code
// of one as GitHub and Slack write them (":thumbsup:", ":+1:", ":tada:"), which is stored as that
// emoji, so ":+1:", ":thumbsup:" and "👍" are one reaction. Anything else, made-up codes and plain
// words included, is refused: a reaction is no channel for words the content policy would catch.
// An emoji sent in its text form is stored in its emoji form, so "❤" and "❤️" are one reaction.
import { createRequire } from 'node:module';
import { invalid } from '../../errors.js';

export const MAX_EMOJI_LENGTH = 40;
// Built at run time: TypeScript's ES2022 target does not know the v flag that Node 20 has.
const EMOJI = new RegExp('^\\p{RGI_Emoji}$', 'v');
const SHORT_CODE = /^:([a-z0-9_+-]{1,40}):$/;

// Emojibase's GitHub short codes: code points in hex ("1F44D", "1F468-200D-1F469") to one code or several.
const githubShortCodes = createRequire(import.meta.url)('emojibase-data/en/shortcodes/github.json') as Record<string, string | string[]>;
const EMOJI_OF_CODE = new Map<string, string>();
for (const [hex, codes] of Object.entries(githubShortCodes)) {
  const emoji = String.fromCodePoint(...hex.split('-').map((part) => Number.parseInt(part, 16)));
  for (const code of Array.isArray(codes) ? codes : [codes]) EMOJI_OF_CODE.set(code, emoji);
}

/** Keyboards often send an emoji in its text form ("❤" without U+FE0F): its emoji form is the same reaction. */
const withEmojiForm = (value: string) =>
  value.replace(/\p{Extended_Pictographic}\uFE0F?/gu, (emoji) => (emoji.endsWith('\uFE0F') || /\p{Emoji_Presentation}/u.test(emoji) ? emoji : `${emoji}\uFE0F`));

/** The emoji a ":short_code:" names, in its emoji form; undefined for a code that names none. */
export function emojiOfShortCode(shortCode: string): string | undefined {
  const emoji = EMOJI_OF_CODE.get(SHORT_CODE.exec(shortCode)?.[1] ?? '');
  return emoji === undefined ? undefined : withEmojiForm(emoji);
}

/**
 * The reaction to remove: as `checkEmoji` stores it, or a code that names no emoji exactly as
 * given, which reactions made before codes were turned into emoji may hold.
 */
export function reactionToRemove(emoji: string): string {
  return SHORT_CODE.test(emoji) && emojiOfShortCode(emoji) === undefined ? emoji : checkEmoji(emoji);
}

/** The reaction as stored: the emoji itself, in its emoji form. */
export function checkEmoji(emoji: string): string {
  const code = SHORT_CODE.exec(emoji)?.[1];
  let value = code === undefined ? emoji.normalize('NFC') : (EMOJI_OF_CODE.get(code) ?? '');
  if (value.length <= MAX_EMOJI_LENGTH && !EMOJI.test(value)) value = withEmojiForm(value);
  if (value.length > MAX_EMOJI_LENGTH || !EMOJI.test(value)) {
    throw invalid(code === undefined ? 'emoji must be one emoji or its :short_code:' : `:${code}: is no emoji's short code`, { field: 'emoji' });
  }
  return value;
}
