// Attachments: concurrent 10 MB uploads (throughput, latency, the service's RSS growth), a
// 12-megapixel photo from upload to thumbnail ready, and a 5 MB file uploaded and downloaded
// with encryption at rest on and off. The service runs in its own process.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import sharp from 'sharp';
import { lineReader, percentile, ROOT } from './lib.js';

export interface AttachmentsBenchResult {
  uploads: number;
  concurrency: number;
  fileBytes: number;
  seconds: number;
  megabytesPerSecond: number;
  uploadsPerSecond: number;
  p50: number;
  p99: number;
  failures: number;
  rssBefore: number;
  rssPeak: number;
  photoBytes: number;
  photos: number;
  uploadP50: number;
  uploadP99: number;
  thumbnailP50: number;
  thumbnailP99: number;
}

async function startServer(settings: Record<string, string> = {}) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'bench/attachments-server.ts', JSON.stringify(settings)], {
    cwd: ROOT,
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const nextLine = lineReader(child.stdout);
  const url = (await nextLine()).replace('LISTENING ', '');
  return {
    api: `${url}/api/v1`,
    base: url,
    async memory() {
      child.stdin.write('peak\n');
      return JSON.parse(await nextLine()) as { rss: number; peak: number };
    },
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.stdin.end();
        setTimeout(() => child.kill('SIGKILL'), 5000).unref();
      }),
  };
}

async function uploadFile(api: string, userId: string, name: string, bytes: Uint8Array): Promise<{ status: number; body: { id: string; thumbnailUrl: string | null } }> {
  const form = new FormData();
  form.append('file', new Blob([bytes]), name);
  const response = await fetch(`${api}/attachments`, { method: 'POST', headers: { 'x-user-id': userId }, body: form });
  return { status: response.status, body: (await response.json()) as { id: string; thumbnailUrl: string | null } };
}

/** A 4000 × 3000 photo-like JPEG (smooth gradients and fine texture), a few megabytes. */
async function twelveMegapixelJpeg(): Promise<Buffer> {
  const width = 4000;
  const height = 3000;
  const raw = Buffer.alloc(width * height * 3);
  let seed = 7;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      const grain = (seed >> 16) % 24;
      const i = (y * width + x) * 3;
      raw[i] = ((x * 255) / width + grain) & 0xff;
      raw[i + 1] = ((y * 255) / height + grain) & 0xff;
      raw[i + 2] = (((x + y) * 128) / (width + height) + grain) & 0xff;
    }
  }
  return sharp(raw, { raw: { width, height, channels: 3 } }).jpeg({ quality: 85 }).withMetadata({ orientation: 1 }).toBuffer();
}

export async function runAttachmentsBench(options: { concurrency: number; rounds: number; fileBytes: number; photos: number }): Promise<AttachmentsBenchResult> {
  const server = await startServer();
  try {
    const file = Buffer.alloc(options.fileBytes, 0x20);
    file.write('%PDF-1.4\n');
    // Warm-up: code paths, the database, the staging folder.
    for (let i = 0; i < 3; i++) await uploadFile(server.api, 'warmup', 'warm.pdf', file.subarray(0, 1_000_000));
    const before = await server.memory();

    const latencies: number[] = [];
    let failures = 0;
    const started = performance.now();
    for (let round = 0; round < options.rounds; round++) {
      await Promise.all(
        Array.from({ length: options.concurrency }, async (_, i) => {
          const t0 = performance.now();
          const result = await uploadFile(server.api, `uploader_${i}`, `quote-${round}-${i}.pdf`, file);
          latencies.push(performance.now() - t0);
          if (result.status !== 201) failures += 1;
        }),
      );
    }
    const seconds = (performance.now() - started) / 1000;
    const after = await server.memory();
    latencies.sort((a, b) => a - b);
    const uploads = options.concurrency * options.rounds;

    const photo = await twelveMegapixelJpeg();
    const uploadTimes: number[] = [];
    const thumbnailTimes: number[] = [];
    await uploadFile(server.api, 'photographer', 'warm.jpg', photo);
    for (let i = 0; i < options.photos; i++) {
      const t0 = performance.now();
      const result = await uploadFile(server.api, 'photographer', `camera-${i}.jpg`, photo);
      const t1 = performance.now();
      if (result.status !== 201 || !result.body.thumbnailUrl) throw new Error(`photo upload failed: ${result.status} ${JSON.stringify(result.body)}`);
      // The client shows the thumbnail as soon as the upload answers: ready when it loads.
      const thumbnail = await fetch(new URL(result.body.thumbnailUrl, server.base));
      await thumbnail.arrayBuffer();
      if (thumbnail.status !== 200) throw new Error(`thumbnail failed: ${thumbnail.status}`);
      uploadTimes.push(t1 - t0);
      thumbnailTimes.push(performance.now() - t0);
    }
    uploadTimes.sort((a, b) => a - b);
    thumbnailTimes.sort((a, b) => a - b);
    return {
      uploads,
      concurrency: options.concurrency,
      fileBytes: options.fileBytes,
      seconds,
      megabytesPerSecond: (uploads * options.fileBytes) / 1_000_000 / seconds,
      uploadsPerSecond: uploads / seconds,
      p50: percentile(latencies, 50),
      p99: percentile(latencies, 99),
      failures,
      rssBefore: before.rss,
      rssPeak: after.peak,
      photoBytes: photo.length,
      photos: options.photos,
      uploadP50: percentile(uploadTimes, 50),
      uploadP99: percentile(uploadTimes, 99),
      thumbnailP50: percentile(thumbnailTimes, 50),
      thumbnailP99: percentile(thumbnailTimes, 99),
    };
  } finally {
    await server.stop();
  }
}

