// Shared pieces of the corpus generators: a seeded random source and the line format.
import { writeFileSync } from 'node:fs';

export interface Line {
  text: string;
  label: 'contact' | 'profanity' | 'clean';
  kind: 'phone' | 'email' | 'url' | 'handle' | 'profanity' | null;
  note: string;
}

/** mulberry32: the same seed gives the same corpus on every machine. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function picker(rand: () => number) {
  return {
    pick<T>(items: readonly T[]): T {
      return items[Math.floor(rand() * items.length)]!;
    },
    digits(n: number): string {
      let s = '';
      for (let i = 0; i < n; i++) s += Math.floor(rand() * 10);
      return s;
    },
    chance(p: number): boolean {
      return rand() < p;
    },
  };
}

export const DIGIT_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

export function writeCorpus(file: string, lines: Line[]): void {
  const seen = new Set<string>();
  const unique = lines.filter((line) => !seen.has(line.text) && seen.add(line.text));
  writeFileSync(file, unique.map((line) => JSON.stringify(line)).join('\n') + '\n');
  const counts: Record<string, number> = {};
  for (const line of unique) counts[line.kind ?? 'clean'] = (counts[line.kind ?? 'clean'] ?? 0) + 1;
  console.log(file, unique.length, JSON.stringify(counts));
}
