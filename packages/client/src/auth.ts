// Who the client acts for: a bearer token (a string, or a function that returns a fresh one),
// or, against a development server, a user id sent as X-User-ID.
export type Auth =
  | { token: string | (() => string | Promise<string>) }
  | { devUserId: string; devUsername?: string };

/** What one request or one socket connection presents. */
export interface Credentials {
  token?: string;
  userId?: string;
  username?: string;
}

export async function resolveCredentials(auth: Auth): Promise<Credentials> {
  if ('token' in auth) return { token: typeof auth.token === 'function' ? await auth.token() : auth.token };
  return { userId: auth.devUserId, ...(auth.devUsername !== undefined ? { username: auth.devUsername } : {}) };
}

export function headersFor(credentials: Credentials): Record<string, string> {
  if (credentials.token !== undefined) return { authorization: `Bearer ${credentials.token}` };
  const headers: Record<string, string> = {};
  if (credentials.userId !== undefined) headers['x-user-id'] = credentials.userId;
  if (credentials.username !== undefined) headers['x-username'] = credentials.username;
  return headers;
}

/**
 * A JWT's claims, read but not verified (Parley verifies): what the token says of its user and its
 * expiry. Undefined for anything that is not a JWT.
 */
export function tokenClaims(token: string): Record<string, unknown> | undefined {
  const payload = token.split('.')[1];
  if (payload === undefined) return undefined;
  try {
    const claims: unknown = JSON.parse(atob(payload.replace(/-/g, '+').replace(/_/g, '/')));
    return typeof claims === 'object' && claims !== null ? (claims as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
