// A rewritten text that remembers, for each of its UTF-16 units, which span of the submitted text
// it came from. Every normalisation step produces one of these, so a match found in normalised
// text is reported (and masked) at its exact place in what the user typed.

/** A half-open range of UTF-16 units. */
export interface Span {
  start: number;
  end: number;
}

export interface MappedText {
  readonly text: string;
  /** For each unit of `text`: where its source starts in the submitted text. */
  readonly starts: Int32Array;
  /** For each unit of `text`: where its source ends (exclusive) in the submitted text. */
  readonly ends: Int32Array;
}

// Offsets 0, 1, 2, ...: an identity text's starts and ends are views of it, since allocating two
// arrays cost more than the rest of the base view of a short ASCII message. Nothing writes to a
// mapped text's offsets, so the views can be shared.
const SHARED_IDENTITY_LIMIT = 1 << 16;
let sharedIdentity = new Int32Array(0);

export function identityText(text: string): MappedText {
  if (text.length < SHARED_IDENTITY_LIMIT) {
    if (sharedIdentity.length <= text.length) {
      sharedIdentity = new Int32Array(Math.min(SHARED_IDENTITY_LIMIT, Math.max(1024, 2 * (text.length + 1))));
      for (let i = 0; i < sharedIdentity.length; i++) sharedIdentity[i] = i;
    }
    return { text, starts: sharedIdentity.subarray(0, text.length), ends: sharedIdentity.subarray(1, text.length + 1) };
  }
  const starts = new Int32Array(text.length);
  const ends = new Int32Array(text.length);
  for (let i = 0; i < text.length; i++) {
    starts[i] = i;
    ends[i] = i + 1;
  }
  return { text, starts, ends };
}

/** The span of the submitted text behind units [start, end) of a mapped text. */
export function originalSpan(mapped: MappedText, start: number, end: number): { start: number; end: number } {
  const last = Math.max(start, end - 1);
  return { start: mapped.starts[start] ?? 0, end: mapped.ends[last] ?? mapped.ends[mapped.ends.length - 1] ?? 0 };
}

/** The other way: the units of a mapped text that come from submitted units [start, end). */
export function mappedSpan(mapped: MappedText, start: number, end: number): { start: number; end: number } {
  // The first unit whose source starts at or after `start` (sources only move forward): a binary search.
  let from = 0;
  for (let high = mapped.starts.length; from < high; ) {
    const middle = (from + high) >> 1;
    if (mapped.starts[middle]! < start) from = middle + 1;
    else high = middle;
  }
  let to = from;
  while (to < mapped.ends.length && mapped.ends[to]! <= end) to++;
  return { start: from, end: to };
}

/** Builds a new mapped text from pieces of an existing one. */
export class MappedTextBuilder {
  private readonly pieces: string[] = [];
  private starts: number[] = [];
  private ends: number[] = [];

  constructor(private readonly source: MappedText) {}

  /** Appends `piece` as the rewrite of source units [from, to). */
  push(piece: string, from: number, to: number): void {
    if (piece.length === 0 || to <= from) return;
    const start = this.source.starts[from] ?? 0;
    const end = this.source.ends[to - 1] ?? start;
    this.pieces.push(piece);
    for (let i = 0; i < piece.length; i++) {
      this.starts.push(start);
      this.ends.push(end);
    }
  }

  /** Appends source units [from, to) unchanged. */
  copy(from: number, to: number): void {
    if (to <= from) return;
    this.pieces.push(this.source.text.slice(from, to));
    for (let i = from; i < to; i++) {
      this.starts.push(this.source.starts[i] ?? 0);
      this.ends.push(this.source.ends[i] ?? 0);
    }
  }

  build(): MappedText {
    const result = { text: this.pieces.join(''), starts: Int32Array.from(this.starts), ends: Int32Array.from(this.ends) };
    this.starts = [];
    this.ends = [];
    return result;
  }
}
