// Attachments in tests: a real S3-compatible server (s3rver) on loopback, uploads over real
// HTTP (well-formed through FormData, malformed hand-written), and image fixtures made by sharp.
import { mkdtempSync, rmSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import S3rver from 's3rver';
import sharp from 'sharp';
import type { Response, TestServer } from './harness.js';

export type Driver = 'local' | 's3';
export const DRIVERS: Driver[] = ['local', 's3'];

export interface S3Server {
  env: Record<string, string>;
  /** Where s3rver keeps the objects, as files. */
  directory: string;
  stop(): Promise<void>;
}

/** An s3rver on 127.0.0.1 with one bucket; the environment that points Parley at it. */
export async function startS3(): Promise<S3Server> {
  const directory = mkdtempSync(path.join(tmpdir(), 'parley-s3-'));
  const server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory, configureBuckets: [{ name: 'parley' }] });
  const { port } = await server.run();
  // The AWS SDK reads credentials from the environment; s3rver accepts any.
  process.env.AWS_ACCESS_KEY_ID ??= 'S3RVER';
  process.env.AWS_SECRET_ACCESS_KEY ??= 'S3RVER';
  return {
    directory,
    env: { S3_BUCKET: 'parley', S3_ENDPOINT: `http://127.0.0.1:${port}`, S3_FORCE_PATH_STYLE: 'true', AWS_REGION: 'us-east-1' },
    async stop() {
      await server.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

async function asResponse(response: globalThis.Response): Promise<Response<Json>> {
  const text = await response.text();
  let body: Json = text;
  try {
    body = text.length > 0 ? JSON.parse(text) : undefined;
  } catch {
    // not JSON
  }
  return { status: response.status, body, headers: response.headers };
}

/** A well-formed upload of one file, as a browser's FormData sends it. */
export async function upload(
  server: TestServer,
  userId: string,
  file: { name: string; bytes: Uint8Array; type?: string },
  fields: Record<string, string> = {},
): Promise<Response<Json>> {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  form.append('file', new Blob([file.bytes], { type: file.type ?? 'application/octet-stream' }), file.name);
  const response = await fetch(`${server.prefix}/attachments`, { method: 'POST', headers: { 'x-user-id': userId }, body: form });
  return asResponse(response);
}

export interface RawPart {
  name: string;
  filename?: string;
  type?: string;
  body: Uint8Array | string;
}

/** A multipart body written by hand, for shapes FormData cannot make (NUL in a name, two files). */
export async function uploadRaw(server: TestServer, userId: string, parts: RawPart[]): Promise<Response<Json>> {
  const boundary = `----parley${Date.now()}`;
  const chunks: Buffer[] = [];
  for (const part of parts) {
    let head = `--${boundary}\r\nContent-Disposition: form-data; name="${part.name}"`;
    // A part with a file name (or a binary type) is a file to busboy; without, a field.
    if (part.filename !== undefined) head += `; filename="${part.filename}"`;
    head += `\r\nContent-Type: ${part.type ?? (part.filename === undefined ? 'text/plain' : 'application/octet-stream')}\r\n\r\n`;
    chunks.push(Buffer.from(head, 'utf8'), Buffer.from(part.body), Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  const response = await fetch(`${server.prefix}/attachments`, {
    method: 'POST',
    headers: { 'x-user-id': userId, 'content-type': `multipart/form-data; boundary=${boundary}` },
    body: Buffer.concat(chunks),
  });
  return asResponse(response);
}

/**
 * Sends the first half of an upload and then cuts the connection. Resolves once the server has
 * seen the connection close.
 */
export async function abortedUpload(server: TestServer, userId: string, totalBytes: number): Promise<void> {
  const boundary = '----parleyabort';
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\n`,
  );
  const url = new URL(`${server.prefix}/attachments`);
  await new Promise<void>((resolve) => {
    const request = httpRequest({
      host: url.hostname,
      port: url.port,
      path: url.pathname,
      method: 'POST',
      headers: {
        'x-user-id': userId,
        'content-type': `multipart/form-data; boundary=${boundary}`,
        'content-length': String(head.length + totalBytes + 100),
      },
    });
    request.on('error', () => resolve());
    request.on('close', () => resolve());
    request.write(head);
    request.write(Buffer.alloc(Math.floor(totalBytes / 2), 0x41), () => {
      // Give the server the bytes before the connection goes.
      setImmediate(() => request.destroy());
    });
  });
}

/**
 * An upload refused part way through its body, sent as a client that writes on while the answer
 * comes: the head and `first` of the multipart body; once the answer has arrived, `rest`; then
 * another request on the same connection. Answers both statuses; `next` is undefined when the
 * server ended the connection instead (or reset it while the rest was being written).
 */
export async function refusedWhileSending(
  server: TestServer,
  userId: string,
  body: { boundary: string; first: Buffer; rest: Buffer },
): Promise<{ status: number | undefined; next: number | undefined }> {
  const url = new URL(server.prefix);
  const socket = net.connect(Number(url.port), url.hostname);
  let received = Buffer.alloc(0);
  const statuses: number[] = [];
  let ended = false;
  let wake = () => {};
  socket.on('data', (chunk: Buffer) => {
    received = Buffer.concat([received, chunk]);
    for (;;) {
      const headEnd = received.indexOf('\r\n\r\n');
      if (headEnd < 0) break;
      const head = received.subarray(0, headEnd).toString('latin1');
      const length = Number(/\r\ncontent-length:\s*(\d+)/i.exec(head)?.[1] ?? 0);
      if (received.length < headEnd + 4 + length) break;
      statuses.push(Number(head.slice(9, 12)));
      received = received.subarray(headEnd + 4 + length);
    }
    wake();
  });
  socket.on('error', () => {});
  socket.on('close', () => {
    ended = true;
    wake();
  });
  let answered = 0;
  const nextAnswer = () =>
    new Promise<number | undefined>((resolve) => {
      const check = () => {
        if (statuses.length > answered) resolve(statuses[answered++]);
        else if (ended) resolve(undefined);
        else wake = check;
      };
      check();
    });
  const write = (bytes: Buffer | string) => new Promise<void>((resolve) => (ended ? resolve() : socket.write(bytes, () => resolve())));
  const path = url.pathname;
  await write(
    `POST ${path}/attachments HTTP/1.1\r\nHost: ${url.host}\r\nx-user-id: ${userId}\r\n` +
      `content-type: multipart/form-data; boundary=${body.boundary}\r\ncontent-length: ${body.first.length + body.rest.length}\r\n\r\n`,
  );
  await write(body.first);
  const status = await nextAnswer();
  await write(body.rest);
  await write(`GET ${path}/conversations HTTP/1.1\r\nHost: ${url.host}\r\nx-user-id: ${userId}\r\n\r\n`);
  const next = await nextAnswer();
  socket.destroy();
  return { status, next };
}

export const pdf = (size: number) => {
  const bytes = Buffer.alloc(size, 0x20);
  bytes.write('%PDF-1.4\n');
  return bytes;
};

/** A Windows executable's first bytes, the rest padding. */
/**
 * A compound document (MS-CFB, version 3, 512-byte sectors) whose directory lists `streams`
 * after its root entry, four entries a sector, the directory's sectors chained through the FAT:
 * an old Word file holds a `WordDocument` stream, an old Excel file a `Workbook`.
 */
export function compoundDocument(streams: string[]): Buffer {
  const SECTOR = 512;
  const END = 0xfffffffe;
  const FREE = 0xffffffff;
  const entries = [{ name: 'Root Entry', type: 5 }, ...streams.map((name) => ({ name, type: 2 }))];
  const directorySectors = Math.ceil(entries.length / 4);
  const file = Buffer.alloc(SECTOR * (2 + directorySectors));
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(file, 0);
  file.writeUInt16LE(0x3e, 0x18);
  file.writeUInt16LE(3, 0x1a);
  file.writeUInt16LE(0xfffe, 0x1c);
  file.writeUInt16LE(9, 0x1e);
  file.writeUInt16LE(6, 0x20);
  file.writeUInt32LE(1, 0x2c); // one FAT sector
  file.writeUInt32LE(1, 0x30); // the directory starts at sector 1
  file.writeUInt32LE(4096, 0x38);
  file.writeUInt32LE(END, 0x3c);
  file.writeUInt32LE(END, 0x44);
  for (let i = 0; i < 109; i++) file.writeUInt32LE(i === 0 ? 0 : FREE, 0x4c + i * 4);
  // Sector 0 is the FAT: itself, then the directory's chain.
  const fat = SECTOR;
  for (let i = 0; i < SECTOR / 4; i++) file.writeUInt32LE(FREE, fat + i * 4);
  file.writeUInt32LE(0xfffffffd, fat);
  for (let i = 1; i <= directorySectors; i++) file.writeUInt32LE(i === directorySectors ? END : i + 1, fat + i * 4);
  entries.forEach((entry, i) => {
    const at = 2 * SECTOR + i * 128;
    file.write(`${entry.name}\u0000`, at, 'utf16le');
    file.writeUInt16LE((entry.name.length + 1) * 2, at + 0x40);
    file[at + 0x42] = entry.type;
    for (const link of [0x44, 0x48, 0x4c]) file.writeUInt32LE(FREE, at + link);
    file.writeUInt32LE(END, at + 0x74);
    // Streams claim some bytes (a Word stream's File Information Block is longer than this).
    if (entry.type === 2) file.writeUInt32LE(4096, at + 0x78);
  });
  return file;
}

export const executable = () => {
  const bytes = Buffer.alloc(2048, 0);
  bytes.write('MZ');
  return bytes;
};

/** A JPEG carrying GPS coordinates and a camera make in its EXIF, rotated by its Orientation tag. */
export async function jpegWithGps(width = 400, height = 200, orientation = 6): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: { r: 200, g: 40, b: 40 } } })
    .jpeg()
    .withMetadata({ orientation })
    .withExif({
      IFD0: { Make: 'ParleyCam' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '48/1 51/1 2400/100', GPSLongitudeRef: 'E', GPSLongitude: '2/1 21/1 300/100' },
    })
    .toBuffer();
}

export const png = (width = 64, height = 48) =>
  sharp({ create: { width, height, channels: 3, background: { r: 10, g: 120, b: 200 } } }).png().toBuffer();

/** A PNG whose header declares width × height pixels, followed by almost no data. */
export function pngDeclaring(width: number, height: number): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (bytes: Buffer) => {
    let c = 0xffffffff;
    for (const byte of bytes) c = (crcTable[(c ^ byte) & 0xff] as number) ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([length, body, sum]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.writeUInt8(8, 8); // bit depth
  header.writeUInt8(2, 9); // RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', Buffer.from([0x78, 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01])),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Fetches a signed (or plain) attachment link; relative links are resolved against the server. */
export function fetchLink(server: TestServer, link: string, headers: Record<string, string> = {}) {
  return fetch(new URL(link, server.baseUrl), { headers });
}

/** Every object in the server's attachment storage (the staging folder apart). */
export async function storedObjects(server: TestServer): Promise<string[]> {
  const settings = server.parley.ctx.config.attachments;
  if (settings.s3) {
    const client = new S3Client({ region: settings.s3.region, endpoint: settings.s3.endpoint, forcePathStyle: true });
    const listed = await client.send(new ListObjectsV2Command({ Bucket: settings.s3.bucket }));
    client.destroy();
    return (listed.Contents ?? []).map((object) => object.Key as string);
  }
  const entries = await readdir(settings.uploadDir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isFile() && !path.relative(settings.uploadDir, entry.parentPath).startsWith('.staging'))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** Files waiting in the staging folder. */
export async function stagedFiles(server: TestServer): Promise<string[]> {
  return readdir(server.parley.ctx.attachments.stagingDir).catch(() => []);
}

/** Every file under these folders whose bytes contain one of `needles`, with the needle found. */
export async function filesContaining(folders: string[], needles: Buffer[]): Promise<{ files: number; found: string[] }> {
  let files = 0;
  const found: string[] = [];
  for (const folder of folders) {
    const entries = await readdir(folder, { recursive: true, withFileTypes: true }).catch(() => []);
    for (const entry of entries.filter((e) => e.isFile())) {
      const file = path.join(entry.parentPath, entry.name);
      const bytes = await readFile(file).catch(() => undefined);
      if (bytes === undefined) continue;
      files += 1;
      for (const [index, needle] of needles.entries()) if (bytes.includes(needle)) found.push(`${file} holds needle ${index}`);
    }
  }
  return { files, found };
}

/**
 * Runs `meanwhile` (a deletion, say) the next time the service stores a file's bytes, before it
 * stores them: what commits between an upload's checks and its row, or a completion's checks
 * and its marking ready.
 */
export function beforeNextStore(server: TestServer, meanwhile: () => Promise<void>): void {
  const { blobs } = server.parley.ctx.attachments;
  const put = blobs.put.bind(blobs);
  blobs.put = async (...args) => {
    blobs.put = put;
    await meanwhile();
    return put(...args);
  };
}
