// What counts as a reaction: one to three emoji (flags, skin tones and families included), or a
// short :code: such as :thumbsup:. Anything else, plain words included, is refused. An emoji sent in its
// text form is stored in its emoji form, so "❤" and "❤️" are one reaction.
import { invalid } from '../../errors.js';

export const MAX_EMOJI_LENGTH = 40;
// Built at run time: TypeScript's ES2022 target does not know the v flag that Node 20 has.
const EMOJI = new RegExp('^(?:\\p{RGI_Emoji}){1,3}$', 'v');
const SHORT_CODE = /^:[a-z0-9_+-]{1,32}:$/;

/** Keyboards often send an emoji in its text form ("❤" without U+FE0F): its emoji form is the same reaction. */
const withEmojiForm = (value: string) =>
  value.replace(/\p{Extended_Pictographic}\uFE0F?/gu, (emoji) => (emoji.endsWith('\uFE0F') || /\p{Emoji_Presentation}/u.test(emoji) ? emoji : `${emoji}\uFE0F`));

export function checkEmoji(emoji: string): string {
  let value = emoji.normalize('NFC');
  if (value.length <= MAX_EMOJI_LENGTH && !EMOJI.test(value) && !SHORT_CODE.test(value)) value = withEmojiForm(value);
  if (value.length > MAX_EMOJI_LENGTH || !(EMOJI.test(value) || SHORT_CODE.test(value))) {
    throw invalid('emoji must be an emoji or a :short_code:', { field: 'emoji' });
  }
  return value;
}
