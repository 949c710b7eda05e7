// Encryption at rest: what sealing costs a send (the same load against two instances, one with
// ENCRYPTION_KEYS, in alternating rounds), and how fast a key rotation re-seals stored values.
import { randomBytes } from 'node:crypto';
import { load, type LoadResult, medianRound, pick, startParley, tempDir } from './lib.js';
import { createConversations } from './send.bench.js';

const CONNECTIONS = 50;
const CONVERSATIONS = 50;
const JWT_SECRET = 'bench-secret-that-is-long-enough-for-hs256';
const ADMIN = 'bench_admin';

const key = (id: string) => `${id}:${randomBytes(32).toString('base64')}`;

const baseEnv = (dir: string) => ({
  HOST: '127.0.0.1',
  PORT: '0',
  DATA_DIR: dir,
  DATABASE_URL: '',
  LOG_LEVEL: 'info',
  AUTH_DEV_MODE: 'true',
  JWT_SECRET,
  ADMIN_USER_IDS: ADMIN,
  RATE_LIMIT_PER_MINUTE: '100000000',
});

export interface EncryptionBenchResult {
  off: LoadResult;
  on: LoadResult;
  rounds: { off: LoadResult[]; on: LoadResult[] };
  rotation: { values: number; seconds: number; sentMessages: number };
}

export async function runEncryptionBench(seconds: number, rounds: number, rotationMessages: number): Promise<EncryptionBenchResult> {
  const k1 = key('k1');
  const offDir = tempDir('parley-bench-enc-off-');
  const onDir = tempDir('parley-bench-enc-on-');
  const off = await startParley(baseEnv(offDir));
  let on = await startParley({ ...baseEnv(onDir), ENCRYPTION_KEYS: k1 });
  try {
    const sendTo = async (url: string) => {
      const conversations = await createConversations(`${url}/api/v1`, CONVERSATIONS);
      let n = 0;
      return (secs: number) =>
        load({
          url,
          connections: CONNECTIONS,
          seconds: secs,
          makeRequest: () => {
            const target = pick(conversations);
            return {
              method: 'POST',
              path: `/api/v1/conversations/${target.id}/messages`,
              headers: { 'content-type': 'application/json', authorization: `Bearer ${target.token}` },
              body: JSON.stringify({ content: `Is this still available? Pickup on Friday works for me (${++n})` }),
            };
          },
        });
    };
    const variants = { off: await sendTo(off.url), on: await sendTo(on.url) };
    for (const run of Object.values(variants)) await run(2);
    const all = { off: [] as LoadResult[], on: [] as LoadResult[] };
    for (let round = 0; round < rounds; round++) {
      all.off.push(await variants.off(seconds));
      all.on.push(await variants.on(seconds));
    }

    // Rotation: more messages under k1, then k2 put first and every value re-sealed, unthrottled.
    const conversations = await createConversations(`${on.url}/api/v1`, 10);
    for (let i = 0; i < rotationMessages; i += 50) {
      await Promise.all(
        Array.from({ length: Math.min(50, rotationMessages - i) }, (_, j) => {
          const target = conversations[(i + j) % conversations.length]!;
          return fetch(`${on.url}/api/v1/conversations/${target.id}/messages`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${target.token}` },
            body: JSON.stringify({ content: `rotation bench message ${i + j}` }),
          });
        }),
      );
    }
    await on.stop();
    on = await startParley({
      ...baseEnv(onDir),
      ENCRYPTION_KEYS: `${key('k2')},${k1}`,
      ENCRYPTION_ROTATION_VALUES_PER_SECOND: '1000000',
    });
    const admin = { 'x-user-id': ADMIN, 'content-type': 'application/json' };
    const rotate = await fetch(`${on.url}/api/v1/admin/encryption/rotate`, { method: 'POST', headers: admin, body: '{}' });
    if (rotate.status !== 202) throw new Error(`rotate answered ${rotate.status}`);
    // The walk's own start and finish times: the polling (each poll counts every value) is not timed.
    let status: { rotation: { status: string; resealed: number; startedAt: string; finishedAt: string | null } };
    do {
      await new Promise((resolve) => setTimeout(resolve, 500));
      status = (await (await fetch(`${on.url}/api/v1/admin/encryption`, { headers: admin })).json()) as typeof status;
    } while (status.rotation.status !== 'done');
    const rotationSeconds = (Date.parse(status.rotation.finishedAt ?? '') - Date.parse(status.rotation.startedAt)) / 1000;
    return {
      off: medianRound(all.off),
      on: medianRound(all.on),
      rounds: all,
      rotation: { values: status.rotation.resealed, seconds: rotationSeconds, sentMessages: rotationMessages },
    };
  } finally {
    await off.stop();
    await on.stop();
  }
}
