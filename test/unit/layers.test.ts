// Imports in src/ run one way: edges → domain → storage. This reads every import (type-only
// ones too) and fails on one that points up or sideways between edges.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve('src');

/** Pure building blocks: anything may import them; they import only each other. */
const FOUNDATION = ['errors', 'config', 'timings', 'metrics', 'version', 'remembered', 'logger', 'threads', 'moderation', 'crypto', 'emoji', 'search-words'];
/** SQL (storage) and file machinery (attachments), without rules. */
const MACHINERY = ['storage', 'attachments', ...FOUNDATION];
/** The rules and the shapes they answer with: input schemas, response views, presenters. */
const CORE = ['domain', 'presenters', 'schemas', ...MACHINERY];
/** What the edges share: who is calling (auth) and the log tailer (events). */
const EDGE_SUPPORT = ['auth', 'events', ...CORE];

/**
 * What each top-level folder (or file) of src/ may import besides itself. The edges are handed
 * the instance (`context`) and never import one another, but for the admin routes, which list
 * and replay the delivery role's dead letters. HTTP goes through the domain for everything:
 * it never reaches storage.
 */
const MAY_IMPORT: Record<string, readonly string[] | 'anything'> = {
  main: 'anything',
  server: 'anything',
  context: 'anything',
  'config-docs.cli': 'anything',
  http: ['context', 'delivery', ...EDGE_SUPPORT.filter((part) => part !== 'storage')],
  realtime: ['context', ...EDGE_SUPPORT],
  delivery: ['context', ...EDGE_SUPPORT],
  auth: CORE,
  events: MACHINERY,
  domain: CORE,
  presenters: CORE,
  schemas: CORE,
  storage: FOUNDATION,
  attachments: FOUNDATION,
  errors: [],
  config: ['moderation', 'crypto'],
  timings: [],
  metrics: [],
  version: [],
  remembered: [],
  logger: [],
  threads: [],
  moderation: ['threads', 'remembered', 'errors'],
  emoji: [],
  'search-words': [],
  crypto: ['errors', 'remembered'],
};

function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

/** `http` for src/http/routes/x.ts, `errors` for src/errors.ts. */
function partOf(file: string): string {
  const [first, ...rest] = path.relative(SRC, file).split(path.sep);
  return rest.length > 0 ? (first as string) : (first as string).replace(/\.(js|ts)$/, '');
}

/** Relative specifiers of `import … from`, `export … from`, `import '…'` and `import('…')`. */
function importsOf(source: string): string[] {
  return [...source.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)'(\.{1,2}\/[^']+)'/g)].map((match) => match[1] as string);
}

describe('layers', () => {
  const files = sourceFiles(SRC);

  it('places every part of src/', () => {
    const unplaced = [...new Set(files.map(partOf))].filter((part) => !(part in MAY_IMPORT));
    expect(unplaced, 'add new folders to MAY_IMPORT').toEqual([]);
  });

  it('has no import from a lower layer to a higher one, nor between edges', () => {
    const upward: string[] = [];
    for (const file of files) {
      const from = partOf(file);
      const allowed = MAY_IMPORT[from];
      if (allowed === 'anything') continue;
      for (const specifier of importsOf(readFileSync(file, 'utf8'))) {
        const to = partOf(path.resolve(path.dirname(file), specifier));
        if (to !== from && !allowed?.includes(to)) upward.push(`${path.relative(SRC, file)} imports ${specifier} (${from} → ${to})`);
      }
    }
    expect(upward).toEqual([]);
  });

  it('notices an upward import', () => {
    expect(importsOf("import type { Message } from '../http/schemas/views.js';\nconst x = await import('./y.js');")).toEqual([
      '../http/schemas/views.js',
      './y.js',
    ]);
    expect(MAY_IMPORT.realtime).not.toContain('http');
    expect(MAY_IMPORT.storage).not.toContain('domain');
  });
});
