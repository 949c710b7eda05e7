// Thumbnails are made in the background right after an upload, so the upload answers without
// waiting for them; a request for a thumbnail that is not made yet waits for that same work.
import { randomUUID } from 'node:crypto';
import { mkdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { type BlobStore, blobKeys } from './blob-store.js';
import type { ImageProcessor } from './images.js';

export class Thumbnails {
  private readonly inFlight = new Map<string, Promise<void>>();

  constructor(
    private readonly blobs: BlobStore,
    private readonly images: ImageProcessor,
    private readonly stagingDir: string,
    /** Records that the thumbnail is stored; false when the file was removed meanwhile. */
    private readonly markReady: (attachmentId: string) => Promise<boolean>,
    private readonly onError: (error: unknown, attachmentId: string) => void,
  ) {}

  /** Starts the work without waiting for it. */
  schedule(attachmentId: string): void {
    this.ensure(attachmentId).catch((error: unknown) => this.onError(error, attachmentId));
  }

  /** Settles once the thumbnail is stored; concurrent callers share one piece of work. */
  ensure(attachmentId: string): Promise<void> {
    let work = this.inFlight.get(attachmentId);
    if (!work) {
      work = this.make(attachmentId).finally(() => this.inFlight.delete(attachmentId));
      this.inFlight.set(attachmentId, work);
    }
    return work;
  }

  /** Waits for the work under way (at shutdown). */
  async idle(): Promise<void> {
    await Promise.allSettled([...this.inFlight.values()]);
  }

  private async make(attachmentId: string): Promise<void> {
    const keys = blobKeys(attachmentId);
    const target = path.join(this.stagingDir, `${randomUUID()}.webp`);
    try {
      await mkdir(this.stagingDir, { recursive: true });
      await this.images.thumbnail(await this.blobs.read(keys.file), target);
      const { size } = await stat(target);
      await this.blobs.put(keys.thumbnail, target, { contentType: 'image/webp', size });
      // A file removed while its thumbnail was made (its message deleted, its uploader erased)
      // was removed with the thumbnail it had then, none: this one goes too.
      if (!(await this.markReady(attachmentId))) await this.blobs.delete(keys.thumbnail);
    } finally {
      await rm(target, { force: true });
    }
  }
}
