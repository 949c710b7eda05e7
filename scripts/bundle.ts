// Builds what ships to browsers with esbuild and prints each bundle's gzipped size:
//   tsx scripts/bundle.ts client   -> packages/client/dist (@parley/client, ESM, and its declarations in dist/types)
//   tsx scripts/bundle.ts app      -> web/dist (the chat page served at /app/)
// With no argument, both.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type BuildOptions } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const at = (...parts: string[]) => path.join(root, ...parts);

const common: BuildOptions = {
  bundle: true,
  minify: true,
  format: 'esm',
  target: ['es2022', 'chrome110', 'firefox115', 'safari16'],
  legalComments: 'none',
  logLevel: 'warning',
};

export interface BundleSize {
  name: string;
  bytes: number;
  gzipBytes: number;
}

function measure(name: string, code: Uint8Array | string): BundleSize {
  const bytes = typeof code === 'string' ? Buffer.byteLength(code) : code.byteLength;
  return { name, bytes, gzipBytes: gzipSync(code, { level: 9 }).byteLength };
}

/**
 * Builds into a folder beside `target`, then puts it in `target`'s place: a server serving the
 * old build (tests run beside `npm start`) never finds the folder empty or half written.
 */
async function replacing<T>(target: string, write: (outdir: string) => Promise<T>): Promise<T> {
  const fresh = `${target}.building-${process.pid}`;
  const stale = `${target}.old-${process.pid}`;
  rmSync(fresh, { recursive: true, force: true });
  mkdirSync(fresh, { recursive: true });
  const result = await write(fresh);
  if (existsSync(target)) renameSync(target, stale);
  renameSync(fresh, target);
  rmSync(stale, { recursive: true, force: true });
  return result;
}

export function bundleClient(): Promise<BundleSize[]> {
  return replacing(at('packages/client/dist'), writeClient);
}

async function writeClient(outdir: string): Promise<BundleSize[]> {
  await build({
    ...common,
    entryPoints: [at('packages/client/src/index.ts'), at('packages/client/src/socket-io.ts')],
    outdir,
    platform: 'neutral',
    external: ['socket.io-client'],
    sourcemap: true,
  });
  // The declarations the package's `exports` name for TypeScript, with every build of the bundle.
  execFileSync(at('node_modules/.bin/tsc'), ['-p', at('packages/client/tsconfig.types.json'), '--outDir', path.join(outdir, 'types')], { stdio: 'inherit' });
  // What an application pays for Socket.IO: the transport with socket.io-client bundled in.
  const withSocketIo = await build({
    ...common,
    stdin: {
      contents: "export * from './src/index.ts'; export * from './src/socket-io.ts';",
      resolveDir: at('packages/client'),
      loader: 'ts',
    },
    platform: 'browser',
    write: false,
  });
  return [
    measure('@parley/client (plain WebSocket)', readFileSync(path.join(outdir, 'index.js'))),
    measure('@parley/client + Socket.IO transport and socket.io-client', withSocketIo.outputFiles[0]?.contents ?? ''),
  ];
}

export function bundleApp(): Promise<BundleSize[]> {
  return replacing(at('web/dist'), writeApp);
}

async function writeApp(outdir: string): Promise<BundleSize[]> {
  await build({
    ...common,
    entryPoints: { app: at('web/src/main.tsx') },
    outdir,
    platform: 'browser',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    sourcemap: true,
  });
  copyFileSync(at('web/src/index.html'), path.join(outdir, 'index.html'));
  copyFileSync(at('web/src/app.css'), path.join(outdir, 'app.css'));
  const files = ['index.html', 'app.js', 'app.css'].map((file) => readFileSync(path.join(outdir, file)));
  return [measure('chat page (/app/: html + js + css)', Buffer.concat(files)), measure('chat page script alone', files[1] ?? '')];
}

export function printSizes(sizes: BundleSize[]): void {
  for (const size of sizes) {
    console.log(`${size.name}: ${(size.gzipBytes / 1024).toFixed(1)} KB gzipped (${(size.bytes / 1024).toFixed(1)} KB minified)`);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const which = process.argv[2];
  const sizes: BundleSize[] = [];
  if (which === undefined || which === 'client') sizes.push(...(await bundleClient()));
  if (which === undefined || which === 'app') sizes.push(...(await bundleApp()));
  printSizes(sizes);
}
