// Credentials refused per client address. The request limit counts each caller it could
// identify, so without this a client could guess service keys or tokens without end: a request
// whose credentials are refused is an anonymous one, and counts against its address.
import { Remembered } from '../remembered.js';

const WINDOW_MS = 60_000;
/** Addresses tracked at once; the least recently refused are forgotten first. */
const ADDRESSES = 100_000;

interface Window {
  startedAt: number;
  refused: number;
}

export class RefusedCredentials {
  private readonly byAddress = new Remembered<Window>(ADDRESSES);

  constructor(private readonly perMinute: number) {}

  /** Seconds until `address` may present credentials again; undefined when it may now. */
  blockedFor(address: string): number | undefined {
    const window = this.current(address);
    if (window === undefined || window.refused < this.perMinute) return undefined;
    return Math.max(1, Math.ceil((window.startedAt + WINDOW_MS - Date.now()) / 1000));
  }

  refuse(address: string): void {
    const window = this.current(address);
    if (window === undefined) this.byAddress.set(address, { startedAt: Date.now(), refused: 1 });
    else window.refused += 1;
  }

  private current(address: string): Window | undefined {
    const window = this.byAddress.get(address);
    return window !== undefined && Date.now() - window.startedAt < WINDOW_MS ? window : undefined;
  }
}
