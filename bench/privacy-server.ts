// Run by privacy.bench.ts as its own process (with --expose-gc): a Parley on the SQLite database
// in DATA_DIR that samples its own RSS every 10 ms. For each "peak" line on stdin it prints the
// current and the highest RSS since the previous line as JSON; for each "live" line, the heap
// still in use after a full GC. Only the service's memory is counted.
import { createInterface } from 'node:readline';
import { loadConfig } from '../src/config.js';
import { createParley } from '../src/server.js';

const parley = await createParley(
  loadConfig({
    DATA_DIR: process.env.DATA_DIR as string,
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'silent',
    AUTH_DEV_MODE: 'true',
    RATE_LIMIT_PER_MINUTE: '1000000',
  }),
);
let peak = process.memoryUsage().rss;
const sampler = setInterval(() => {
  peak = Math.max(peak, process.memoryUsage().rss);
}, 10);
console.log(`LISTENING ${await parley.listen()}`);
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with --expose-gc');
for await (const line of createInterface({ input: process.stdin })) {
  if (line.trim() === 'live') {
    gc();
    console.log(JSON.stringify({ live: process.memoryUsage().heapUsed }));
  }
  if (line.trim() !== 'peak') continue;
  const rss = process.memoryUsage().rss;
  console.log(JSON.stringify({ rss, peak: Math.max(peak, rss) }));
  peak = rss;
}
clearInterval(sampler);
await parley.close();
process.exit(0);
