// What Parley accepts, judged by the bytes (file-type's signatures), never by the name or the
// header the client sent. Plain text has no signature: it is accepted when the whole file is
// UTF-8 text without control characters and does not look like markup a browser would run.
import { createReadStream } from 'node:fs';
import { fileTypeFromFile } from 'file-type';
import { isWordDocument } from './word-document.js';

export type AttachmentKind = 'image' | 'audio' | 'video' | 'file';

export interface DetectedType {
  mimeType: string;
  kind: AttachmentKind;
}

/** file-type's extension → the type Parley stores and serves. */
const ACCEPTED: Record<string, DetectedType> = {
  jpg: { mimeType: 'image/jpeg', kind: 'image' },
  png: { mimeType: 'image/png', kind: 'image' },
  gif: { mimeType: 'image/gif', kind: 'image' },
  webp: { mimeType: 'image/webp', kind: 'image' },
  pdf: { mimeType: 'application/pdf', kind: 'file' },
  docx: { mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', kind: 'file' },
  mp3: { mimeType: 'audio/mpeg', kind: 'audio' },
  m4a: { mimeType: 'audio/mp4', kind: 'audio' },
  ogg: { mimeType: 'audio/ogg', kind: 'audio' },
  oga: { mimeType: 'audio/ogg', kind: 'audio' },
  opus: { mimeType: 'audio/ogg', kind: 'audio' },
  mp4: { mimeType: 'video/mp4', kind: 'video' },
  webm: { mimeType: 'video/webm', kind: 'video' },
};

const DOC: DetectedType = { mimeType: 'application/msword', kind: 'file' };
const TEXT: DetectedType = { mimeType: 'text/plain; charset=utf-8', kind: 'file' };

/** The types a client may announce for a direct upload (checked again against the bytes). */
export const ACCEPTED_MIME_TYPES = [...new Set([...Object.values(ACCEPTED), DOC, TEXT].map((t) => t.mimeType.split(';')[0] as string))];

export const kindOfMime = (mimeType: string): AttachmentKind => {
  const base = mimeType.split(';')[0];
  const found = [...Object.values(ACCEPTED), DOC, TEXT].find((t) => t.mimeType.split(';')[0] === base);
  return found?.kind ?? 'file';
};

/** The name endings each stored type is known by; the first is the one a name without any of them gets. */
const EXTENSIONS: Record<string, readonly string[]> = {
  'image/jpeg': ['jpg', 'jpeg', 'jpe'],
  'image/png': ['png'],
  'image/gif': ['gif'],
  'image/webp': ['webp'],
  'application/pdf': ['pdf'],
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['docx'],
  'application/msword': ['doc'],
  'audio/mpeg': ['mp3'],
  'audio/mp4': ['m4a', 'mp4'],
  'audio/ogg': ['ogg', 'oga', 'opus'],
  'video/mp4': ['mp4', 'm4v'],
  'video/webm': ['webm'],
  'text/plain': ['txt', 'text', 'csv', 'tsv', 'md', 'log'],
};

/**
 * The name a file is kept and downloaded under: the sender's, ending as its type does. A text
 * file sent as `page.html` becomes `page.html.txt`, and a PDF sent as `photo.jpg` becomes
 * `photo.jpg.pdf`: saved and opened on a computer, each opens as what it is, never as a page
 * that runs. The ending is added within `maxLength` characters.
 */
export function nameForType(name: string, mimeType: string, maxLength: number): string {
  const endings = EXTENSIONS[mimeType.split(';')[0] as string];
  if (endings === undefined) return name;
  const dot = name.lastIndexOf('.');
  if (dot >= 0 && endings.includes(name.slice(dot + 1).toLowerCase())) return name;
  const ending = `.${endings[0] as string}`;
  const characters = Array.from(name);
  const base = characters.length + ending.length > maxLength ? characters.slice(0, maxLength - ending.length).join('') : name;
  return `${base}${ending}`;
}

// Tab, newlines and form feed are text; every other C0 control (and DEL) is not.
const CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F\u007F]/;
/** A text that begins as markup (a tag or a comment, after any blank): HTML, SVG or XML. */
const BEGINS_AS_MARKUP = /^\s*<(!--|!doctype|\?xml|[a-z][a-z0-9-]*[\s/>])/i;
/** Characters of a chunk kept for the next: longer than any tag RUNNABLE_MARKUP looks for. */
const TAG_TAIL = 320;
/**
 * Markup a browser would run or render as a page, anywhere in the text: the elements that make a
 * page or run code (with a namespace prefix too, as XHTML reads "<x:script>"), a refresh, and any
 * tag with an event handler or a javascript: link among its first attributes. A browser ends a
 * tag's name at "/" as at a blank ("<svg/onload=…>", "<script/src=…>"), so both are looked for.
 */
const RUNNABLE_MARKUP = new RegExp(
  [
    '<!doctype\\s+html',
    '<(?:[a-z][a-z0-9-]*:)?(?:html|head|body|frameset|frame|svg|math|script|iframe|object|embed|applet|form|base)[\\s/>]',
    '<meta[\\s/]+http-equiv',
    '<[a-z][a-z0-9:-]*[\\s/][^<>]{0,256}?(?:[\\s/"\']on[a-z]{3,}\\s*=|javascript:)',
  ].join('|'),
  'i',
);

async function isPlainText(file: string): Promise<boolean> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let first = true;
  let tail = '';
  try {
    for await (const chunk of createReadStream(file, { highWaterMark: 64 * 1024 }) as AsyncIterable<Buffer>) {
      const text = decoder.decode(chunk, { stream: true });
      if (CONTROL.test(text)) return false;
      if (first && BEGINS_AS_MARKUP.test(text.replace(/^\uFEFF/, ''))) return false;
      // With the end of the chunk before, so that a tag cut in two by a chunk's end is still seen.
      if (RUNNABLE_MARKUP.test(tail + text)) return false;
      tail = text.slice(-TAG_TAIL);
      first = false;
    }
    decoder.decode();
    return true;
  } catch {
    return false; // not UTF-8
  }
}

/** The accepted type of the file's bytes, or undefined when Parley does not take it. */
export async function detectType(file: string): Promise<DetectedType | undefined> {
  const found = await fileTypeFromFile(file);
  if (found === undefined) return (await isPlainText(file)) ? TEXT : undefined;
  const accepted = ACCEPTED[found.ext];
  if (accepted) return accepted;
  // Old Word files are compound documents, a container shared with Excel and installers: taken
  // when the container holds a Word document's stream, whatever the name; served as a download.
  if (found.ext === 'cfb') return (await isWordDocument(file)) ? DOC : undefined;
  return undefined;
}
