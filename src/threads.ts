// Worker threads of Parley's own code. Built, a thread's entry is the `.js` beside its starter;
// run from source (tests, benchmarks), it is the `.ts`, which the thread loads through tsx as
// this process does: Node 20 does not apply loader hooks to a worker's own entry, so a small
// bootstrap registers tsx and imports it.
import { Worker } from 'node:worker_threads';

/** Starts `./<name>.js` (or `.ts`) next to the module at `starterUrl` (its import.meta.url). */
export function startThread(starterUrl: string, name: string, workerData: unknown): Worker {
  const fromSource = starterUrl.endsWith('.ts');
  const entry = new URL(`./${name}.${fromSource ? 'ts' : 'js'}`, starterUrl);
  if (!fromSource) return new Worker(entry, { workerData });
  const tsx = import.meta.resolve('tsx/esm/api');
  const bootstrap = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(entry.href)}); })`;
  return new Worker(bootstrap, { eval: true, workerData });
}
