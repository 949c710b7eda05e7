// Worker threads of Parley's own code. Built, a thread's entry is the `.js` beside its starter;
// run from source (tests, benchmarks), it is the `.ts`, which the thread loads through tsx as
// this process does: Node 20 does not apply loader hooks to a worker's own entry, so a small
// bootstrap registers tsx and imports it.
import { Worker } from 'node:worker_threads';

/** `./<name>.js` next to the module at `starterUrl` (its import.meta.url), or `.ts` when that runs from source. */
export function siblingModule(starterUrl: string, name: string): URL {
  return new URL(`./${name}.${starterUrl.endsWith('.ts') ? 'ts' : 'js'}`, starterUrl);
}

/** Starts `./<name>.js` (or `.ts`) next to the module at `starterUrl` (its import.meta.url). */
export function startThread(starterUrl: string, name: string, workerData: unknown): Worker {
  const entry = siblingModule(starterUrl, name);
  if (!starterUrl.endsWith('.ts')) return new Worker(entry, { workerData });
  const tsx = import.meta.resolve('tsx/esm/api');
  const bootstrap = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(entry.href)}); })`;
  return new Worker(bootstrap, { eval: true, workerData });
}

/**
 * Asks a thread to finish with `request`, waits until it answers with a message `isStopped`
 * accepts, exits, or `patienceMs` pass, then ends it. A thread that has exited already is left.
 */
export async function stopThread(worker: Worker, request: unknown, isStopped: (message: unknown) => boolean, patienceMs: number): Promise<void> {
  // -1 once the thread is no longer running (possibly before its 'exit' event).
  if (worker.threadId === -1) return;
  let patience: NodeJS.Timeout | undefined;
  const stopped = new Promise<void>((resolve) => {
    worker.on('message', (message: unknown) => isStopped(message) && resolve());
    worker.once('exit', () => resolve());
    patience = setTimeout(resolve, patienceMs);
  });
  worker.postMessage(request);
  await stopped;
  clearTimeout(patience);
  await worker.terminate();
}
