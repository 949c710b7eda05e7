// Measures the policy on a labelled corpus (JSON Lines: {text, label, kind, note}) the way the
// product is judged: every check set to `block`; a rejected text counts as detected.
import { readFileSync } from 'node:fs';
import type { ContentPolicy } from './policy.types.js';

export type ContactKind = 'phone' | 'email' | 'url' | 'handle';

export interface LabelledLine {
  text: string;
  label: 'contact' | 'profanity' | 'clean';
  kind: ContactKind | 'profanity' | null;
  note?: string;
}

export interface Rate {
  hits: number;
  total: number;
  rate: number;
}

export interface EvalResult {
  lines: number;
  contactByKind: Record<ContactKind, Rate>;
  contact: Rate;
  profanity: Rate;
  /** Clean lines that were rejected, out of all clean lines. */
  falsePositives: Rate;
  misses: Array<LabelledLine & { found: string[] }>;
}

export function readCorpus(file: string): LabelledLine[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, i) => {
      const parsed = JSON.parse(line) as LabelledLine;
      if (typeof parsed.text !== 'string' || !['contact', 'profanity', 'clean'].includes(parsed.label)) {
        throw new Error(`${file}:${i + 1}: not a labelled line`);
      }
      return parsed;
    });
}

const rate = (hits: number, total: number): Rate => ({ hits, total, rate: total === 0 ? 1 : hits / total });

export function evaluate(policy: ContentPolicy, lines: LabelledLine[]): EvalResult {
  const counts = { phone: [0, 0], email: [0, 0], url: [0, 0], handle: [0, 0], profanity: [0, 0], clean: [0, 0] };
  const misses: EvalResult['misses'] = [];
  const all = { profanity: 'block', contactPersonal: 'block', contactLinks: 'block', custom: 'block' } as const;
  for (const line of lines) {
    const verdict = policy.review(line.text, all);
    const bucket = line.label === 'clean' ? counts.clean : counts[(line.kind ?? 'phone') as keyof typeof counts];
    bucket[1]!++;
    const detected = verdict.rejected;
    if (detected) bucket[0]!++;
    if (detected !== (line.label !== 'clean')) {
      misses.push({ ...line, found: verdict.violations.map((v) => `${v.kind}:${JSON.stringify(line.text.slice(v.start, v.end))}`) });
    }
  }
  const kinds = ['phone', 'email', 'url', 'handle'] as const;
  const contactHits = kinds.reduce((sum, k) => sum + counts[k][0]!, 0);
  const contactTotal = kinds.reduce((sum, k) => sum + counts[k][1]!, 0);
  return {
    lines: lines.length,
    contactByKind: Object.fromEntries(kinds.map((k) => [k, rate(counts[k][0]!, counts[k][1]!)])) as Record<ContactKind, Rate>,
    contact: rate(contactHits, contactTotal),
    profanity: rate(counts.profanity[0]!, counts.profanity[1]!),
    falsePositives: rate(counts.clean[0]!, counts.clean[1]!),
    misses,
  };
}

export const TARGETS = { contact: 0.95, eachKind: 0.9, profanity: 0.95, falsePositives: 0.02 };

export function meetsTargets(result: EvalResult): boolean {
  return (
    result.contact.rate >= TARGETS.contact &&
    Object.values(result.contactByKind).every((r) => r.rate >= TARGETS.eachKind) &&
    result.profanity.rate >= TARGETS.profanity &&
    result.falsePositives.rate <= TARGETS.falsePositives
  );
}
