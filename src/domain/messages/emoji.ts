// What counts as a reaction: one to three emoji (flags, skin tones and families included), or a
// short :code: such as :thumbsup:. Anything else, plain words included, is refused.
import { invalid } from '../../errors.js';

export const MAX_EMOJI_LENGTH = 40;
// Built at run time: TypeScript's ES2022 target does not know the v flag that Node 20 has.
const EMOJI = new RegExp('^(?:\\p{RGI_Emoji}){1,3}$', 'v');
const SHORT_CODE = /^:[a-z0-9_+-]{1,32}:$/;

export function checkEmoji(emoji: string): string {
  const value = emoji.normalize('NFC');
  if (value.length > MAX_EMOJI_LENGTH || !(EMOJI.test(value) || SHORT_CODE.test(value))) {
    throw invalid('emoji must be an emoji or a :short_code:', { field: 'emoji' });
  }
  return value;
}
