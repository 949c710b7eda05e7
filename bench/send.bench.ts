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

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

/** The round whose throughput is the median, so its latencies belong to the same measurement. */
function medianRound(rounds: LoadResult[]): LoadResult {
  const target = median(rounds.map((r) => r.requestsPerSecond));
  return rounds.find((r) => r.requestsPerSecond === target) as LoadResult;
}

/**
 * Parley and the floor run side by side and are loaded in alternating rounds, so that the
 * drift of a shared machine falls on both alike; each is reported by its median round.
 */
export async function runSendBench(
  database: 'sqlite' | 'postgres',
  seconds: number,
  rounds: number,
  postgresBase: string,
): Promise<(SendBenchResult & { parleyRounds: LoadResult[]; floorRounds: LoadResult[] }) | undefined> {
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
  const floor = await startProcess('bench/floor-server.ts', {
    FLOOR_DATABASE_URL: pgFloor ? pgFloor.url : `sqlite:${path.join(dir, 'floor.db')}`,
    FLOOR_CONVERSATIONS: String(CONVERSATIONS),
  });
  try {
    const conversations = await createConversations(`${parley.url}/api/v1`, CONVERSATIONS);
    let n = 0;
    const parleyRequest = () => {
      const target = pick(conversations);
      return {
        method: 'POST' as const,
        path: `/api/v1/conversations/${target.id}/messages`,
        headers: { 'content-type': 'application/json', 'x-user-id': target.sender },
        body: JSON.stringify({ content: `Is this still available? (${++n})` }),
      };
    };
    const floorRequest = () => ({
      method: 'POST' as const,
      path: `/floor/c${Math.floor(Math.random() * CONVERSATIONS)}`,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ content: `Is this still available? (${++n})` }),
    });
    // Warm-up: JIT, statement caches, connection pools.
    await load({ url: parley.url, connections: CONNECTIONS, seconds: 2, makeRequest: parleyRequest });
    await load({ url: floor.url, connections: CONNECTIONS, seconds: 2, makeRequest: floorRequest });
    const parleyRounds: LoadResult[] = [];
    const floorRounds: LoadResult[] = [];
    for (let round = 0; round < rounds; round++) {
      parleyRounds.push(await load({ url: parley.url, connections: CONNECTIONS, seconds, makeRequest: parleyRequest }));
      floorRounds.push(await load({ url: floor.url, connections: CONNECTIONS, seconds, makeRequest: floorRequest }));
    }
    return { database, parley: medianRound(parleyRounds), floor: medianRound(floorRounds), parleyRounds, floorRounds };
  } finally {
    await parley.stop();
    await floor.stop();
    await pgParley?.drop();
    await pgFloor?.drop();
  }
}
