// The client's published types as an app's TypeScript build finds them (the package's `exports`),
// under the module resolutions and libraries apps use: typed (no implicit `any`), and
// self-contained declarations (none of Parley's server source enters the app's build).
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const tsc = path.join(root, 'node_modules/.bin/tsc');
const folders: string[] = [];

/** Type-checks test/client/consumer/main.ts as an app with these compiler options; answers what tsc printed. */
function typeCheck(compilerOptions: Record<string, unknown>): string {
  const app = mkdtempSync(path.join(tmpdir(), 'parley-client-app-'));
  folders.push(app);
  mkdirSync(path.join(app, 'node_modules/@parley'), { recursive: true });
  symlinkSync(path.join(root, 'packages/client'), path.join(app, 'node_modules/@parley/client'));
  copyFileSync(path.join(root, 'test/client/consumer/main.ts'), path.join(app, 'main.ts'));
  writeFileSync(path.join(app, 'package.json'), JSON.stringify({ type: 'module', private: true }));
  const options = { target: 'ES2022', strict: true, noEmit: true, types: [], skipLibCheck: false, ...compilerOptions };
  writeFileSync(path.join(app, 'tsconfig.json'), JSON.stringify({ compilerOptions: options, include: ['main.ts'] }));
  try {
    return execFileSync(tsc, ['-p', app], { encoding: 'utf8' });
  } catch (error) {
    return String((error as { stdout?: string }).stdout ?? error);
  }
}

describe('the client package as an app type-checks it', { timeout: 120_000 }, () => {
  beforeAll(() => {
    // What `npm run build:client` emits beside the bundle.
    execFileSync(tsc, ['-p', path.join(root, 'packages/client/tsconfig.types.json')]);
  });
  afterAll(() => {
    for (const folder of folders) rmSync(folder, { recursive: true, force: true });
  });

  it.each([
    ['bundler (Vite and the like)', { module: 'ESNext', moduleResolution: 'bundler', lib: ['ES2022', 'DOM'] }],
    ['nodenext', { module: 'NodeNext', moduleResolution: 'NodeNext', lib: ['ES2022', 'DOM'] }],
  ])('%s: typed, with no error in the app or the declarations', (_name, options) => {
    expect(typeCheck(options)).toBe('');
  });
});
