// What the request thread (policy.thread.ts) and the content policy's thread (policy.worker.ts)
// say to each other, and the memory they share.
import type { ContentPolicyOptions } from './policy.js';
import type { ModerationActions, ModerationVerdict } from './policy.types.js';

export interface PolicyWorkerData {
  /** As createContentPolicy takes them, custom words as the list the request thread read. */
  options: Omit<ContentPolicyOptions, 'customWords'> & { customWords?: string[] };
  /** Int32 slots, PROGRESS_FINISHED and PROGRESS_CURRENT. */
  progress: SharedArrayBuffer;
  /** The module whose `createContentPolicy` the thread runs: Parley's, unless a test brings one that misbehaves. */
  policyModule: string;
}

/** Reviews the thread has finished. */
export const PROGRESS_FINISHED = 0;
/** The id of the review the thread is on; 0 between reviews. */
export const PROGRESS_CURRENT = 1;

export interface ReviewRequest {
  /** 1 to 2^31 - 1: it fits PROGRESS_CURRENT. */
  id: number;
  text: string;
  actions?: Partial<ModerationActions>;
}

export type ToPolicy = { type: 'review'; reviews: ReviewRequest[] };
export type FromPolicy = { type: 'ready' } | { type: 'reviewed'; verdicts: { id: number; verdict: ModerationVerdict }[] };
