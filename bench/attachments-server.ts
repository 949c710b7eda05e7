// Run by attachments.bench.ts as its own process: a Parley on SQLite with local uploads that
// samples its own RSS every 10 ms. For each "peak" line on stdin it prints the current and the
// highest RSS since the previous line as JSON, so only the service's memory is counted. An
// optional argument is a JSON object of more settings (e.g. ENCRYPTION_KEYS).
import { createInterface } from 'node:readline';
import { loadConfig } from '../src/config.js';
import { createParley } from '../src/server.js';
import { tempDir } from './lib.js';

const parley = await createParley(
  loadConfig({
    DATA_DIR: tempDir('parley-attach-'),
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'silent',
    AUTH_DEV_MODE: 'true',
    RATE_LIMIT_PER_MINUTE: '1000000',
    ATTACHMENT_QUOTA_MB_PER_DAY: '1000000',
    ...(JSON.parse(process.argv[2] ?? '{}') as Record<string, string>),
  }),
);
let peak = process.memoryUsage().rss;
const sampler = setInterval(() => {
  peak = Math.max(peak, process.memoryUsage().rss);
}, 10);
console.log(`LISTENING ${await parley.listen()}`);
for await (const line of createInterface({ input: process.stdin })) {
  if (line.trim() !== 'peak') continue;
  const rss = process.memoryUsage().rss;
  console.log(JSON.stringify({ rss, peak: Math.max(peak, rss) }));
  peak = rss;
}
clearInterval(sampler);
await parley.close();
process.exit(0);
