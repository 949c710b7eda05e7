// HTTP calls: credentials on every request, JSON both ways, errors as typed exceptions.
import { type Auth, headersFor, resolveCredentials } from './auth.js';
import { type ErrorBody, errorFor, NetworkError } from './errors.js';

export type Query = Record<string, string | number | boolean | undefined>;

export interface RestOptions {
  apiUrl: string;
  auth: Auth;
  fetch?: typeof fetch;
}

export class Rest {
  constructor(private readonly options: RestOptions) {}

  url(path: string, query: Query = {}): string {
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(query)) if (value !== undefined) search.set(key, String(value));
    const text = search.toString();
    return `${this.options.apiUrl}${path}${text ? `?${text}` : ''}`;
  }

  async headers(): Promise<Record<string, string>> {
    return headersFor(await resolveCredentials(this.options.auth));
  }

  async request<T>(method: string, path: string, options: { query?: Query; body?: unknown; form?: FormData; signal?: AbortSignal } = {}): Promise<T> {
    const headers = await this.headers();
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    let response: Response;
    try {
      response = await (this.options.fetch ?? fetch)(this.url(path, options.query), {
        method,
        headers,
        body: options.form ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
        signal: options.signal,
      });
    } catch (error) {
      if (options.signal?.aborted) throw new NetworkError('no answer in the time the request was given');
      throw new NetworkError(error instanceof Error ? error.message : 'the request got no answer');
    }
    let text = '';
    try {
      text = await response.text();
    } catch {
      // An answer cut off (or its time up) while its body was read: no answer, unless its status says enough.
      if (response.ok) throw new NetworkError('the answer was cut off');
    }
    const body = text.length > 0 ? parseJson(text) : undefined;
    if (!response.ok) {
      const retryAfter = Number(response.headers.get('retry-after') ?? Number.NaN);
      throw errorFor(response.status, body as Partial<ErrorBody> | undefined, Number.isFinite(retryAfter) ? retryAfter : undefined);
    }
    return body as T;
  }
}

export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
