// A user's profile fields, one rule each, wherever a profile comes from: the platform's PUT and
// sync, dev mode's sign-up, and the claims of a verified token.
import { ShownName, Title, WebUrl } from './primitives.js';
import { compileValidator } from './validation.js';

// Names others are shown: without the controls that make a name display as something else.
export const Username = Title(64);
export const DisplayName = ShownName(200);
export const AvatarUrl = WebUrl(2048);

const validUsername = compileValidator<string>(Username);
const validDisplayName = compileValidator<string>(DisplayName);
const validAvatarUrl = compileValidator<string>(AvatarUrl);

/**
 * The profile fields a token's claims may set: each only when it passes the rule PUT
 * /users/{id} applies to it. A claim that does not (a `javascript:` picture, a control
 * character in a name) is left out rather than refusing the token: the user still signs in, and
 * the profile keeps what it had.
 */
export function profileFromClaims(claims: { username?: unknown; displayName?: unknown; avatarUrl?: unknown }): {
  username?: string;
  displayName?: string;
  avatarUrl?: string;
} {
  const profile: { username?: string; displayName?: string; avatarUrl?: string } = {};
  if (validUsername(claims.username)) profile.username = claims.username;
  if (validDisplayName(claims.displayName) && claims.displayName !== '') profile.displayName = claims.displayName;
  if (validAvatarUrl(claims.avatarUrl)) profile.avatarUrl = claims.avatarUrl;
  return profile;
}
