// The policy measured on the labelled corpora, with every check set to block (as the product is
// judged). The generated held-out corpus was never tuned on: it is the honest figure. A
// hand-written held-out corpus (written-fresh-*.jsonl), when there is one, is measured, not
// asserted: `npm run moderation:eval` prints it.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate, readCorpus, TARGETS } from '../../src/moderation/eval.js';
import { createContentPolicy } from '../../src/moderation/policy.js';

const root = path.resolve(import.meta.dirname, '../..');
const policy = createContentPolicy({ actions: { profanity: 'block', contactPersonal: 'block', contactLinks: 'block', custom: 'off' } });
const sample = [path.resolve(root, '../shared/moderation/sample.jsonl'), path.resolve(root, '../../shared/moderation/sample.jsonl')].find((f) =>
  existsSync(f),
);

const corpora: Array<[string, string | undefined]> = [
  ['held-out corpus', path.join(root, 'moderation/corpus/heldout.jsonl')],
  ['tuning corpus', path.join(root, 'moderation/corpus/tuning.jsonl')],
  ['hand-written tuning corpus', path.join(root, 'moderation/corpus/written-tuning.jsonl')],
  ['second hand-written tuning corpus', path.join(root, 'moderation/corpus/written-tuning-b.jsonl')],
  ['third hand-written tuning corpus', path.join(root, 'moderation/corpus/written-tuning-c.jsonl')],
  ['fourth hand-written tuning corpus', path.join(root, 'moderation/corpus/written-tuning-d.jsonl')],
  ['fifth hand-written tuning corpus', path.join(root, 'moderation/corpus/written-tuning-e.jsonl')],
  ['sixth hand-written tuning corpus', path.join(root, 'moderation/corpus/written-tuning-f.jsonl')],
  ['seventh hand-written tuning corpus', path.join(root, 'moderation/corpus/written-tuning-g.jsonl')],
  ['eighth hand-written tuning corpus', path.join(root, 'moderation/corpus/written-tuning-h.jsonl')],
  ['ninth hand-written tuning corpus', path.join(root, 'moderation/corpus/written-tuning-i.jsonl')],
  ['tenth hand-written tuning corpus', path.join(root, 'moderation/corpus/written-tuning-j.jsonl')],
  ['eleventh hand-written tuning corpus', path.join(root, 'moderation/corpus/written-tuning-k.jsonl')],
  ['twelfth hand-written tuning corpus', path.join(root, 'moderation/corpus/written-tuning-l.jsonl')],
  ['thirteenth hand-written tuning corpus', path.join(root, 'moderation/corpus/written-tuning-m.jsonl')],
  ['fourteenth hand-written tuning corpus', path.join(root, 'moderation/corpus/written-tuning-n.jsonl')],
  ['fifteenth hand-written tuning corpus', path.join(root, 'moderation/corpus/written-tuning-o.jsonl')],
  ['sixteenth hand-written tuning corpus', path.join(root, 'moderation/corpus/written-tuning-p.jsonl')],
  ['seventeenth hand-written tuning corpus', path.join(root, 'moderation/corpus/written-tuning-q.jsonl')],
  ['eighteenth hand-written tuning corpus', path.join(root, 'moderation/corpus/written-tuning-r.jsonl')],
  ['nineteenth hand-written tuning corpus', path.join(root, 'moderation/corpus/written-tuning-s.jsonl')],
  ['twentieth hand-written tuning corpus', path.join(root, 'moderation/corpus/written-tuning-t.jsonl')],
  ['twenty-first hand-written tuning corpus', path.join(root, 'moderation/corpus/written-tuning-u.jsonl')],
  ['twenty-second hand-written tuning corpus', path.join(root, 'moderation/corpus/written-tuning-v.jsonl')],
  ['twenty-third hand-written tuning corpus', path.join(root, 'moderation/corpus/written-tuning-w.jsonl')],
  ['twenty-fourth hand-written tuning corpus', path.join(root, 'moderation/corpus/written-tuning-x.jsonl')],
  ['twenty-fifth hand-written tuning corpus', path.join(root, 'moderation/corpus/written-tuning-y.jsonl')],
  ['twenty-sixth hand-written tuning corpus', path.join(root, 'moderation/corpus/written-tuning-z.jsonl')],
  ['twenty-seventh hand-written tuning corpus', path.join(root, 'moderation/corpus/written-tuning-aa.jsonl')],
  ['twenty-eighth hand-written tuning corpus', path.join(root, 'moderation/corpus/written-tuning-ab.jsonl')],
  ['twenty-ninth hand-written tuning corpus', path.join(root, 'moderation/corpus/written-tuning-ac.jsonl')],
  ['thirtieth hand-written tuning corpus', path.join(root, 'moderation/corpus/written-tuning-ad.jsonl')],
  ['thirty-first hand-written tuning corpus', path.join(root, 'moderation/corpus/written-tuning-ae.jsonl')],
  ['thirty-second hand-written tuning corpus', path.join(root, 'moderation/corpus/written-tuning-af.jsonl')],
  ['thirty-third hand-written tuning corpus', path.join(root, 'moderation/corpus/written-tuning-ag.jsonl')],
  ['thirty-fourth hand-written tuning corpus', path.join(root, 'moderation/corpus/written-tuning-ah.jsonl')],
  ['thirty-fifth hand-written tuning corpus', path.join(root, 'moderation/corpus/written-tuning-ai.jsonl')],
  ['thirty-sixth hand-written tuning corpus', path.join(root, 'moderation/corpus/written-tuning-aj.jsonl')],
  ['thirty-seventh hand-written tuning corpus', path.join(root, 'moderation/corpus/written-tuning-ak.jsonl')],
  ['thirty-eighth hand-written tuning corpus', path.join(root, 'moderation/corpus/written-tuning-al.jsonl')],
  ['thirty-ninth hand-written tuning corpus', path.join(root, 'moderation/corpus/written-tuning-am.jsonl')],
  ['fortieth hand-written tuning corpus', path.join(root, 'moderation/corpus/written-tuning-an.jsonl')],
  ['forty-first hand-written tuning corpus', path.join(root, 'moderation/corpus/written-tuning-ao.jsonl')],
  ['shared sample', sample],
];

