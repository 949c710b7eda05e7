import type { DirectUpload } from '../attachments/blob-store.js';
import type { AttachmentUrlSigner } from '../attachments/url-signer.js';
import type { AttachmentRow } from '../storage/attachments.repository.js';
import type { AttachmentView } from './messages.presenter.js';

/**
 * A Content-Disposition header naming a file, whatever its name holds: printable ASCII in
 * `filename` (quotes, backslashes and the rest replaced) for old clients, the exact name in
 * `filename*` (RFC 6266). A name put in a header as it is fails there on any character beyond
 * Latin-1, and a quote in it would end the value early.
 */
export function contentDisposition(type: 'attachment' | 'inline', fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7E]|["\\%;]/g, '_');
  // A lone surrogate has no UTF-8 (encodeURIComponent throws on it); `'()*` are not attr-chars.
  const exact = encodeURIComponent(fileName.replace(/\p{Cs}/gu, '\uFFFD')).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${type}; filename="${fallback}"; filename*=UTF-8''${exact}`;
}

/**
 * An attachment as clients see it. With a viewer, `url` and `thumbnailUrl` are links signed
 * for that viewer; without one (the copy kept in the event log) they are plain API paths, which
 * `signAttachmentUrls` turns into signed links for each recipient when the event is delivered.
 */
export function presentAttachment(row: AttachmentRow, signer: AttachmentUrlSigner, viewerId?: string): AttachmentView {
  const link = (variant: 'file' | 'thumbnail') =>
    viewerId === undefined ? signer.path(row.id, variant) : signer.sign(row.id, variant, viewerId);
  return {
    id: row.id,
    name: row.name,
    mimeType: row.mime_type,
    size: row.size,
    width: row.width,
    height: row.height,
    url: link('file'),
    thumbnailUrl: row.kind === 'image' ? link('thumbnail') : null,
  };
}

/** A direct upload (S3): the pending attachment, and the presigned form to send the bytes with. */
export interface DirectUploadView {
  attachment: AttachmentView & { status: 'pending' };
  upload: DirectUpload & { method: 'POST'; expiresAt: string };
}

export function presentDirectUpload(
  row: AttachmentRow,
  signer: AttachmentUrlSigner,
  viewerId: string,
  upload: DirectUpload,
  expiresAt: string,
): DirectUploadView {
  return {
    attachment: { ...presentAttachment(row, signer, viewerId), status: 'pending' },
    upload: { ...upload, method: 'POST', expiresAt },
  };
}

/**
 * A copy of a message-shaped payload (a message view, or an event's data) whose attachment
 * links are signed for `viewerId`. Payloads without attachments come back as they are.
 */
export function signAttachmentUrls<T>(payload: T, signer: AttachmentUrlSigner, viewerId: string): T {
  const attachments = (payload as { attachments?: AttachmentView[] } | null)?.attachments;
  if (!Array.isArray(attachments) || attachments.length === 0) return payload;
  return {
    ...payload,
    attachments: attachments.map((a) => ({
      ...a,
      url: signer.sign(a.id, 'file', viewerId),
      thumbnailUrl: a.thumbnailUrl === null ? null : signer.sign(a.id, 'thumbnail', viewerId),
    })),
  };
}
