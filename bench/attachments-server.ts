// Run by attachments.bench.ts as its own process: a Parley on SQLite with local uploads that
// answers memory probes on stdin (answerMemoryProbes in lib.ts), so only the service's memory is
// counted. An optional argument is a JSON object of more settings (e.g. ENCRYPTION_KEYS).
import { loadConfig } from '../src/config.js';
import { createParley } from '../src/server.js';
import { answerMemoryProbes, tempDir } from './lib.js';

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
console.log(`LISTENING ${await parley.listen()}`);
await answerMemoryProbes();
await parley.close();
process.exit(0);
