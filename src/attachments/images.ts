// Image work with sharp: a pixel limit checked from the header before anything is decoded,
// EXIF orientation applied, every piece of metadata (GPS included) dropped by re-encoding,
// and WebP thumbnails. At most `concurrency` images are decoded at once, so memory stays bounded.
import sharp, { type Metadata } from 'sharp';
import { AppError, invalid } from '../errors.js';

// Decoded pixels are not kept for reuse: each image is seen once.
sharp.cache(false);

const THUMBNAIL_SIZE = 320;

export interface ProcessedImage {
  width: number;
  height: number;
  size: number;
}

/** Limits how many images are decoded at once; the rest wait their turn. */
class Gate {
  private active = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly capacity: number) {}

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.active >= this.capacity) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.active += 1;
    try {
      return await work();
    } finally {
      this.active -= 1;
      this.waiting.shift()?.();
    }
  }
}

export class ImageProcessor {
  private readonly gate: Gate;

  constructor(
    private readonly maxPixels: number,
    concurrency = 2,
  ) {
    this.gate = new Gate(concurrency);
  }

  private tooLarge(): AppError {
    return new AppError('PAYLOAD_TOO_LARGE', `the image has more than ${this.maxPixels.toLocaleString('en-US')} pixels`, {
      maxPixels: this.maxPixels,
    });
  }

  /**
   * Re-encodes `source` into `target` in the same format: oriented upright, without metadata.
   * A damaged image is VALIDATION_FAILED; one with too many pixels PAYLOAD_TOO_LARGE.
   */
  sanitize(source: string, target: string, mimeType: string): Promise<ProcessedImage> {
    return this.gate.run(async () => {
      const animated = mimeType === 'image/gif' || mimeType === 'image/webp';
      const options = { limitInputPixels: this.maxPixels, failOn: 'warning' as const, animated };
      let header: Metadata;
      try {
        header = await sharp(source, options).metadata();
      } catch (error) {
        throw this.explain(error);
      }
      const frames = header.pages ?? 1;
      const width = header.width ?? 0;
      const height = animated && header.pageHeight ? header.pageHeight * frames : (header.height ?? 0);
      if (width === 0 || height === 0) throw invalid('the image has no size; it may be damaged', { field: 'file' });
      if (width * height > this.maxPixels) throw this.tooLarge();
      let pipeline = sharp(source, options).autoOrient();
      if (mimeType === 'image/jpeg') pipeline = pipeline.jpeg({ quality: 88 });
      else if (mimeType === 'image/png') pipeline = pipeline.png();
      else if (mimeType === 'image/webp') pipeline = pipeline.webp({ quality: 88 });
      else pipeline = pipeline.gif();
      try {
        const info = await pipeline.toFile(target);
        return { width: info.width, height: animated && info.pageHeight ? info.pageHeight : info.height, size: info.size };
      } catch (error) {
        throw this.explain(error);
      }
    });
  }

  /** A WebP thumbnail that fits in 320×320, from an already sanitized image. */
  thumbnail(source: NodeJS.ReadableStream, target: string): Promise<void> {
    return this.gate.run(async () => {
      const pipeline = sharp({ limitInputPixels: this.maxPixels })
        .resize(THUMBNAIL_SIZE, THUMBNAIL_SIZE, { fit: 'inside', withoutEnlargement: true })
        .webp({ quality: 75 });
      source.pipe(pipeline);
      await pipeline.toFile(target);
    });
  }

  private explain(error: unknown): AppError {
    const message = error instanceof Error ? error.message : String(error);
    if (/pixel limit/i.test(message)) return this.tooLarge();
    return invalid('the image could not be read: it is damaged or truncated', { field: 'file' });
  }
}
