// One live connection to Parley that survives losing it: reconnects with backoff and jitter,
// catches up from the last cursor with /sync after every (re)connect, and hands the
// application each logged event once and in log order (live events that arrive during the
// catch-up wait for it; anything at or before the last cursor is dropped). Credentials Parley
// refuses end the connection, told to the application as `auth_error`: trying them again would
// only be refused again. A token is renewed before it expires (`authenticate` with a fresh one
// from the application's token function), so the connection outlives it; should that fail, the
// expired token is the exception: the next try takes a fresh one, and ends the connection when
// the same token comes back (a fixed token, or a function with no fresh one).
import { tokenClaims } from './auth.js';
import { type BackoffOptions, backoffDelay } from './backoff.js';
import { ParleyError, ResyncRequiredError } from './errors.js';
import type { Transport, TransportFactory, TransportTarget } from './transport.js';
import type { SyncPage } from './types.js';
import { SOCKET_EVENT_OF } from '../../../src/realtime/socket-events.js';

export type ConnectionState = 'idle' | 'connecting' | 'connected' | 'reconnecting' | 'closed';

export interface RealtimeOptions {
  transport: TransportFactory;
  target: () => Promise<TransportTarget>;
  sync: (since: string | undefined) => Promise<SyncPage>;
  deliver: (name: string, payload: unknown) => void;
  stateChanged: (state: ConnectionState) => void;
  /** The log no longer reaches back to the last cursor: the application must reload. */
  resyncRequired: () => void;
  backoff?: BackoffOptions;
}

const MAX_TIMER_MS = 2_147_483_647;
const NO_FRESH_TOKEN = 'the token has expired and no fresh one came';
/** A token is renewed this long before it expires: a fifth of what is left, between 1 s and a minute. */
const renewalLead = (leftMs: number) => Math.min(60_000, Math.max(1_000, leftMs / 5));

/** When a JWT expires (ms since the epoch); undefined when it says nothing or is no JWT. */
function expiryOf(token: string | undefined): number | undefined {
  const exp = token === undefined ? undefined : tokenClaims(token)?.exp;
  return typeof exp === 'number' && Number.isFinite(exp) ? exp * 1000 : undefined;
}

const cursorOf = (payload: unknown): string | undefined => {
  const cursor = (payload as { cursor?: unknown } | null)?.cursor;
  return typeof cursor === 'string' ? cursor : undefined;
};

/** Event cursors are log positions written as decimal strings. */
const after = (a: string, b: string | undefined) => b === undefined || Number(a) > Number(b);

export class RealtimeConnection {
  private current: Transport | undefined;
  private generation = 0;
  private attempt = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Not before this time (ms since the epoch): Parley said how long this address must wait. */
  private notBefore = 0;
  private renewal: ReturnType<typeof setTimeout> | undefined;
  /** The token the current connection was opened or last renewed with. */
  private token: string | undefined;
  /**
   * The token held when Parley said a token expired (a renewal in flight may have replaced the
   * one it meant, so only a token also past its own expiry is taken as refused), and whether
   * that was told since the last try.
   */
  private refusedAsExpired: string | undefined;
  private expiredTold = false;
  private catchingUp = false;
  private held: Array<[string, unknown]> = [];
  private lastCursor: string | undefined;
  private stateValue: ConnectionState = 'idle';
  private readonly joined = new Set<string>();

  constructor(private readonly options: RealtimeOptions) {}

  get state(): ConnectionState {
    return this.stateValue;
  }

  /** The cursor of the last logged event handed to the application. */
  get cursor(): string | undefined {
    return this.lastCursor;
  }

  start(): void {
    if (this.stateValue !== 'idle' && this.stateValue !== 'closed') return;
    this.setState('connecting');
    void this.open();
  }

  stop(): void {
    this.generation++;
    clearTimeout(this.timer);
    clearTimeout(this.renewal);
    const transport = this.current;
    this.current = undefined;
    this.setState('closed');
    transport?.close();
  }

  /** Try now instead of waiting out the backoff (the network just came back). */
  reconnectNow(): void {
    if (this.stateValue !== 'reconnecting') return;
    clearTimeout(this.timer);
    this.attempt = 0;
    void this.open();
  }

  /** Drop the connection at once (the network just went) and reconnect with backoff. */
  interrupt(): void {
    this.current?.close();
  }

  send(name: string, data: unknown): void {
    if (this.stateValue === 'connected') this.current?.send(name, data);
  }

  /** Joined conversations receive typing indicators; joins are renewed after every reconnect. */
  join(conversationId: string): void {
    this.joined.add(conversationId);
    this.send('join_conversation', { conversationId });
  }

  leave(conversationId: string): void {
    this.joined.delete(conversationId);
    this.send('leave_conversation', { conversationId });
  }

  private async open(): Promise<void> {
    const generation = ++this.generation;
    let target: TransportTarget;
    try {
      // The first connection starts at the log's head; later ones resume from the last cursor.
      if (this.lastCursor === undefined) this.lastCursor = (await this.options.sync(undefined)).cursor;
      target = await this.options.target();
    } catch (error) {
      if (generation !== this.generation) return;
      if (isRefusal(error)) this.refused(error.message);
      else {
        this.waitAsTold(error);
        this.retryLater();
      }
      return;
    }
    if (generation !== this.generation) return;
    // The token Parley refused as expired, again and past its expiry here too (a fixed token, or a
    // function with no fresh one): presenting it again would only be refused again.
    const told = this.expiredTold;
    this.expiredTold = false;
    const token = target.credentials.token;
    if (token !== undefined && token === this.refusedAsExpired && (expiryOf(token) ?? Infinity) <= Date.now()) {
      if (told) this.stop();
      else this.refused(NO_FRESH_TOKEN, { message: NO_FRESH_TOKEN, code: 'AUTH_FAILED', reason: 'TOKEN_EXPIRED' });
      return;
    }
    this.catchingUp = true;
    this.held = [];
    this.token = target.credentials.token;
    this.current = this.options.transport(target, {
      event: (name, payload) => {
        if (generation === this.generation) this.received(generation, name, payload);
      },
      closed: () => {
        if (generation !== this.generation) return;
        clearTimeout(this.renewal);
        this.generation++;
        this.current = undefined;
        this.retryLater();
      },
    });
  }

