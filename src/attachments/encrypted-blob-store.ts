// Encryption at rest for any BlobStore (ENCRYPTION_KEYS set): files are sealed on their way in
// and opened on their way out (src/crypto/blob-cipher.ts), each bound to its storage key, so the
// local folder or the bucket holds ciphertext only. Files stored before encryption was turned
// on are read as they are until reseal() seals them.
import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { pipeline as pipe, Readable, type Transform } from 'node:stream';
import { type BlobCipher, type BlobHeader, chunkSpan, headerOfStart, MAX_HEADER_BYTES, plainSizeOf } from '../crypto/blob-cipher.js';
import { AppError } from '../errors.js';
import type { BlobStore, ByteRange, DirectUpload } from './blob-store.js';
import { streamToNewFile } from './stream-to-file.js';

/** What reseal() did to one stored file. */
export type ResealOutcome = 'resealed' | 'current' | 'missing';

export class EncryptedBlobStore implements BlobStore {
  readonly driver: BlobStore['driver'];
  readonly encryptsAtRest = true;
  /**
   * Refused while encryption is on: a presigned form puts the client's plaintext into the store,
   * where it would stay until completion (or the orphan sweep), and in older versions of a
   * versioned bucket. Parley reads the whole file back to check it anyway, so an upload through
   * POST /attachments moves fewer bytes. Present only when the store offers direct uploads, so
   * local storage still answers 404.
   */
  readonly directUpload?: (key: string, options: { contentType: string; size: number; expiresInSeconds: number }) => Promise<DirectUpload>;
  // No signedDownloadUrl: the store holds ciphertext, so downloads are served (and opened) by Parley.

  constructor(
    /** The store the sealed bytes live in. */
    readonly underlying: BlobStore,
    private readonly cipher: BlobCipher,
    /** A local folder for sealing before a write (the attachments' staging folder). */
    private readonly stagingDir: string,
  ) {
    this.driver = underlying.driver;
    if (underlying.directUpload) {
      this.directUpload = () =>
        Promise.reject(
          new AppError(
            'CONFLICT',
            'direct uploads are off while files are encrypted at rest (ENCRYPTION_KEYS); upload through POST /attachments',
          ),
        );
    }
  }

  async put(key: string, source: string, _info: { contentType: string; size: number }): Promise<void> {
    const sealed = this.scratchFile();
    try {
      await streamToNewFile(sealed, createReadStream(source), this.cipher.sealStream(key));
      // The plaintext goes as soon as it is sealed, not after a slow upload.
      await rm(source, { force: true });
      // The stored object names no type: its bytes are not that type any more.
      await this.underlying.put(key, sealed, { contentType: 'application/octet-stream', size: (await stat(sealed)).size });
    } finally {
      await rm(source, { force: true });
      await rm(sealed, { force: true });
    }
  }

  /**
   * The plaintext, or one range of it (only the chunks that cover it are read). Resolves once the
   * header and the first chunk have opened, so a missing key (ENCRYPTION_KEY_MISSING) or an
   * altered start is an error before any byte is served; a later altered chunk ends the stream
   * with an error before its bytes.
   */
  async read(key: string, range?: ByteRange): Promise<Readable> {
    if (range === undefined) return firstPieceChecked(openedBy(await this.underlying.read(key), this.cipher.openStream(key)));
    const stored = await this.underlying.size(key);
    // Nothing there: the underlying store answers with its own "not found".
    if (stored === undefined) return this.underlying.read(key, range);
    const header = await this.headerOf(key, stored);
    if (header === null) return this.underlying.read(key, range);
    const span = chunkSpan(header, stored, range);
    const source = await this.underlying.read(key, { start: span.cipherStart, end: span.cipherEnd });
    return firstPieceChecked(openedBy(source, this.cipher.openSpanStream(key, header, span)));
  }

  /** The plaintext size, as clients know the file. */
  async size(key: string): Promise<number | undefined> {
    const stored = await this.underlying.size(key);
    if (stored === undefined) return undefined;
    const header = await this.headerOf(key, stored);
    return header === null ? stored : plainSizeOf(stored, header);
  }

  delete(key: string): Promise<void> {
    return this.underlying.delete(key);
  }

  /**
   * For the rotation job and GET /admin/encryption: the id of the key a stored file is sealed
   * with; null for a file stored before encryption was turned on (plaintext); undefined when
   * nothing is stored under `key`. Reads the header only. An attachment's keys are
   * `blobKeys(id).file` and, for images, `blobKeys(id).thumbnail`.
   */
  async keyIdOf(key: string): Promise<string | null | undefined> {
    const stored = await this.underlying.size(key);
    if (stored === undefined) return undefined;
    return (await this.headerOf(key, stored))?.keyId ?? null;
  }

  /**
   * For the rotation job: seals one stored file under the current (first) key, plaintext files
   * included. 'current' when it already is (nothing is written), 'missing' when nothing is
   * stored under `key`. The file is opened and sealed again as a stream through a sealed
   * scratch file (no plaintext touches the disk) and replaces the old one whole, as put() does.
   * Throws ENCRYPTION_KEY_MISSING when the file's key is not configured, INTERNAL when it fails
   * authentication; the stored file is then left as it was. A file deleted while it is being
   * resealed is written again: the caller checks afterwards that its attachment still exists.
   */
  async reseal(key: string): Promise<ResealOutcome> {
    const stored = await this.underlying.size(key);
    if (stored === undefined) return 'missing';
    const header = await this.headerOf(key, stored);
    if (header?.keyId === this.cipher.currentKeyId) return 'current';
    const sealed = this.scratchFile();
    try {
      await streamToNewFile(sealed, await this.underlying.read(key), this.cipher.openStream(key), this.cipher.sealStream(key));
      await this.underlying.put(key, sealed, { contentType: 'application/octet-stream', size: (await stat(sealed)).size });
    } finally {
      await rm(sealed, { force: true });
    }
    return 'resealed';
  }

  /** The header of a stored file of `stored` bytes, or null when it is plaintext. */
  private async headerOf(key: string, stored: number): Promise<BlobHeader | null> {
    if (stored === 0) return null;
    const head = await this.underlying.read(key, { start: 0, end: Math.min(MAX_HEADER_BYTES, stored) - 1 });
    const chunks: Buffer[] = [];
    for await (const chunk of head) chunks.push(chunk as Buffer);
    return headerOfStart(Buffer.concat(chunks));
  }

  private scratchFile(): string {
    return path.join(this.stagingDir, `${randomUUID()}.sealed`);
  }
}

/** `source` piped through `opener`; an error of either ends the opened stream. */
function openedBy(source: Readable, opener: Transform): Readable {
  return pipe(source, opener, () => {});
}

/**
 * Waits for the first piece of `stream` (or its end, or its error) and answers a stream of the
 * same bytes: the errors a download can meet at its start are thrown here, before any answer.
 */
async function firstPieceChecked(stream: Readable): Promise<Readable> {
  const pieces = stream[Symbol.asyncIterator]();
  const first = await pieces.next();
  async function* all(): AsyncGenerator<Buffer> {
    try {
      if (first.done) return;
      yield first.value as Buffer;
      for (;;) {
        const next = await pieces.next();
        if (next.done) return;
        yield next.value as Buffer;
      }
    } finally {
      await pieces.return?.();
    }
  }
  return Readable.from(all(), { objectMode: false });
}
