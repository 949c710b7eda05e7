// `npm run moderation:eval [-- --verbose] [files...]`: recall per kind and false positives per corpus
// file. Without files: every moderation/corpus/*.jsonl, and the shared sample when it is beside the repo.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { evaluate, meetsTargets, readCorpus, type Rate } from './eval.js';
import { createContentPolicy } from './policy.js';

const root = path.resolve(import.meta.dirname, '../..');
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
let files = args.filter((a) => !a.startsWith('--'));
if (files.length === 0) {
  const corpus = path.join(root, 'moderation/corpus');
  files = (existsSync(corpus) ? readdirSync(corpus) : [])
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .map((f) => path.join(corpus, f));
  // The shared sample sits beside the repository (or beside the folder of worktrees).
  for (const candidate of [path.resolve(root, '../shared/moderation/sample.jsonl'), path.resolve(root, '../../shared/moderation/sample.jsonl')]) {
    if (existsSync(candidate) && !files.includes(candidate)) {
      files.push(candidate);
      break;
    }
  }
}

const policy = createContentPolicy({ actions: { profanity: 'block', contactPersonal: 'block', contactLinks: 'block', custom: 'off' } });
const show = (r: Rate) => `${r.rate.toFixed(3)} (${r.hits}/${r.total})`;
let allMet = true;
for (const file of files) {
  const result = evaluate(policy, readCorpus(file));
  const met = meetsTargets(result);
  allMet &&= met;
  console.log(`\n${path.relative(process.cwd(), file) || file}: ${result.lines} lines${met ? '' : '  (BELOW TARGET)'}`);
  for (const [kind, r] of Object.entries(result.contactByKind)) console.log(`  ${`${kind} recall`.padEnd(22)} ${show(r)}`);
  console.log(`  ${'contact recall'.padEnd(22)} ${show(result.contact)}`);
  console.log(`  ${'profanity recall'.padEnd(22)} ${show(result.profanity)}`);
  console.log(`  ${'false positives'.padEnd(22)} ${show(result.falsePositives)}`);
  if (verbose) {
    for (const miss of result.misses) {
      const what = miss.label === 'clean' ? 'FALSE HIT' : `MISSED ${miss.kind}`;
      console.log(`    ${what.padEnd(16)} ${JSON.stringify(miss.text)}${miss.found.length ? `  -> ${miss.found.join(', ')}` : ''}`);
    }
  }
}
process.exitCode = allMet ? 0 : 1;
