// Response analytics, the pure part: the definitions (what counts, what "answered" means) and
// the response-time histogram that lets a read of any window cost the same for a seller with
// ten conversations or a hundred thousand.
//
// A conversation counts for a responder when someone else sent its first non-SYSTEM message
// to them; it is answered when the responder's first message came within ANSWER_WITHIN_SECONDS;
// the response time is the time to that first message. Response times are kept in buckets:
// exact to the second under a minute, to the minute under an hour, to five minutes under a
// day; a percentile is the lower edge of the bucket holding it (nearest rank).

export const ANSWER_WITHIN_SECONDS = 24 * 60 * 60;

/** Bucket index for a response time in seconds (0 ≤ seconds ≤ a day). */
export function bucketOf(seconds: number): number {
  const s = Math.max(0, Math.floor(seconds));
  if (s < 60) return s;
  if (s < 3600) return 60 + Math.floor(s / 60) - 1;
  return 60 + 59 + Math.floor((Math.min(s, ANSWER_WITHIN_SECONDS) - 3600) / 300);
}

/** The smallest response time (seconds) that falls in a bucket. */
export function bucketFloor(bucket: number): number {
  if (bucket < 60) return bucket;
  if (bucket < 119) return (bucket - 60 + 1) * 60;
  return 3600 + (bucket - 119) * 300;
}

export type Histogram = Record<string, number>;

export function mergeHistograms(histograms: Histogram[]): Map<number, number> {
  const merged = new Map<number, number>();
  for (const histogram of histograms) {
    for (const [bucket, count] of Object.entries(histogram)) merged.set(Number(bucket), (merged.get(Number(bucket)) ?? 0) + count);
  }
  return merged;
}

/** Nearest-rank percentile (0 < p ≤ 1) of the merged histogram, in seconds; null when empty. */
export function percentileOf(merged: Map<number, number>, p: number): number | null {
  const total = [...merged.values()].reduce((sum, n) => sum + n, 0);
  if (total === 0) return null;
  const rank = Math.max(1, Math.ceil(p * total));
  let seen = 0;
  for (const bucket of [...merged.keys()].sort((a, b) => a - b)) {
    seen += merged.get(bucket) as number;
    if (seen >= rank) return bucketFloor(bucket);
  }
  return null;
}

/** The first day (YYYY-MM-DD, UTC) of a window of `days` days ending today. */
export function windowStart(days: number, now = Date.now()): string {
  return new Date(now - (days - 1) * 86_400_000).toISOString().slice(0, 10);
}

export const dayOf = (iso: string): string => iso.slice(0, 10);
