// The content policy's cost per message: 1 KB messages made of marketplace chat (clean lines
// with some contact details and swear words in them, as in the tuning corpus), reviewed one at a
// time with every check on, after a warm-up.
import path from 'node:path';
import { readCorpus } from '../src/moderation/eval.js';
import { createContentPolicy } from '../src/moderation/policy.js';
import { ROOT } from './lib.js';

export interface ModerationBenchResult {
  messages: number;
  bytes: number;
  p50: number;
  p99: number;
  max: number;
  shortP50: number;
  shortP99: number;
  perSecond: number;
  /** CPU time of the process per 1 KB review: what the policy costs when the machine is shared. */
  cpuPerMessage: number;
  /** The slowest of the adversarial messages (ADVERSARIAL), by its median review: what one send can cost at most. */
  worst: { name: string; median: number };
}

/**
 * Messages of the longest length a send takes, shaped to make pattern matching work hard: one
 * letter over and over (a leet or stretched-letter anchor every three letters), letters between
 * spaces or dots, digits, symbols. A cost that grows faster than the length shows here.
 */
const ADVERSARIAL: Record<string, string> = {
  'one letter': 'x'.repeat(4000),
  'letters and spaces': 'a '.repeat(2000),
  'letters and dots': 'x.'.repeat(2000),
  'two letters': 'xy'.repeat(2000),
  digits: '1'.repeat(4000),
  'digits and spaces': '1 '.repeat(2000),
  'at signs': '@'.repeat(4000),
  stars: 'f*'.repeat(2000),
  'words and dashes': 'aaa-'.repeat(1000),
  // Shapes the unit tests hold the policy to (a verdict, whatever the input), timed here.
  'unclosed groups': '((((((((a'.repeat(400),
  emoji: '😀'.repeat(2000),
  'zero-width characters': '\u200b\u200c\u200d\u2060\ufeff'.repeat(800),
  'mixed scripts': 'Сайт مرحبا שלום 你好 hello мир '.repeat(120),
  'spelled-out noise': 'a at b dot '.repeat(360),
  'app names without end': 'wattsap '.repeat(500),
  'addresses without @': 'x.y gmail com '.repeat(285),
  'spaced Cyrillic': 'б '.repeat(2000),
  'numbers handed over in pieces': 'first part: 0123. '.repeat(222),
  'ids in Thai': 'ไลน์ไอดี: '.repeat(400),
};

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? 0;
}

/** Messages of about `bytes` UTF-8 bytes, built from corpus lines; one in four carries a contact detail or a swear word. */
function buildMessages(count: number, bytes: number): string[] {
  const lines = readCorpus(path.join(ROOT, 'moderation/corpus/tuning.jsonl'));
  const clean = lines.filter((l) => l.label === 'clean').map((l) => l.text);
  const flagged = lines.filter((l) => l.label !== 'clean').map((l) => l.text);
  let seed = 7;
  const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
  const messages: string[] = [];
  for (let i = 0; i < count; i++) {
    let text = '';
    while (Buffer.byteLength(text) < bytes) {
      const pool = next() < 0.25 ? flagged : clean;
      text += `${pool[Math.floor(next() * pool.length)]}. `;
    }
    while (Buffer.byteLength(text) > bytes) text = text.slice(0, -1);
    messages.push(text);
  }
  return messages;
}

export function runModerationBench(reviews: number): ModerationBenchResult {
  const policy = createContentPolicy({
    actions: { profanity: 'mask', contactPersonal: 'mask', contactLinks: 'mask', custom: 'mask' },
    customWords: Array.from({ length: 1000 }, (_, i) => `forbidden${i}`),
  });
  const messages = buildMessages(500, 1024);
  const short = buildMessages(500, 120);
  for (let i = 0; i < 1000; i++) policy.review(messages[i % messages.length]!);
  const times: number[] = [];
  const cpu = process.cpuUsage();
  const started = performance.now();
  for (let i = 0; i < reviews; i++) {
    const t0 = performance.now();
    policy.review(messages[i % messages.length]!);
    times.push(performance.now() - t0);
  }
  const elapsed = performance.now() - started;
  const cpuUsed = process.cpuUsage(cpu);
  const shortTimes: number[] = [];
  for (let i = 0; i < reviews; i++) {
    const t0 = performance.now();
    policy.review(short[i % short.length]!);
    shortTimes.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  shortTimes.sort((a, b) => a - b);
  let worst = { name: '', median: 0 };
  for (const [name, text] of Object.entries(ADVERSARIAL)) {
    const runs: number[] = [];
    for (let i = 0; i < 7; i++) {
      const t0 = performance.now();
      policy.review(text);
      runs.push(performance.now() - t0);
    }
    const median = runs.sort((a, b) => a - b)[3] ?? 0;
    if (median > worst.median) worst = { name, median };
  }
  return {
    messages: reviews,
    bytes: 1024,
    p50: percentile(times, 50),
    p99: percentile(times, 99),
    max: times[times.length - 1] ?? 0,
    shortP50: percentile(shortTimes, 50),
    shortP99: percentile(shortTimes, 99),
    perSecond: (reviews / elapsed) * 1000,
    cpuPerMessage: (cpuUsed.user + cpuUsed.system) / 1000 / reviews,
    worst,
  };
}
