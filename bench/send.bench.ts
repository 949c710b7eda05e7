// Messages sent per second through the HTTP API with 50 concurrent senders over many
// conversations, against the floor of a send on the same database.
import path from 'node:path';
import { freshPostgres, load, type LoadResult, pick, startProcess, tempDir } from './lib.js';

const CONNECTIONS = 50;
const CONVERSATIONS = 200;

export interface SendBenchResult {
  database: 'sqlite' | 'postgres';
  parley: LoadResult;
  floor: LoadResult;
}

async function createConversations(prefix: string, count: number): Promise<{ id: string; sender: string }[]> {
  const pairs = [];
  for (let i = 0; i < count; i++) {
    const sender = `bench_s${i}`;
    const response = await fetch(`${prefix}/conversations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-user-id': sender },
      body: JSON.stringify({ participantIds: [`bench_r${i}`], context: { type: 'listing', id: `lst_${i}` } }),
    });
    const body = (await response.json()) as { id: string };
    pairs.push({ id: body.id, sender });
  }
  return pairs;
}

export async function runSendBench(database: 'sqlite' | 'postgres', seconds: number, postgresBase: string): Promise<SendBenchResult | undefined> {
  const dir = tempDir('parley-bench-');
  const pgParley = database === 'postgres' ? await freshPostgres(postgresBase) : undefined;
  const pgFloor = database === 'postgres' ? await freshPostgres(postgresBase) : undefined;
  if (database === 'postgres' && (!pgParley || !pgFloor)) return undefined;

  const parley = await startProcess('src/main.ts', {
    HOST: '127.0.0.1',
    PORT: '0',
    DATA_DIR: dir,
    LOG_LEVEL: 'info',
    AUTH_DEV_MODE: 'true',
    RATE_LIMIT_PER_MINUTE: '100000000',
    ...(pgParley ? { DATABASE_URL: pgParley.url, DATABASE_POOL_SIZE: '20' } : { DATABASE_URL: '' }),
  });
  let parleyResult: LoadResult;
  try {
    const prefix = `${parley.url}/api/v1`;
    const conversations = await createConversations(prefix, CONVERSATIONS);
    let n = 0;
    const makeRequest = () => {
      const target = pick(conversations);
      return {
        method: 'POST' as const,
        path: `/api/v1/conversations/${target.id}/messages`,
        headers: { 'content-type': 'application/json', 'x-user-id': target.sender },
        body: JSON.stringify({ content: `Is this still available? (${++n})` }),
      };
    };
    await load({ url: parley.url, connections: CONNECTIONS, seconds: 2, makeRequest }); // warm-up
    parleyResult = await load({ url: parley.url, connections: CONNECTIONS, seconds, makeRequest });
  } finally {
    await parley.stop();
    await pgParley?.drop();
  }

  const floor = await startProcess('bench/floor-server.ts', {
    FLOOR_DATABASE_URL: pgFloor ? pgFloor.url : `sqlite:${path.join(dir, 'floor.db')}`,
    FLOOR_CONVERSATIONS: String(CONVERSATIONS),
  });
  let floorResult: LoadResult;
  try {
    const makeRequest = () => ({
      method: 'POST' as const,
      path: `/floor/c${Math.floor(Math.random() * CONVERSATIONS)}`,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ content: 'Is this still available?' }),
    });
    await load({ url: floor.url, connections: CONNECTIONS, seconds: 2, makeRequest });
    floorResult = await load({ url: floor.url, connections: CONNECTIONS, seconds, makeRequest });
  } finally {
    await floor.stop();
    await pgFloor?.drop();
  }
  return { database, parley: parleyResult, floor: floorResult };
}
