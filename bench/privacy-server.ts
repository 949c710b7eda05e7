// Run by privacy.bench.ts as its own process (with --expose-gc): a Parley on the SQLite database
// in DATA_DIR that answers memory probes on stdin ("peak" and "live", see answerMemoryProbes in
// lib.ts). Only the service's memory is counted.
import { loadConfig } from '../src/config.js';
import { createParley } from '../src/server.js';
import { answerMemoryProbes } from './lib.js';

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
console.log(`LISTENING ${await parley.listen()}`);
await answerMemoryProbes();
await parley.close();
process.exit(0);
