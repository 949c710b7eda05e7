// The content policy's thread (policy.thread.ts starts it): reviews arrive in batches and their
// verdicts go back in one message per batch. Before each review the thread writes which one it
// is on into memory shared with the request thread, which can then tell a review that runs
// away from a thread that is merely busy.
import { parentPort, workerData } from 'node:worker_threads';
import type { ContentPolicyOptions } from './policy.js';
import { type FromPolicy, type PolicyWorkerData, PROGRESS_CURRENT, PROGRESS_FINISHED, type ToPolicy } from './policy.messages.js';
import type { ContentPolicy } from './policy.types.js';

const port = parentPort;
if (port === null) throw new Error('policy.worker runs as a worker thread');
const data = workerData as PolicyWorkerData;
const progress = new Int32Array(data.progress);
const { createContentPolicy } = (await import(data.policyModule)) as { createContentPolicy: (options: ContentPolicyOptions) => ContentPolicy };
const policy = createContentPolicy(data.options);

/**
 * Reviewed before the thread says it is ready. A check's first run compiles its patterns: on a
 * busy two-core machine the first text to reach each check took from a tenth of a second to a
 * second and a half. Paid now, no sender waits for it, and no first review is taken for one
 * that ran away.
 */
const WARM_UP = [
  'Is this still available? I can pick it up tomorrow for $25, order #12345.',
  'call me on 07700 900123 or +1 (415) 555-0132, five five five oh one double three',
  'mail me at bob.seller@example.co.uk or bob at example dot com',
  'add me on insta @bike.seller.uk, whatsapp me, or see https://example.com/item and wa.me/4915112345678',
  'what the fuck, this shit is a steal, you bastard',
  'пиши мне в телеграм, звони восемь девятьсот шестнадцать, это хуйня',
  'écris-moi sur WhatsApp au zéro six douze trente-quatre 😀👍',
];
for (const text of WARM_UP) policy.review(text);

port.on('message', (message: ToPolicy) => {
  if (message.type !== 'review') return;
  const verdicts = message.reviews.map(({ id, text, actions }) => {
    Atomics.store(progress, PROGRESS_CURRENT, id);
    const verdict = policy.review(text, actions);
    Atomics.store(progress, PROGRESS_CURRENT, 0);
    Atomics.add(progress, PROGRESS_FINISHED, 1);
    return { id, verdict };
  });
  port.postMessage({ type: 'reviewed', verdicts } satisfies FromPolicy);
});
port.postMessage({ type: 'ready' } satisfies FromPolicy);