describe.each(corpora)('%s', (_name, file) => {
  it.skipIf(!file)('meets the targets', () => {
    const result = evaluate(policy, readCorpus(file!));
    expect(result.lines).toBeGreaterThan(50);
    const misses = result.misses.map((m) => `${m.label}/${m.kind}: ${m.text}`);
    expect.soft(result.contact.rate, misses.join('\n')).toBeGreaterThanOrEqual(TARGETS.contact);
    for (const [kind, rate] of Object.entries(result.contactByKind)) expect.soft(rate.rate, kind).toBeGreaterThanOrEqual(TARGETS.eachKind);
    expect.soft(result.profanity.rate, 'profanity').toBeGreaterThanOrEqual(TARGETS.profanity);
    expect.soft(result.falsePositives.rate, 'false positives').toBeLessThanOrEqual(TARGETS.falsePositives);
  });
});

/**
 * Corpora whose every miss and false hit a round read and fixed or explained, held to exactly the misses left (none, or
 * those left on purpose, moderation/corpus/README.md), so a later change that loses one of their lines names it here.
 */
const heldToTheirMisses: Array<[round: number, file: string, misses: string[]]> = [
  [27, 'written-tuning-af.jsonl', []],
  [28, 'written-tuning-ag.jsonl', []],
  [
    29,
    'written-tuning-ah.jsonl',
    [
      'contact/email: My email is just my username here, at gmail.',
      'contact/phone: My number starts 0176 and the middle bit is 58. It ends 4432 19, text me when the van is outside.',
    ],
  ],
  [30, 'written-tuning-ai.jsonl', []],
  [31, 'written-tuning-aj.jsonl', []],
  // The listing rule was withdrawn after round 32's second review: the ad's number is read as a phone, as before it.
  [32, 'written-tuning-ak.jsonl', ['clean/null: numer ogłoszenia 7734 1209 88']],
  [33, 'written-tuning-al.jsonl', []],
  [34, 'written-tuning-am.jsonl', []],
  [35, 'written-tuning-an.jsonl', []],
  // Left after round 36's third review, their rules dropped.
  [
    36,
    'written-tuning-ao.jsonl',
    [
      // Romanised "suka" called is no longer read: Russian "suka" is a female dog in every puppy's advert ("Suka, 3 mesyatsa, ty…").
      'profanity/profanity: ty che, suka, kinul menya s kvartiroy',
      // Starred "puttana" is no longer read: a name masked on a review looks the same ("Pu****a S.").
      'profanity/profanity: porca p*ttana, la stampa è venuta storta',
      // Starred "kurwo" is no longer read: a name masked on a parcel looks the same ("Ku**o T.").
      'profanity/profanity: ty k*rwo, oddawaj kasę za wózek',
    ],
  ],
];

describe.each(heldToTheirMisses)('the hand-written tuning corpus read in round %i (%s)', (_round, file, misses) => {
  it('misses only what was left on purpose and rejects no clean line', () => {
    const result = evaluate(policy, readCorpus(path.join(root, 'moderation/corpus', file)));
    expect(result.misses.map((m) => `${m.label}/${m.kind}: ${m.text}`)).toEqual(misses);
  });
});
