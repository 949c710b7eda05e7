// Run by realtime.bench.ts as its own process (with --expose-gc): a Parley instance that, for
// each "measure" line on stdin, runs a full GC and prints its memory as one line of JSON.
// The clients live in the benchmark's process, so only the server's memory is counted.
import { createInterface } from 'node:readline';
import { loadConfig } from '../src/config.js';
import { createParley } from '../src/server.js';
import { tempDir } from './lib.js';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with --expose-gc');
const parley = await createParley(
  loadConfig({ DATA_DIR: tempDir('parley-mem-'), PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', DATABASE_URL: '' }),
);
console.log(`LISTENING ${await parley.listen()}`);
for await (const line of createInterface({ input: process.stdin })) {
  if (line.trim() !== 'measure') continue;
  gc();
  gc();
  const memory = process.memoryUsage();
  console.log(JSON.stringify({ rss: memory.rss, retained: memory.heapUsed + memory.external, connections: parley.realtime?.registry.size ?? 0 }));
}
await parley.close();
process.exit(0);
