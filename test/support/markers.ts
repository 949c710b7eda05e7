// Words a test sends and then looks for, where its text must or must not be (answers, the log,
// database files, search): unique, and left alone by the content policy, so that a test never
// finds its word masked.
import { randomBytes } from 'node:crypto';
import { createContentPolicy } from '../../src/moderation/policy.js';
import type { ContentPolicy } from '../../src/moderation/policy.types.js';

/** About one draw in a hundred is refused: a thousand refused means the suffixes are. */
const MOST_DRAWS = 1_000;

const everyCheckMasks = createContentPolicy({ actions: { profanity: 'mask', contactPersonal: 'mask', contactLinks: 'mask', custom: 'off' } });

/**
 * `prefix` and random letters (never digits, which a phone-number check may read), drawn again
 * while the policy finds anything in the word or in the word with any of `suffixes` after it:
 * random letters now and then spell a disguised swear word.
 */
export function uniqueMarker(prefix: string, suffixes: readonly string[] = [], policy: ContentPolicy = everyCheckMasks): string {
  for (let draw = 0; draw < MOST_DRAWS; draw++) {
    const word = `${prefix}${randomBytes(8).toString('hex').replace(/[0-9]/g, (digit) => 'ghijklmnop'[Number(digit)] as string)}`;
    const uses = [word, ...suffixes.map((suffix) => `${word}${suffix}`)];
    if (policy.review(uses.join(' ')).violations.length === 0) return word;
  }
  // A suffix the policy always finds something in (a domain's ending) would keep the loop drawing for ever.
  throw new Error(`no marker of ${prefix} that the content policy passes with ${JSON.stringify(suffixes)}`);
}
