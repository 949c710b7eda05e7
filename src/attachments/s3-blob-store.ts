// The S3 driver (AWS S3, MinIO, R2, s3rver, ...). Downloads are redirects to presigned GETs;
// direct uploads are presigned POST forms bound to one key, size and type.
import { createReadStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { DeleteObjectCommand, GetObjectCommand, HeadObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { createPresignedPost } from '@aws-sdk/s3-presigned-post';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { AppError, NETWORK_ERROR_CODES, OUTAGE_RETRY_AFTER_SECONDS } from '../errors.js';
import { blobGone, type BlobStore, type ByteRange, type DirectUpload } from './blob-store.js';

export interface S3Settings {
  bucket: string;
  region: string;
  endpoint: string | undefined;
  forcePathStyle: boolean;
  /** How long the store may stay silent before a request is given up (a store that hangs is away). */
  timeoutMs: number;
}

/** Connections to the store at once (the SDK's default is 50). */
const MAX_STORE_CONNECTIONS = 500;

/** The slowest upload to the store given time: a file's size adds this many bytes a second to S3_TIMEOUT_MS. */
const UPLOAD_BYTES_PER_SECOND = 256 * 1024;

export class S3BlobStore implements BlobStore {
  readonly driver = 's3' as const;
  private readonly client: S3Client;

  constructor(private readonly settings: S3Settings) {
    this.client = new S3Client({
      region: settings.region,
      ...(settings.endpoint ? { endpoint: settings.endpoint } : {}),
      forcePathStyle: settings.forcePathStyle,
      // A store that accepts connections and never answers would hold requests for ever: one
      // not answered in time fails as a timeout, which answers 503. Tried once more (but a put:
      // its body is a stream, read once). The limit
      // runs until the answer begins (a download streamed to a slow client is not cut).
      // The wait for a free connection counts against the limit too: enough connections that
      // downloads streamed to slow clients (encryption on) leave room for everything else.
      requestHandler: {
        connectionTimeout: settings.timeoutMs,
        requestTimeout: settings.timeoutMs,
        throwOnRequestTimeout: true,
        httpAgent: { keepAlive: true, maxSockets: MAX_STORE_CONNECTIONS },
        httpsAgent: { keepAlive: true, maxSockets: MAX_STORE_CONNECTIONS },
      },
      maxAttempts: 2,
      // Default checksums frame uploads as aws-chunked, which some S3-compatible stores keep
      // as part of the object; checksums only where the API requires them.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
    });
  }

  async put(key: string, source: string, info: { contentType: string; size: number }): Promise<void> {
    try {
      await withStoreOutages(this.client.send(
        new PutObjectCommand({
          Bucket: this.settings.bucket,
          Key: key,
          Body: createReadStream(source),
          ContentLength: info.size,
          ContentType: info.contentType,
        }),
        // The bytes are sent before the answer begins: a second more per 256 KiB.
        { requestTimeout: this.settings.timeoutMs + Math.ceil(info.size / UPLOAD_BYTES_PER_SECOND) * 1000 },
      ));
    } finally {
      await rm(source, { force: true });
    }
  }

  async read(key: string, range?: ByteRange): Promise<Readable> {
    try {
      const result = await withStoreOutages(this.client.send(
        new GetObjectCommand({
          Bucket: this.settings.bucket,
          Key: key,
          ...(range ? { Range: `bytes=${range.start}-${range.end}` } : {}),
        }),
      ));
      return result.Body as Readable;
    } catch (error) {
      throw isNotInStore(error) ? blobGone() : error;
    }
  }

  async size(key: string): Promise<number | undefined> {
    try {
      const head = await withStoreOutages(this.client.send(new HeadObjectCommand({ Bucket: this.settings.bucket, Key: key })));
      return head.ContentLength;
    } catch (error) {
      if (isNotInStore(error)) return undefined;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await withStoreOutages(this.client.send(new DeleteObjectCommand({ Bucket: this.settings.bucket, Key: key })));
  }

  signedDownloadUrl(key: string, options: { contentType: string; disposition: string; expiresInSeconds: number }): Promise<string> {
    const command = new GetObjectCommand({
      Bucket: this.settings.bucket,
      Key: key,
      ResponseContentType: options.contentType,
      ResponseContentDisposition: options.disposition,
      // The store's answer carries no Authorization header: without this, a shared cache or CDN in
      // front of the bucket could keep a private file. (nosniff and a sandbox cannot be set this
      // way; scriptable types are never stored as such, and documents come as downloads.)
      ResponseCacheControl: `private, max-age=${options.expiresInSeconds}`,
    });
    return getSignedUrl(this.client, command, { expiresIn: options.expiresInSeconds });
  }

  async directUpload(key: string, options: { contentType: string; size: number; expiresInSeconds: number }): Promise<DirectUpload> {
    const { url, fields } = await createPresignedPost(this.client, {
      Bucket: this.settings.bucket,
      Key: key,
      Conditions: [
        ['content-length-range', options.size, options.size],
        ['eq', '$Content-Type', options.contentType],
      ],
      Fields: { 'Content-Type': options.contentType },
      Expires: options.expiresInSeconds,
    });
    return { url, fields };
  }

  destroy(): void {
    this.client.destroy();
  }
}

/** The store answered that it holds no such object. */
function isNotInStore(error: unknown): boolean {
  return (error as { $metadata?: { httpStatusCode?: number } } | null)?.$metadata?.httpStatusCode === 404;
}

/** A request to the store; one the store cannot answer (unreachable, failing, timed out) is UNAVAILABLE. */
async function withStoreOutages<T>(request: Promise<T>): Promise<T> {
  try {
    return await request;
  } catch (error) {
    throw isStoreOutage(error) ? storeUnavailable(error) : error;
  }
}

/** The store is away: the connection failed, or it answered with a server error or not in time. */
function isStoreOutage(error: unknown): boolean {
  if (error === null || typeof error !== 'object') return false;
  const { code, name, $metadata } = error as { code?: unknown; name?: unknown; $metadata?: { httpStatusCode?: number } };
  if (typeof code === 'string' && NETWORK_ERROR_CODES.has(code)) return true;
  if (name === 'TimeoutError' || name === 'RequestTimeout') return true;
  const status = $metadata?.httpStatusCode;
  return status !== undefined && status >= 500;
}

/** What the edges answer while the store is away: 503 with Retry-After, as for a database outage. */
function storeUnavailable(cause: unknown): AppError {
  return new AppError('UNAVAILABLE', 'the file store is unavailable; retry shortly', undefined, { retryAfterSeconds: OUTAGE_RETRY_AFTER_SECONDS, cause });
}