  private received(generation: number, name: string, payload: unknown): void {
    if (name === 'authenticated') {
      this.refusedAsExpired = undefined;
      // The app hears it too (its types list it): who this socket is, before the catch-up.
      this.options.deliver(name, payload);
      void this.catchUp(generation);
      return;
    }
    if (name === 'auth_error') {
      // The socket closes next. An expired token is told and tried again with a fresh one;
      // credentials not checked because this address guessed too often are tried again once its
      // wait is over; anything else ends here.
      const { reason, retryAfterSeconds } = (payload ?? {}) as { reason?: unknown; retryAfterSeconds?: unknown };
      if (reason === 'TOKEN_EXPIRED') {
        this.refusedAsExpired = this.token;
        this.expiredTold = true;
      }
      if (reason === 'RATE_LIMITED') this.notBefore = Date.now() + (typeof retryAfterSeconds === 'number' ? retryAfterSeconds : 60) * 1000;
      if (reason === 'TOKEN_EXPIRED' || reason === 'RATE_LIMITED') this.options.deliver(name, payload);
      else this.refused((payload as { message?: string } | null)?.message ?? 'the credentials were refused', payload);
      return;
    }
    if (this.catchingUp) this.held.push([name, payload]);
    else this.hand(name, payload);
  }

  private async catchUp(generation: number): Promise<void> {
    try {
      let page: SyncPage;
      do {
        page = await this.options.sync(this.lastCursor);
        if (generation !== this.generation) return;
        for (const event of page.events) {
          const name = SOCKET_EVENT_OF[event.type as keyof typeof SOCKET_EVENT_OF];
          if (name !== undefined) this.hand(name, { ...(event.data as object), cursor: event.cursor });
          else if (after(event.cursor, this.lastCursor)) this.lastCursor = event.cursor;
        }
        if (after(page.cursor, this.lastCursor)) this.lastCursor = page.cursor;
      } while (page.hasMore);
    } catch (error) {
      if (generation !== this.generation) return;
      if (error instanceof ResyncRequiredError) {
        this.lastCursor = undefined;
        this.options.resyncRequired();
      }
      if (isRefusal(error)) this.refused(error.message);
      else {
        this.waitAsTold(error);
        this.current?.close();
      }
      return;
    }
    this.catchingUp = false;
    for (const [name, payload] of this.held) this.hand(name, payload);
    this.held = [];
    this.attempt = 0;
    this.setState('connected');
    for (const conversationId of this.joined) this.current?.send('join_conversation', { conversationId });
    this.scheduleRenewal(generation);
  }

  /** Renews the connection's token before it expires, with a fresh one from the application. */
  private scheduleRenewal(generation: number): void {
    clearTimeout(this.renewal);
    const expiresAt = expiryOf(this.token);
    if (expiresAt === undefined) return;
    const left = expiresAt - Date.now();
    // Capped at what a timer can wait (about 24 days): beyond it, a timer would fire at once.
    this.renewal = setTimeout(() => void this.renew(generation), Math.min(MAX_TIMER_MS, Math.max(0, left - renewalLead(left))));
  }

  private async renew(generation: number): Promise<void> {
    let token: string | undefined;
    try {
      token = (await this.options.target()).credentials.token;
    } catch {
      return; // No fresh token now: when this one expires, the connection closes and the next try asks again.
    }
    // The same token again cannot be renewed: the connection then ends with it and reconnects.
    if (generation !== this.generation || token === undefined || token === this.token) return;
    this.token = token;
    this.current?.send('authenticate', { token });
    this.scheduleRenewal(generation);
  }

  /** Each logged event once, in order: nothing at or before the last cursor passes. */
  private hand(name: string, payload: unknown): void {
    const cursor = cursorOf(payload);
    if (cursor !== undefined) {
      if (!after(cursor, this.lastCursor)) return;
      this.lastCursor = cursor;
    }
    this.options.deliver(name, payload);
  }

  /** Parley refused the credentials: the connection ends and the application hears why. */
  private refused(message: string, payload: unknown = { message, code: 'AUTH_FAILED' }): void {
    this.stop();
    this.options.deliver('auth_error', payload);
  }

  /** A refusal that says when to try again (429, 503 with Retry-After): the next try is not before then. */
  private waitAsTold(error: unknown): void {
    if (error instanceof ParleyError && error.retryAfter !== undefined) this.notBefore = Date.now() + error.retryAfter * 1000;
  }

  private retryLater(): void {
    if (this.stateValue === 'closed') return;
    this.setState('reconnecting');
    clearTimeout(this.timer);
    const delay = Math.max(backoffDelay(this.attempt++, this.options.backoff), this.notBefore - Date.now());
    this.timer = setTimeout(() => void this.open(), Math.min(MAX_TIMER_MS, delay));
  }

  private setState(state: ConnectionState): void {
    if (state === this.stateValue) return;
    this.stateValue = state;
    this.options.stateChanged(state);
  }
}

/** 401: the credentials themselves were refused (a bad or revoked token, an erased user). */
const isRefusal = (error: unknown): error is ParleyError => error instanceof ParleyError && error.status === 401;
