// Writing a stream into a new file of the staging folder, leaving nothing behind when it fails.
import { createWriteStream, mkdirSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';

type Stage = NodeJS.ReadableStream | NodeJS.ReadWriteStream;

/**
 * Pipes `source` through `transforms` into a file that must not exist yet. On failure the file is
 * removed once closed: a pipeline fails as soon as one stream errs, which may come before the
 * file's open (queued on libuv's thread pool) has created it, and a removal that ran first would
 * leave the file behind for good.
 */
export async function streamToNewFile(file: string, source: Stage, ...transforms: Stage[]): Promise<void> {
  // The folder is made again when it was removed under a running instance (an operator clearing
  // the upload folder): uploads go on without a restart. At once, before any wait: until the
  // pipeline below takes the source, nothing would catch an error the source emits meanwhile.
  try {
    mkdirSync(path.dirname(file), { recursive: true });
  } catch (error) {
    // The store cannot take it (full, read-only): the source is let go, not left open.
    (source as NodeJS.ReadableStream & { destroy?: (error?: Error) => void }).destroy?.(error as Error);
    throw error;
  }
  const writer = createWriteStream(file, { flags: 'wx' });
  let created = false;
  writer.once('open', () => (created = true));
  try {
    await pipeline([source, ...transforms, writer]);
  } catch (error) {
    if (!writer.closed) {
      const closed = new Promise<void>((resolve) => writer.once('close', () => resolve()));
      writer.destroy();
      await closed;
    }
    // A file that was there already (flags 'wx') is not this call's to remove; the stream's
    // error is the one to report, not a failed removal's.
    if (created) await rm(file, { force: true }).catch(() => undefined);
    throw error;
  }
}
