// scratch: profile a send load (not committed)
import { load, pick, startProcess, tempDir } from './lib.js';
import { createConversations } from './send.bench.js';
import { randomBytes } from 'node:crypto';
const enc = process.env.ENC === '1';
const dir = tempDir('parley-prof-');
const env: Record<string, string> = { HOST: '127.0.0.1', PORT: '0', DATA_DIR: dir, DATABASE_URL: '', LOG_LEVEL: 'info', AUTH_DEV_MODE: 'true',
  JWT_SECRET: 'bench-secret-that-is-long-enough-for-hs256', RATE_LIMIT_PER_MINUTE: '100000000' };
if (enc) env.ENCRYPTION_KEYS = `k1:${randomBytes(32).toString('base64')}`;
const p = await startProcess('src/main.ts', env, process.env.PROF ? ['--cpu-prof', '--cpu-prof-dir', process.env.PROF] : []);
const conversations = await createConversations(`${p.url}/api/v1`, 50);
let n = 0;
const run = (secs: number) => load({ url: p.url, connections: 50, seconds: secs, makeRequest: () => { const t = pick(conversations);
  return { method: 'POST', path: `/api/v1/conversations/${t.id}/messages`, headers: { 'content-type': 'application/json', authorization: `Bearer ${t.token}` },
    body: JSON.stringify({ content: `Is this still available? Pickup on Friday works for me (${++n})` }) }; } });
await run(2);
const r = await run(Number(process.env.SECS ?? 8));
console.log(JSON.stringify(r));
await p.stop();
