// Where attachment bytes live. One interface, two drivers: a local folder (the default) and S3
// or any S3-compatible store. Keys are made by Parley from attachment ids, never from user input.
import type { Readable } from 'node:stream';
import { AppError } from '../errors.js';

/**
 * A read of an object the store does not hold: removed while its row was read (a retention pass,
 * an erasure), or lost with the folder it was in. Not found, as a removed file is.
 */
export const blobGone = () => new AppError('NOT_FOUND', 'the file is no longer stored');

/** An inclusive byte range, as HTTP Range requests name them. */
export interface ByteRange {
  start: number;
  end: number;
}

export interface DirectUpload {
  url: string;
  fields: Record<string, string>;
}

export interface BlobStore {
  readonly driver: 'local' | 's3';
  /** True when put() stores the bytes encrypted: bytes a client wrote to the store itself are not. */
  readonly encryptsAtRest?: boolean;
  /** Stores the local file `source` under `key` and takes it: the source is gone afterwards. */
  put(key: string, source: string, info: { contentType: string; size: number }): Promise<void>;
  /** The stored bytes, or one range of them. */
  read(key: string, range?: ByteRange): Promise<Readable>;
  /** The stored object's size, or undefined when there is none. */
  size(key: string): Promise<number | undefined>;
  /** Removes the object; removing one that is not there is not an error. */
  delete(key: string): Promise<void>;
  /** S3 only: a short-lived URL that serves the object with these response headers. */
  signedDownloadUrl?(key: string, options: { contentType: string; disposition: string; expiresInSeconds: number }): Promise<string>;
  /** S3 only: a form upload straight to the store, bound to one key, size and type. */
  directUpload?(key: string, options: { contentType: string; size: number; expiresInSeconds: number }): Promise<DirectUpload>;
}

/**
 * The keys of an attachment's objects: its file, its thumbnail, and `incoming`, where a direct
 * upload's form writes. That form stays valid until it expires, so what it writes is never
 * served: completing the upload stores the checked bytes under `file`, which no form can reach.
 */
export const blobKeys = (attachmentId: string) => {
  // Two levels of fan-out keep any one folder small on the local driver.
  const prefix = `${attachmentId.slice(-2)}/${attachmentId.slice(-4, -2)}`;
  return { file: `${prefix}/${attachmentId}`, thumbnail: `${prefix}/${attachmentId}.thumb.webp`, incoming: `${prefix}/${attachmentId}.incoming` };
};

/** Every object an attachment may have left in the store. */
export const allBlobKeys = (attachmentId: string): string[] => Object.values(blobKeys(attachmentId));
