// The search indexer's thread (search-indexer.thread.ts starts it): a SearchIndexer on a
// connection of its own, so that reading the log, encoding words and writing the index take
// no time from the thread that serves requests.
import { parentPort, workerData } from 'node:worker_threads';
import type { Config } from '../config.js';
import type { EncryptionKey } from '../crypto/keyring.js';
import { ValueCipher } from '../crypto/value-cipher.js';
import { createLogger } from '../logger.js';
import { openDatabase } from '../storage/database.js';
import { Store } from '../storage/store.js';
import { INDEXER_THREAD } from '../storage/write-lock.js';
import { EventLogSignal, SharedNudge } from './event-signal.js';
import { searchEncodingFor } from './search-encoding.js';
import { GATHER_MS, SearchIndexer } from './search-indexer.js';

export interface IndexerWorkerData {
  database: Config['database'];
  /** SQLite: the main connection's write lock (storage/write-lock.ts). */
  writeLock: SharedArrayBuffer | undefined;
  encryptionKeys: EncryptionKey[];
  logLevel: string;
  /** The request thread's commits (SharedNudge). */
  commits: SharedArrayBuffer;
}

export type ToIndexer = { type: 'catchUp'; id: number } | { type: 'forgetWords' } | { type: 'stop' };
export type FromIndexer = { type: 'ready' } | { type: 'caughtUp'; id: number; ok: boolean } | { type: 'stopped' };

/** Connections the worker's pool may open on PostgreSQL: one batch runs at a time. */
const POSTGRES_POOL_SIZE = 2;

const port = parentPort;
if (port === null) throw new Error('search-indexer.worker runs as a worker thread');
const data = workerData as IndexerWorkerData;
const logger = createLogger(data.logLevel).child({ thread: 'search-indexer' });
// Keys arrive as plain bytes; the cipher wants Buffers.
const keys = data.encryptionKeys.map((k) => ({ id: k.id, key: Buffer.from(k.key.buffer, k.key.byteOffset, k.key.byteLength) }));
const database = openDatabase(
  data.database.kind === 'postgres' ? { ...data.database, poolSize: POSTGRES_POOL_SIZE } : data.database,
  (error) => logger.warn({ err: error.message }, 'database connection lost; retrying'),
  data.writeLock === undefined ? undefined : { writeLock: data.writeLock, holder: INDEXER_THREAD },
);
const indexer = new SearchIndexer(Store.open(database, new ValueCipher(keys)), logger, searchEncodingFor(keys));
const signal = new EventLogSignal();
indexer.start(signal);
let following = true;

/**
 * Follows the request thread's commits. After a nudge the indexer gathers for GATHER_MS before
 * it reads the log; waiting again only then, this thread is woken at most once per batch.
 */
async function followCommits(commits: SharedNudge): Promise<void> {
  while (following) {
    await commits.next();
    signal.committed();
    await new Promise((resolve) => setTimeout(resolve, GATHER_MS));
  }
}
void followCommits(new SharedNudge(data.commits));

const reply = (message: FromIndexer) => port.postMessage(message);

port.on('message', (message: ToIndexer) => {
  switch (message.type) {
    case 'catchUp':
      indexer.catchUp().then(
        () => reply({ type: 'caughtUp', id: message.id, ok: true }),
        (error: unknown) => {
          // The request thread then catches up itself, and answers the search with its own outcome.
          logger.warn({ err: error }, 'search catch-up failed on the indexer thread');
          reply({ type: 'caughtUp', id: message.id, ok: false });
        },
      );
      break;
    case 'forgetWords':
      indexer.forgetWords();
      break;
    case 'stop':
      following = false;
      void indexer
        .stop()
        .then(() => database.close())
        .finally(() => reply({ type: 'stopped' }));
      break;
  }
});
reply({ type: 'ready' });
