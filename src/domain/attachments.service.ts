// The rules of attachments: who may upload and see a file, what Parley accepts, the daily
// quota, linking files to the message that sends them, and removing files nobody needs.
import { randomUUID } from 'node:crypto';
import { mkdir, readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { allBlobKeys, type BlobStore, type ByteRange, blobKeys } from '../attachments/blob-store.js';
import { type AttachmentKind, ACCEPTED_MIME_TYPES, detectType, kindOfMime, nameForType } from '../attachments/file-types.js';
import type { ImageProcessor } from '../attachments/images.js';
import { streamToNewFile } from '../attachments/stream-to-file.js';
import { Thumbnails } from '../attachments/thumbnails.js';
import type { AttachmentUrlSigner, UrlVariant } from '../attachments/url-signer.js';
import { AppError, type ErrorCode, invalid, notFound } from '../errors.js';
import { contentDisposition, type DirectUploadView, presentAttachment, presentDirectUpload } from '../presenters/attachments.presenter.js';
import type { AttachmentView } from '../presenters/messages.presenter.js';
import type { AttachmentRow } from '../storage/attachments.repository.js';
import { newId, nowIso } from '../storage/ids.js';
import type { Store } from '../storage/store.js';
import { accessConversation } from './access.js';
import { canSeeAttachment, isModeratorRole } from './policies.js';
import type { Actor, MessageType, UserActor } from './types.js';
import { requireLivingActor } from './users.service.js';
import { REQUEST_TIMEOUT_MS } from '../timings.js';

export interface AttachmentSettings {
  maxImageBytes: number;
  maxFileBytes: number;
  maxImagePixels: number;
  urlTtlSeconds: number;
  orphanHours: number;
  quotaBytesPerDay: number;
  /** How long a presigned direct upload stays valid. */
  directUploadSeconds: number;
  maxPerMessage: number;
}

/** A file received from a client, waiting in the staging folder. */
export interface StagedFile {
  path: string;
  size: number;
  name: string;
}

export interface Download {
  row: AttachmentRow;
  key: string;
  contentType: string;
  size: number;
  /** The Content-Disposition header: inline for media, a download for everything else. */
  disposition: string;
}

const MAX_NAME_LENGTH = 255;
const SWEEP_INTERVAL_MS = 5 * 60_000;
/** The longest a staged upload is checked (type, images re-encoded, sealed) after it arrived. */
const STAGED_CHECK_MS = 5 * 60_000;
const SWEEP_BATCH = 200;
const DAY_MS = 24 * 3_600_000;
// Direction overrides and isolates can make "gpj.exe" read as "exe.jpg".
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
/** C0 and C1 controls, and DEL. */
const CONTROLS = /[\u0000-\u001F\u007F-\u009F]/;
/** Half of a UTF-16 pair without its other half: no file system or header can hold it. */
const LONE_SURROGATES = /\p{Cs}/u;

/** The file name as given, or VALIDATION_FAILED when it could hurt whoever saves or reads it. */
export function checkFileName(raw: string): string {
  const name = raw.trim();
  const fail = (reason: string) => invalid(`the file name ${reason}`, { field: 'file' });
  if (name.length === 0) throw fail('is missing');
  if (Array.from(name).length > MAX_NAME_LENGTH) throw fail(`must be at most ${MAX_NAME_LENGTH} characters`);
  if (CONTROLS.test(name)) throw fail('contains control characters');
  if (BIDI_CONTROLS.test(name)) throw fail('contains text-direction control characters');
  if (LONE_SURROGATES.test(name)) throw fail('is not valid Unicode');
  if (/[/\\]/.test(name) || name === '.' || name === '..') throw fail('must be a name, not a path');
  return name;
}

/** How a browser should treat the bytes: media inline, everything else as a download. */
const dispositionOf = (kind: string, name: string) => contentDisposition(kind === 'file' ? 'attachment' : 'inline', name);

/** The errors of a file refused by its checks (type, size, content): its upload is thrown away. */
const REFUSED_FILE_CODES: ReadonlySet<ErrorCode> = new Set(['UNSUPPORTED_MEDIA_TYPE', 'PAYLOAD_TOO_LARGE', 'VALIDATION_FAILED']);

/** A direct upload's bytes went while they were being checked: another completion took them. */
class CompletedElsewhere extends Error {}

export class AttachmentsService {
  readonly thumbnails: Thumbnails;
  private sweeper: NodeJS.Timeout | undefined;

  constructor(
    private readonly store: Store,
    readonly blobs: BlobStore,
    private readonly images: ImageProcessor,
    readonly signer: AttachmentUrlSigner,
    readonly settings: AttachmentSettings,
    readonly stagingDir: string,
    private readonly onBackgroundError: (error: unknown, context: string) => void = () => {},
  ) {
    this.thumbnails = new Thumbnails(
      blobs,
      images,
      stagingDir,
      (id) => store.attachments.setThumbnailState(id, 'ready'),
      (error, id) => onBackgroundError(error, `thumbnail of ${id}`),
    );
  }

  /** The largest upload of any type: the streaming limit before the type is known. */
  get maxUploadBytes(): number {
    return Math.max(this.settings.maxImageBytes, this.settings.maxFileBytes);
  }

  /** A new file in the staging folder (the caller removes it). */
  stagingPath(): string {
    return path.join(this.stagingDir, randomUUID());
  }

  async start(): Promise<void> {
    await mkdir(this.stagingDir, { recursive: true });
    await this.clearStaleStaging();
    const tick = () => void this.sweep().catch((error: unknown) => this.onBackgroundError(error, 'attachment sweep'));
    tick();
    this.sweeper = setInterval(tick, SWEEP_INTERVAL_MS);
    this.sweeper.unref();
  }

  async stop(): Promise<void> {
    if (this.sweeper) clearInterval(this.sweeper);
    await this.thumbnails.idle();
  }

  /** Throws RATE_LIMITED when `adding` more bytes would pass the user's daily quota (counted in `store`: a transaction's, or the service's). */
  async checkQuota(userId: string, adding: number, store: Store = this.store): Promise<void> {
    const since = new Date(Date.now() - DAY_MS).toISOString();
    const used = await store.attachments.bytesUploadedSince(userId, since);
    if (used + adding > this.settings.quotaBytesPerDay) {
      const error = new AppError('RATE_LIMITED', 'the daily upload quota is used up; try again later', {
        quotaBytesPerDay: this.settings.quotaBytesPerDay,
        usedBytes: used,
      });
      error.retryAfterSeconds = await this.secondsUntilRoomFor(store, userId, since, used, adding);
      throw error;
    }
  }

  /** When enough of the last 24 hours' uploads have left the window for `adding` more bytes to fit. */
  private async secondsUntilRoomFor(store: Store, userId: string, since: string, used: number, adding: number): Promise<number> {
    const uploads = await store.attachments.uploadsSince(userId, since);
    let left = used;
    let frees = uploads[uploads.length - 1]?.created_at ?? since;
    for (const upload of uploads) {
      left -= Number(upload.size);
      frees = upload.created_at;
      if (left + adding <= this.settings.quotaBytesPerDay) break;
    }
    return Math.max(1, Math.ceil((Date.parse(frees) + DAY_MS - Date.now()) / 1000));
  }

  /**
   * Stores an upload's row unless its uploader was erased meanwhile (their erasure removes their
   * files, and would not see this one) or it no longer fits their quota. The quota was checked
   * before the file was read; it is checked again here, with the uploader locked, so uploads sent
   * together are counted one after another and cannot pass it between them. A file meant for a
   * conversation is stored only while the uploader still takes part in it, with the conversation
   * locked: one deleted for everyone meanwhile takes its files, and would not see this one.
   */
  private insertOwnUpload(actor: UserActor, row: AttachmentRow): Promise<void> {
    const work = async (tx: Store) => {
      await requireLivingActor(tx, row.uploader_id, { alone: true });
      if (row.conversation_id !== null) await accessConversation(tx, actor, 'read', row.conversation_id, { lock: true });
      await this.checkQuota(row.uploader_id, Number(row.size), tx);
      await tx.attachments.insert(row);
    };
    return row.conversation_id === null ? this.store.transaction(work) : this.store.transactionInTurnOf(row.conversation_id, work);
  }

  /** NOT_FOUND unless the user takes part in the conversation. */
  async requireMembership(actor: UserActor, conversationId: string): Promise<void> {
    await accessConversation(this.store, actor, 'read', conversationId);
  }

  /** Checks and stores a file uploaded through Parley. The staged file stays the caller's. */
  async upload(actor: Extract<Actor, { kind: 'user' }>, staged: StagedFile, conversationId?: string): Promise<AttachmentView> {
    const name = checkFileName(staged.name);
    if (staged.size === 0) throw invalid('the file is empty', { field: 'file' });
    if (conversationId !== undefined) await this.requireMembership(actor, conversationId);
    await this.checkQuota(actor.userId, staged.size);
    const id = newId();
    const checked = await this.check(staged.path, name, staged.size);
    const keys = blobKeys(id);
    try {
      await this.blobs.put(keys.file, checked.path, { contentType: checked.mimeType, size: checked.size });
    } finally {
      if (checked.path !== staged.path) await rm(checked.path, { force: true });
    }
    const row: AttachmentRow = {
      id,
      uploader_id: actor.userId,
      conversation_id: conversationId ?? null,
      message_id: null,
      state: 'ready',
      name: nameForType(name, checked.mimeType, MAX_NAME_LENGTH),
      mime_type: checked.mimeType,
      kind: checked.kind,
      size: checked.size,
      width: checked.width,
      height: checked.height,
      storage_key: keys.file,
      thumbnail_state: checked.kind === 'image' ? 'pending' : 'none',
      created_at: nowIso(),
      deleted_at: null,
    };
    try {
      await this.insertOwnUpload(actor, row);
    } catch (error) {
      await this.blobs.delete(keys.file).catch(() => {});
      throw error;
    }
    if (row.kind === 'image') this.thumbnails.schedule(id);
    return presentAttachment(row, this.signer, actor.userId);
  }

  /**
   * Judges a file by its bytes: an accepted type, within the limit of its kind; an image is
   * re-encoded upright and without metadata into a new staged file.
   */
  private async check(
    file: string,
    name: string,
    size: number,
  ): Promise<{ path: string; mimeType: string; kind: AttachmentKind; size: number; width: number | null; height: number | null }> {
    const type = await detectType(file);
    if (!type) {
      throw new AppError(
        'UNSUPPORTED_MEDIA_TYPE',
        'this kind of file is not accepted: send JPEG, PNG, GIF, WebP, PDF, plain text, DOC, DOCX, MP3, M4A, OGG, MP4 or WebM',
        { accepted: ACCEPTED_MIME_TYPES },
      );
    }
    this.checkSize(type.kind, size);
    if (type.kind !== 'image') return { path: file, ...type, size, width: null, height: null };
    const target = this.stagingPath();
    try {
      const image = await this.images.sanitize(file, target, type.mimeType);
      return { path: target, ...type, ...image };
    } catch (error) {
      await rm(target, { force: true });
      throw error;
    }
  }

  private checkSize(kind: AttachmentKind, size: number): void {
    const limit = kind === 'image' ? this.settings.maxImageBytes : this.settings.maxFileBytes;
    if (size > limit) {
      throw new AppError('PAYLOAD_TOO_LARGE', `${kind === 'image' ? 'images' : 'files of this type'} may be at most ${limit} bytes`, {
        maxBytes: limit,
      });
    }
  }

  /** With S3 storage: a presigned form upload straight to the store, and a pending attachment. */
  async createDirectUpload(
    actor: Extract<Actor, { kind: 'user' }>,
    input: { name: string; mimeType: string; size: number; conversationId?: string | undefined },
  ): Promise<DirectUploadView> {
    if (!this.blobs.directUpload) throw notFound('direct upload (it needs S3 storage)');
    const name = checkFileName(input.name);
    const mimeType = input.mimeType.split(';')[0]?.trim().toLowerCase() ?? '';
    if (!ACCEPTED_MIME_TYPES.includes(mimeType)) {
      throw new AppError('UNSUPPORTED_MEDIA_TYPE', `${mimeType} is not accepted`, { accepted: ACCEPTED_MIME_TYPES });
    }
    const kind = kindOfMime(mimeType);
    this.checkSize(kind, input.size);
    if (input.conversationId !== undefined) await this.requireMembership(actor, input.conversationId);
    await this.checkQuota(actor.userId, input.size);
    const id = newId();
    const keys = blobKeys(id);
    const upload = await this.blobs.directUpload(keys.incoming, {
      contentType: mimeType,
      size: input.size,
      expiresInSeconds: this.settings.directUploadSeconds,
    });
    const row: AttachmentRow = {
      id,
      uploader_id: actor.userId,
      conversation_id: input.conversationId ?? null,
      message_id: null,
      state: 'pending',
      name: nameForType(name, mimeType, MAX_NAME_LENGTH),
      mime_type: mimeType,
      kind,
      size: input.size,
      width: null,
      height: null,
      storage_key: keys.file,
      thumbnail_state: 'none',
      created_at: nowIso(),
      deleted_at: null,
    };
    await this.insertOwnUpload(actor, row);
    const expiresAt = new Date(Date.now() + this.settings.directUploadSeconds * 1000).toISOString();
    return presentDirectUpload(row, this.signer, actor.userId, upload, expiresAt);
  }

  /**
   * The client says its direct upload is done: the stored bytes are checked exactly as an upload
   * through Parley is. A file that fails is removed from the store, with its attachment.
   */
  async completeDirectUpload(actor: Extract<Actor, { kind: 'user' }>, id: string): Promise<AttachmentView> {
    const row = await this.store.attachments.findById(id);
    if (!row || row.uploader_id !== actor.userId) throw notFound('attachment');
    if (row.state === 'ready') return presentAttachment(row, this.signer, actor.userId);
    const keys = blobKeys(row.id);
    // A form made before `incoming` existed wrote to `file` (an upgrade within its ten minutes).
    let source = keys.incoming;
    let stored = await this.blobs.size(source);
    if (stored === undefined) {
      // Gone since the row was read: another completion (a client's retry) may have taken it.
      const again = await this.store.attachments.findById(id);
      if (again?.state === 'ready') return this.completedElsewhere(actor, id);
      if ((stored = await this.blobs.size(keys.file)) !== undefined) source = keys.file;
    }
    if (stored === undefined) throw new AppError('CONFLICT', 'nothing has been uploaded for this attachment yet');
    const staged = this.stagingPath();
    let checkedPath: string | undefined;
    try {
      // The store does not enforce the form's conditions everywhere: size and type again here.
      if (stored > this.maxUploadBytes) this.checkSize(row.kind as AttachmentKind, stored);
      if (stored === 0) throw invalid('the file is empty', { field: 'file' });
      const bytes = await this.blobs.read(source).catch((error: unknown) => {
        // Gone since it was measured: another completion of the same upload (a client's retry) took it.
        throw error instanceof AppError && error.code === 'NOT_FOUND' ? new CompletedElsewhere() : error;
      });
      await streamToNewFile(staged, bytes);
      const checked = await this.check(staged, row.name, (await stat(staged)).size);
      checkedPath = checked.path;
      // The size announced is what the quota counted: a file of another size is refused.
      if (stored !== Number(row.size)) throw invalid(`the stored file is ${stored} bytes, not the ${row.size} announced`, { field: 'size' });
      // The bytes checked (an image as re-encoded) are what is served, from a key the form
      // cannot write: it stays valid until it expires, and could otherwise replace them.
      await this.blobs.put(keys.file, checked.path, { contentType: checked.mimeType, size: checked.size });
      if (source !== keys.file) await this.blobs.delete(source);
      const thumbnail_state = checked.kind === 'image' ? 'pending' : 'none';
      // The bytes decide, not the type announced: the name follows them.
      const name = nameForType(row.name, checked.mimeType, MAX_NAME_LENGTH);
      // A file deleted while it was checked (its conversation deleted for everyone) stays deleted: 404, its bytes removed below.
      const live = await this.store.attachments.markReady(row.id, {
        name,
        size: checked.size,
        mime_type: checked.mimeType,
        kind: checked.kind,
        width: checked.width,
        height: checked.height,
        thumbnail_state,
      });
      if (!live) {
        await this.removeObjects(row.id).catch(() => {});
        throw notFound('attachment');
      }
      const ready: AttachmentRow = { ...row, ...checked, name, mime_type: checked.mimeType, state: 'ready', thumbnail_state };
      if (checked.kind === 'image') this.thumbnails.schedule(row.id);
      return presentAttachment(ready, this.signer, actor.userId);
    } catch (error) {
      if (error instanceof CompletedElsewhere) return this.completedElsewhere(actor, id);
      // `file` is where a form made before `incoming` existed wrote, and where another completion
      // stores what it checked: re-checked here, its size may differ, which is no refusal.
      if (source === keys.file && (await this.store.attachments.findById(id))?.state === 'ready') return this.completedElsewhere(actor, id);
      // Only a file that fails its checks is thrown away: a store that is away leaves it to retry.
      if (error instanceof AppError && REFUSED_FILE_CODES.has(error.code)) {
        await this.removeObjects(row.id).catch(() => {});
        await this.store.attachments.markRemovedUnlessSent(row.id, nowIso());
      }
      throw error;
    } finally {
      await rm(staged, { force: true });
      if (checkedPath !== undefined) await rm(checkedPath, { force: true });
    }
  }

  /** The answer of the completion that took the upload first, once it has stored it. */
  private async completedElsewhere(actor: Extract<Actor, { kind: 'user' }>, id: string): Promise<AttachmentView> {
    const row = await this.store.attachments.findById(id);
    if (!row || row.uploader_id !== actor.userId) throw notFound('attachment');
    if (row.state !== 'ready') throw new AppError('CONFLICT', 'this upload is being completed by another request; ask again shortly');
    return presentAttachment(row, this.signer, actor.userId);
  }

  /**
   * Moderators see the files of what they review (the queue) and of the conversations they read
   * through the audited route (GET /admin/conversations/{id}/messages): the links signed for
   * them there open while the holder is still a moderator. The plain path with a moderator's
   * credentials does not: it would be a read with no reason and no audit entry.
   */
  private async moderatesByLink(viewer: UserActor | { kind: 'link'; userId: string }): Promise<boolean> {
    if (viewer.kind !== 'link') return false;
    const user = await this.store.users.findById(viewer.userId);
    return user !== undefined && user.erased_at === null && isModeratorRole(user.role);
  }

  /** The bytes a viewer may download (a user id, or the platform with the service key). */
  async download(viewer: Actor | { kind: 'link'; userId: string }, id: string, variant: UrlVariant): Promise<Download> {
    const row = await this.store.attachments.findById(id);
    if (!row || row.state !== 'ready') throw notFound('attachment');
    if (viewer.kind !== 'service') {
      const participant =
        row.message_id !== null && row.conversation_id !== null
          ? await this.store.conversations.findParticipant(row.conversation_id, viewer.userId)
          : undefined;
      if (!canSeeAttachment(viewer.userId, row, participant) && !(row.message_id !== null && (await this.moderatesByLink(viewer)))) {
        throw notFound('attachment');
      }
    }
    const keys = blobKeys(row.id);
    if (variant === 'file') {
      return { row, key: keys.file, contentType: row.mime_type, size: row.size, disposition: dispositionOf(row.kind, row.name) };
    }
    if (row.kind !== 'image') throw notFound('thumbnail');
    if (row.thumbnail_state !== 'ready') await this.thumbnails.ensure(row.id);
    const size = await this.blobs.size(keys.thumbnail);
    if (size === undefined) throw notFound('thumbnail');
    const name = `${row.name.replace(/\.[^.]*$/, '')}.webp`;
    return { row, key: keys.thumbnail, contentType: 'image/webp', size, disposition: dispositionOf('image', name) };
  }

  /** Serves a download: a signed redirect (S3) or a stream of the bytes (local folder). */
  async signedRedirect(download: Download): Promise<string | undefined> {
    if (!this.blobs.signedDownloadUrl) return undefined;
    return this.blobs.signedDownloadUrl(download.key, {
      contentType: download.contentType,
      disposition: download.disposition,
      expiresInSeconds: this.cacheSeconds,
    });
  }

  /** How long a download (or the redirect to the store) may be kept by the browser: no longer than its link lives. */
  get cacheSeconds(): number {
    return Math.min(this.settings.urlTtlSeconds, 300);
  }

  read(download: Download, range?: ByteRange) {
    return this.blobs.read(download.key, range);
  }

  /**
   * Links the sender's files to a new message inside its transaction, or throws: at most
   * maxPerMessage, each the sender's own, checked, not sent before and, when it was uploaded
   * for a conversation, sent there. Answers the rows in the order given.
   */
  async attachToMessage(tx: Store, senderId: string, conversationId: string, messageId: string, ids: string[]): Promise<AttachmentRow[]> {
    if (ids.length > this.settings.maxPerMessage) {
      throw invalid(`a message carries at most ${this.settings.maxPerMessage} attachments`, { field: 'attachmentIds' });
    }
    if (new Set(ids).size !== ids.length) throw invalid('attachmentIds names a file twice', { field: 'attachmentIds' });
    const rows = new Map((await tx.attachments.findMany(ids)).map((row) => [row.id, row]));
    for (const id of ids) {
      const row = rows.get(id);
      if (!row || row.uploader_id !== senderId) throw notFound(`attachment ${id}`);
      if (row.state !== 'ready') throw invalid(`attachment ${id} has not been completed`, { field: 'attachmentIds' });
      if (row.message_id !== null) throw invalid(`attachment ${id} was already sent`, { field: 'attachmentIds' });
      if (row.conversation_id !== null && row.conversation_id !== conversationId) {
        throw invalid(`attachment ${id} was uploaded for another conversation`, { field: 'attachmentIds' });
      }
    }
    const linked = await tx.attachments.linkToMessage(ids, senderId, messageId, conversationId);
    if (linked !== ids.length) throw new AppError('CONFLICT', 'an attachment was sent by another message at the same time');
    return ids.map((id) => ({ ...(rows.get(id) as AttachmentRow), message_id: messageId, conversation_id: conversationId }));
  }

  /** The message type that files imply: one kind of media names it, anything else is FILE. */
  /**
   * A message's type: what its files make it (TEXT without files). A type the sender gave must
   * agree with them, except that any files may be sent as FILE: an IMAGE with no image in it
   * would leave clients looking for a picture.
   */
  messageTypeFor(rows: AttachmentRow[], given?: MessageType): MessageType {
    const byFiles = typeOfFiles(rows);
    if (given === undefined || given === byFiles || (given === 'FILE' && byFiles !== 'TEXT')) return given ?? byFiles;
    const why = byFiles === 'TEXT' ? 'the message has no attachments' : `its attachments make it ${byFiles}`;
    throw invalid(`messageType ${given} does not match the message: ${why}`, { field: 'messageType' });
  }

  present(row: AttachmentRow, viewerId?: string): AttachmentView {
    return presentAttachment(row, this.signer, viewerId);
  }

  /** Removes every object an attachment may have in the store. */
  private async removeObjects(attachmentId: string): Promise<void> {
    for (const key of allBlobKeys(attachmentId)) await this.blobs.delete(key);
  }

  /** Removes stored bytes of files taken out of use (after the transaction that did it). */
  async removeStored(rows: AttachmentRow[]): Promise<void> {
    for (const row of rows) {
      try {
        await this.removeObjects(row.id);
        await this.store.attachments.markRemovedUnlessSent(row.id, nowIso());
      } catch (error) {
        // The sweep finds the row again and retries; with the store away, the rest too (each
        // would wait out the store's timeout, holding an erasure's answer for minutes).
        this.onBackgroundError(error, `removing attachment ${row.id}`);
        if (error instanceof AppError && error.code === 'UNAVAILABLE') return;
      }
    }
  }

  /** Removes deleted and never-sent files, and restarts thumbnails an instance left unmade. */
  async sweep(now = Date.now()): Promise<number> {
    const cutoff = new Date(now - this.settings.orphanHours * 3_600_000).toISOString();
    const due = await this.store.attachments.dueForRemoval(cutoff, SWEEP_BATCH);
    let removed = 0;
    for (const row of due) {
      // The row is marked first and only if still unsent: a message that takes it meanwhile wins.
      if (!(await this.store.attachments.markRemovedUnlessSent(row.id, new Date(now).toISOString()))) continue;
      await this.removeObjects(row.id);
      removed += 1;
    }
    // Removed files leave the quota's window after a day, and a direct upload's form has long
    // expired by then: what a form wrote after the file was removed goes with the record.
    const purged = await this.store.attachments.removedBefore(new Date(now - DAY_MS).toISOString(), SWEEP_BATCH);
    for (const id of purged) await this.removeObjects(id);
    await this.store.attachments.purge(purged);
    if (this.blobs.directUpload) await this.clearEndedForms(now);
    await this.clearStaleStaging(now);
    const stalled = await this.store.attachments.pendingThumbnails(new Date(now - 60_000).toISOString(), SWEEP_BATCH);
    for (const row of stalled) this.thumbnails.schedule(row.id);
    return removed;
  }

  /**
   * A direct upload's form writes to its `incoming` key until it expires, whatever became of
   * the file meanwhile: checked and served from its own key, refused, or erased with its
   * uploader. What it wrote last goes once it can write no more: the files whose forms ended
   * over the last two sweeps (one may have been missed) lose that key.
   */
  private async clearEndedForms(now: number): Promise<void> {
    const ended = now - this.settings.directUploadSeconds * 1000;
    const [from, before] = [new Date(ended - 2 * SWEEP_INTERVAL_MS).toISOString(), new Date(ended).toISOString()];
    let after: string | null = null;
    for (;;) {
      const ids = await this.store.attachments.createdBetween(from, before, after, SWEEP_BATCH);
      for (const id of ids) await this.blobs.delete(blobKeys(id).incoming);
      if (ids.length < SWEEP_BATCH) return;
      after = ids[ids.length - 1] ?? null;
    }
  }

  /**
   * Staged files older than any upload can take (REQUEST_TIMEOUT_MS, and its check) belong to
   * uploads a crash interrupted: plaintext, with encryption on, that must not stay at rest.
   */
  private async clearStaleStaging(now = Date.now()): Promise<void> {
    const cutoff = now - REQUEST_TIMEOUT_MS - STAGED_CHECK_MS;
    // Made again if it was removed under a running instance (with the upload folder).
    await mkdir(this.stagingDir, { recursive: true });
    for (const name of await readdir(this.stagingDir)) {
      const file = path.join(this.stagingDir, name);
      const info = await stat(file).catch(() => undefined);
      if (info && info.mtimeMs < cutoff) await rm(file, { force: true });
    }
  }
}

function typeOfFiles(rows: AttachmentRow[]): MessageType {
  if (rows.length === 0) return 'TEXT';
  const kinds = new Set(rows.map((row) => row.kind));
  if (kinds.size === 1) {
    const [kind] = kinds;
    if (kind === 'image') return 'IMAGE';
    if (kind === 'audio') return 'AUDIO';
    if (kind === 'video') return 'VIDEO';
  }
  return 'FILE';
}
