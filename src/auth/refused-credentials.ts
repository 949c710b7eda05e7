// Credentials refused per client address, over HTTP and both socket transports alike. The
// request limit counts each caller it could identify, so without this a client could guess
// service keys or tokens without end: a request or a socket whose credentials are refused is an
// anonymous one, and counts against its address.
import { AppError } from '../errors.js';
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

  /** RATE_LIMITED with the seconds to wait, when `address` guessed too often this minute; undefined when it may try now. */
  lockout(address: string): AppError | undefined {
    const window = this.current(address);
    if (window === undefined || window.refused < this.perMinute) return undefined;
    const wait = Math.max(1, Math.ceil((window.startedAt + WINDOW_MS - Date.now()) / 1000));
    return new AppError('RATE_LIMITED', `too many refused credentials from this address; retry in ${wait} s`, undefined, {
      retryAfterSeconds: wait,
    });
  }

  /** Counts an authentication failure against `address` when it is a guess (an expired token is not one). */
  failed(address: string, error: unknown): void {
    if (!(error instanceof AppError) || error.code !== 'UNAUTHENTICATED' || error.details?.reason === 'TOKEN_EXPIRED') return;
    const window = this.current(address);
    if (window === undefined) this.byAddress.set(address, { startedAt: Date.now(), refused: 1 });
    else window.refused += 1;
  }

  private current(address: string): Window | undefined {
    const window = this.byAddress.get(address);
    return window !== undefined && Date.now() - window.startedAt < WINDOW_MS ? window : undefined;
  }
}
