// Attachment uploads (multipart, field `file`). In a browser they go through XMLHttpRequest,
// the one browser API that reports upload progress; elsewhere through fetch.
import { type ErrorBody, errorFor, NetworkError } from './errors.js';
import { parseJson, type Rest } from './rest.js';
import type { Attachment } from './types.js';

export interface UploadOptions {
  /** The file name Parley records (a browser File carries its own). */
  name?: string;
  conversationId?: string;
  /** Bytes sent so far and in all; called as the upload goes. */
  onProgress?: (sent: number, total: number) => void;
  signal?: AbortSignal;
}

interface XhrLike {
  open(method: string, url: string): void;
  setRequestHeader(name: string, value: string): void;
  send(body: unknown): void;
  abort(): void;
  readonly upload: { onprogress: ((event: { loaded: number; total: number }) => void) | null };
  onload: (() => void) | null;
  onerror: (() => void) | null;
  onabort: (() => void) | null;
  readonly status: number;
  readonly responseText: string;
}
type XhrConstructor = new () => XhrLike;

export async function upload(rest: Rest, file: Blob, options: UploadOptions = {}): Promise<Attachment> {
  const form = new FormData();
  // Fields before the file, so the server knows the conversation before the bytes stream in.
  if (options.conversationId !== undefined) form.append('conversationId', options.conversationId);
  const name = options.name ?? (file as { name?: string }).name ?? 'file';
  form.append('file', file, name);
  const url = rest.url('/attachments');
  const headers = await rest.headers();
  const Xhr = (globalThis as { XMLHttpRequest?: XhrConstructor }).XMLHttpRequest;
  if (Xhr === undefined) {
    options.onProgress?.(0, file.size);
    const attachment = await rest.request<Attachment>('POST', '/attachments', { form, signal: options.signal });
    options.onProgress?.(file.size, file.size);
    return attachment;
  }
  return new Promise<Attachment>((resolve, reject) => {
    const xhr = new Xhr();
    xhr.open('POST', url);
    for (const [key, value] of Object.entries(headers)) xhr.setRequestHeader(key, value);
    xhr.upload.onprogress = (event) => options.onProgress?.(event.loaded, event.total);
    xhr.onload = () => {
      const body = parseJson(xhr.responseText);
      if (xhr.status >= 200 && xhr.status < 300) resolve(body as Attachment);
      else reject(errorFor(xhr.status, body as Partial<ErrorBody> | undefined));
    };
    xhr.onerror = () => reject(new NetworkError('the upload was cut off'));
    xhr.onabort = () => reject(new NetworkError('the upload was cancelled'));
    options.signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(form);
  });
}
