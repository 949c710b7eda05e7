// A staged file whose stream fails is gone afterwards, even when the failure comes before the
// file's open has finished (that race left files in the staging folder for good).
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { streamToNewFile } from '../../src/attachments/stream-to-file.js';

describe('streamToNewFile', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'parley-stream-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('writes the stream, through its transforms, into a new file', async () => {
    const file = path.join(dir, 'written');
    const upper = new PassThrough({ transform: (chunk: Buffer, _encoding, done) => done(null, chunk.toString().toUpperCase()) });
    await streamToNewFile(file, Readable.from(['hello, ', 'world']), upper);
    expect(await readFile(file, 'utf8')).toBe('HELLO, WORLD');
    await rm(file);
  });

  it('leaves no file when the stream fails, however early', async () => {
    // A failure on the next turn of the event loop often lands while the open is still on the
    // thread pool; a few thousand tries made the old removal miss files in most runs here.
    let refused = 0;
    for (let i = 0; i < 3000; i++) {
      const source = new PassThrough();
      setImmediate(() => source.destroy(new Error('the client went away')));
      await streamToNewFile(path.join(dir, `cut-${i}`), source).catch(() => refused++);
    }
    expect(refused).toBe(3000);
    expect(await readdir(dir)).toEqual([]);
  });

  it('does not remove a file that was there before', async () => {
    const file = path.join(dir, 'existing');
    await streamToNewFile(file, Readable.from(['kept']));
    await expect(streamToNewFile(file, Readable.from(['other']))).rejects.toMatchObject({ code: 'EEXIST' });
    expect(await readFile(file, 'utf8')).toBe('kept');
    await rm(file);
  });
});
