// What an emoji is, with no rule about where one may be used: one RGI emoji (flags, skin tones
// and families included), its emoji form ("❤" becomes "❤️"), and the GitHub/Slack short codes
// (":+1:", ":tada:") as Emojibase lists them (data only: code points in hex to one code or several).
import { createRequire } from 'node:module';

// Built at run time: TypeScript's ES2022 target does not know the v flag that Node 20 has.
const ONE_EMOJI = new RegExp('^\\p{RGI_Emoji}$', 'v');
/** A short code as written: the name between colons. */
export const SHORT_CODE = /^:([a-z0-9_+-]{1,40}):$/;

const githubShortCodes = createRequire(import.meta.url)('emojibase-data/en/shortcodes/github.json') as Record<string, string | string[]>;
const EMOJI_OF_CODE = new Map<string, string>();
for (const [hex, codes] of Object.entries(githubShortCodes)) {
  const emoji = String.fromCodePoint(...hex.split('-').map((part) => Number.parseInt(part, 16)));
  for (const code of Array.isArray(codes) ? codes : [codes]) EMOJI_OF_CODE.set(code, emoji);
}

export const isOneEmoji = (value: string): boolean => ONE_EMOJI.test(value);

/** Keyboards often send an emoji in its text form ("❤" without U+FE0F): this is its emoji form. */
export const inEmojiForm = (value: string): string =>
  value.replace(/\p{Extended_Pictographic}\uFE0F?/gu, (emoji) => (emoji.endsWith('\uFE0F') || /\p{Emoji_Presentation}/u.test(emoji) ? emoji : `${emoji}\uFE0F`));

/** The emoji a ":short_code:" names, in its emoji form; undefined for a code that names none. */
export function emojiOfShortCode(shortCode: string): string | undefined {
  const emoji = EMOJI_OF_CODE.get(SHORT_CODE.exec(shortCode)?.[1] ?? '');
  return emoji === undefined ? undefined : inEmojiForm(emoji);
}