export interface EncryptedFilesSide {
  /** Bytes uploaded and downloaded over the time taken. */
  megabytesPerSecond: number;
  /** One upload and its download, p50 over every file. */
  p50: number;
  rssGrowth: number;
}

export interface EncryptedFilesResult {
  fileBytes: number;
  files: number;
  off: EncryptedFilesSide;
  on: EncryptedFilesSide;
}

/**
 * The same file uploaded then downloaded, one at a time, by two services on SQLite and a local
 * folder, one with ENCRYPTION_KEYS and one without, taking turns file by file.
 */
export async function runEncryptedFilesBench(options: { fileBytes: number; files: number }): Promise<EncryptedFilesResult> {
  const file = Buffer.alloc(options.fileBytes, 0x20);
  file.write('%PDF-1.4\n');
  const servers = {
    off: await startServer(),
    on: await startServer({ ENCRYPTION_KEYS: `bench:${randomBytes(32).toString('base64')}` }),
  };
  try {
    const once = async (server: Awaited<ReturnType<typeof startServer>>, name: string) => {
      const t0 = performance.now();
      const uploaded = await uploadFile(server.api, 'encryption_bench', name, file);
      if (uploaded.status !== 201) throw new Error(`upload failed: ${uploaded.status}`);
      const download = await fetch(`${server.api}/attachments/${uploaded.body.id}`, { headers: { 'x-user-id': 'encryption_bench' } });
      const bytes = Buffer.from(await download.arrayBuffer());
      if (download.status !== 200 || !bytes.equals(file)) throw new Error(`download failed: ${download.status}, ${bytes.length} bytes`);
      return performance.now() - t0;
    };
    for (const server of Object.values(servers)) for (let i = 0; i < 2; i++) await once(server, 'warm.pdf');
    const before = { off: await servers.off.memory(), on: await servers.on.memory() };
    const times = { off: [] as number[], on: [] as number[] };
    for (let i = 0; i < options.files; i++) {
      // File by file, each setting first every other time: both meet the same machine load.
      for (const side of i % 2 === 0 ? (['off', 'on'] as const) : (['on', 'off'] as const)) {
        times[side].push(await once(servers[side], `file-${i}.pdf`));
      }
    }
    const sideResult = async (side: 'off' | 'on'): Promise<EncryptedFilesSide> => {
      const after = await servers[side].memory();
      return {
        megabytesPerSecond: (2 * options.files * options.fileBytes) / 1_000_000 / (times[side].reduce((sum, ms) => sum + ms, 0) / 1000),
        p50: percentile([...times[side]].sort((a, b) => a - b), 50),
        rssGrowth: after.peak - before[side].rss,
      };
    };
    return { fileBytes: options.fileBytes, files: options.files, off: await sideResult('off'), on: await sideResult('on') };
  } finally {
    await Promise.all(Object.values(servers).map((server) => server.stop()));
  }
}
