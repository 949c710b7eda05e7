// Who may call a route, declared once per route as `config: { access }`. The auth plugin
// enforces it and the OpenAPI document's `security` and 401/403 answers are derived from it,
// so the two cannot disagree.
import type { Actor } from '../domain/types.js';
import { isAdmin, isModerator } from '../domain/policies.js';

export type RouteAccess = 'public' | 'user' | 'service' | 'userOrService' | 'moderator' | 'admin' | 'userOrSignedLink';

export type Credential = 'user' | 'service';

interface AccessRule {
  /** The kinds of credentials the route accepts (a user's token or dev headers, the service key). */
  credentials: readonly Credential[];
  /**
   * Callers without (valid) credentials reach the handler too: the route is public, or the
   * handler accepts something else (a signed link) and answers 401 itself when that is missing.
   */
  anonymous?: boolean;
  /** The handler's something else is a signed link (`?u=&exp=&sig=`): a scheme of its own in the API document. */
  signedLink?: boolean;
  /** Whether an authenticated caller may go on; `undefined` when every accepted caller may. */
  allows?: (actor: Actor) => boolean;
  /** Why a caller that `allows` refuses gets 403. */
  refusal?: string;
  /** One line for the API document. */
  who: string;
}

export const ROUTE_ACCESS: Record<RouteAccess, AccessRule> = {
  public: { credentials: [], anonymous: true, who: 'Anyone, without credentials.' },
  user: {
    credentials: ['user'],
    allows: (actor) => actor.kind === 'user',
    refusal: 'this endpoint acts for a user; the service key cannot call it',
    who: 'A user (the service key answers 403).',
  },
  service: {
    credentials: ['service'],
    allows: (actor) => actor.kind === 'service',
    refusal: 'this endpoint needs the service key',
    who: 'The platform’s backend, with the service key (a user answers 403).',
  },
  userOrService: { credentials: ['user', 'service'], who: 'A user or the service key.' },
  moderator: {
    credentials: ['user', 'service'],
    allows: isModerator,
    refusal: 'this endpoint is for moderators',
    who: 'A moderator or admin, or the service key (other users answer 403).',
  },
  userOrSignedLink: {
    credentials: ['user', 'service'],
    anonymous: true,
    signedLink: true,
    who: 'A user or the service key, or anyone holding a signed link (the `url` of the object, made for one user and short-lived).',
  },
  admin: {
    credentials: ['user', 'service'],
    allows: isAdmin,
    refusal: 'this endpoint is for admins',
    who: 'An admin, or the service key (other users answer 403).',
  },
};
