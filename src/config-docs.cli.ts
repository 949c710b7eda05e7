// `npm run config:docs`: rewrites the README's variable table from VARIABLES in config.ts.
import { readFileSync, writeFileSync } from 'node:fs';
import { replaceConfigTable } from './config.js';

const readme = 'README.md';
writeFileSync(readme, replaceConfigTable(readFileSync(readme, 'utf8')));
console.log(JSON.stringify({ level: 'info', msg: `${readme}: variable table rewritten from src/config.ts` }));
