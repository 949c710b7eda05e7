// kill -9 of the delivering process mid-stream, then a restart on the same database: the
// receiver ends with every event (after de-duplication by id), none lost.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Receiver } from '../support/receiver.js';

const SECRET = 'webhook-secret-for-tests-0123456789';
const ROOT = path.resolve(import.meta.dirname, '../..');

function startChild(env: Record<string, string>): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /"url":"(http:\/\/[^"]+)"/.exec(output);
      if (match?.[1]) resolve({ child, url: match[1] });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => reject(new Error(`exited ${code}: ${output.slice(-1000)}`)));
  });
}

describe('delivery survives kill -9', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'parley-crash-'));
  const receiver = new Receiver(SECRET);
  afterAll(async () => {
    await receiver.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('loses nothing when the process is killed mid-stream and restarted', async () => {
    await receiver.start();
    receiver.behaviour = () => 'slow'; // 200 ms per delivery: the kill lands mid-stream
    const env = {
      DATA_DIR: dataDir,
      DATABASE_URL: '',
      HOST: '127.0.0.1',
      PORT: '0',
      LOG_LEVEL: 'info',
      WEBHOOK_URL: receiver.url,
      WEBHOOK_SECRET: SECRET,
      WEBHOOK_BATCH_SIZE: '5',
      RATE_LIMIT_PER_MINUTE: '100000',
    };
    const first = await startChild(env);
    const api = `${first.url}/api/v1`;
    const post = (user: string, route: string, body: unknown) =>
      fetch(`${api}${route}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-user-id': user }, body: JSON.stringify(body) }).then(
        (r) => r.json() as Promise<{ id: string }>,
      );
    const conversation = await post('crash_a', '/conversations', { participantIds: ['crash_b'] });
    for (let i = 0; i < 40; i++) await post('crash_a', `/conversations/${conversation.id}/messages`, { content: `m${i}` });
    await receiver.waitFor(() => receiver.unique().length >= 5);
    first.child.kill('SIGKILL');
    await new Promise((resolve) => first.child.once('exit', resolve));
    const deliveredBeforeCrash = receiver.unique().length;
    expect(deliveredBeforeCrash).toBeLessThan(81); // 1 created + 40 sent + 40 received

    receiver.behaviour = () => 'ok';
    const second = await startChild(env);
    try {
      await receiver.waitFor(() => receiver.unique().length >= 81, 20_000);
      const unique = receiver.unique();
      expect(unique).toHaveLength(81);
      const seqs = unique.filter((e) => e.type === 'message.sent').map((e) => e.data.seq);
      expect(seqs).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    } finally {
      second.child.kill('SIGTERM');
      await new Promise((resolve) => second.child.once('exit', resolve));
    }
  }, 60_000);
});
