// Turns credentials (a bearer JWT, dev-mode identity, or the service key) into an identity.
// Shared by HTTP and both socket transports, so every edge accepts exactly the same callers.
import { timingSafeEqual } from 'node:crypto';
import { createRemoteJWKSet, decodeProtectedHeader, type JWTPayload, type JWTVerifyGetKey, jwtVerify } from 'jose';
import type { Config } from '../config.js';
import { isValidUserId, SAFE_ID, type UserRole } from '../domain/types.js';
import type { Identity } from '../domain/users.service.js';
import { AppError, OUTAGE_RETRY_AFTER_SECONDS, tokenExpired } from '../errors.js';
import { profileFromClaims } from '../schemas/users.js';
import { VerifiedTokenCache } from './token-cache.js';

const DEFAULT_SECRET = 'parley-dev-secret-change-me';
/** Distinct live tokens remembered after verification (about 1 KB each). */
const VERIFIED_TOKENS_KEPT = 10_000;

/** A token is taken this long past its `exp` (and before its `nbf`): clocks of issuers and Parley differ. */
export const TOKEN_CLOCK_TOLERANCE_SECONDS = 5;

export interface VerifiedIdentity extends Identity {
  /** Seconds since the epoch; sockets close when it passes without a fresh token. */
  expiresAt?: number;
}

const unauthenticated = (message: string) => new AppError('UNAUTHENTICATED', message);

/** The first profile (of one field) that is not empty: the first claim that passed its rule. */
function firstValid<T extends object>(profiles: T[]): T | undefined {
  return profiles.find((profile) => Object.keys(profile).length > 0);
}

/** A key set that answers but names no key for the token: the token's fault, not the provider's. */
const TOKEN_FAULTS = new Set(['ERR_JWKS_NO_MATCHING_KEY', 'ERR_JWKS_MULTIPLE_MATCHING_KEYS']);

/**
 * The provider's keys, where failing to fetch them (unreachable, a timeout, an error status, no
 * valid key set) is Parley's trouble to report as 503, not the caller's token to refuse with 401.
 */
function providerKeys(keySet: JWTVerifyGetKey): JWTVerifyGetKey {
  return async (header, token) => {
    try {
      return await keySet(header, token);
    } catch (error) {
      if (TOKEN_FAULTS.has((error as { code?: string }).code ?? '')) throw error;
      throw new AppError('UNAVAILABLE', 'the identity provider’s signing keys could not be fetched; try again shortly', undefined, {
        retryAfterSeconds: OUTAGE_RETRY_AFTER_SECONDS,
        cause: error,
      });
    }
  };
}

export class Authenticator {
  private readonly hmacKey: Uint8Array | undefined;
  private readonly jwks: JWTVerifyGetKey | undefined;
  private readonly verified = new VerifiedTokenCache<VerifiedIdentity>(VERIFIED_TOKENS_KEPT);

  constructor(private readonly config: Config['auth']) {
    // With a JWKS configured and no secret of its own, HS256 tokens are refused outright.
    const ownSecret = config.jwtSecret !== DEFAULT_SECRET || config.jwksUrl === undefined;
    this.hmacKey = ownSecret ? new TextEncoder().encode(config.jwtSecret) : undefined;
    this.jwks = config.jwksUrl ? providerKeys(createRemoteJWKSet(new URL(config.jwksUrl))) : undefined;
  }

  get devMode(): boolean {
    return this.config.devMode;
  }

  /** Forgets the verified tokens of a user (erased): the next call verifies and looks them up again. */
  forgetUser(userId: string): void {
    this.verified.forgetWhere((identity) => identity.userId === userId);
  }

  async verifyToken(token: string): Promise<VerifiedIdentity> {
    const known = this.verified.get(token);
    if (known !== undefined) return { ...known };
    const identity = await this.verifyTokenSignature(token);
    this.verified.set(token, identity);
    return { ...identity };
  }

  private async verifyTokenSignature(token: string): Promise<VerifiedIdentity> {
    let alg: string | undefined;
    try {
      alg = decodeProtectedHeader(token).alg;
    } catch {
      throw unauthenticated('the token is malformed');
    }
    const options = {
      requiredClaims: ['exp', 'sub'],
      clockTolerance: TOKEN_CLOCK_TOLERANCE_SECONDS,
      ...(this.config.issuer ? { issuer: this.config.issuer } : {}),
      ...(this.config.audience ? { audience: this.config.audience } : {}),
    };
    let payload: JWTPayload;
    try {
      // Each key type accepts only its own algorithms: no alg:none, no HS256-with-a-public-key.
      if (alg === 'HS256' && this.hmacKey) {
        ({ payload } = await jwtVerify(token, this.hmacKey, { ...options, algorithms: ['HS256'] }));
      } else if ((alg === 'RS256' || alg === 'ES256') && this.jwks) {
        ({ payload } = await jwtVerify(token, this.jwks, { ...options, algorithms: ['RS256', 'ES256'] }));
      } else {
        throw unauthenticated(`tokens signed with ${alg ?? 'no algorithm'} are not accepted`);
      }
    } catch (error) {
      if (error instanceof AppError) throw error;
      const code = (error as { code?: string }).code;
      throw code === 'ERR_JWT_EXPIRED' ? tokenExpired() : unauthenticated('the token could not be verified');
    }
    const userId = payload.sub as string;
    if (!isValidUserId(userId)) throw unauthenticated('the token subject is not a valid user id');
    const identity: VerifiedIdentity = { userId, ...(payload.exp !== undefined ? { expiresAt: payload.exp } : {}) };
    const role = this.roleOf(userId, payload[this.config.roleClaim]);
    if (role !== undefined) identity.role = role;
    return {
      ...identity,
      ...profileFromClaims({ displayName: payload.name, avatarUrl: payload.picture }),
      ...firstValid(['username', 'preferred_username'].map((claim) => profileFromClaims({ username: payload[claim] }))),
    };
  }

  /** Dev mode: the caller simply says who they are. Refused unless AUTH_DEV_MODE is on. */
  devIdentity(userId: string | undefined, username: string | undefined): VerifiedIdentity {
    if (!this.config.devMode) throw unauthenticated('a bearer token is required');
    if (userId === undefined || !isValidUserId(userId)) throw unauthenticated('X-User-ID is missing or not a valid user id');
    const identity: VerifiedIdentity = { userId };
    const role = this.roleOf(userId, undefined);
    if (role !== undefined) identity.role = role;
    if (username !== undefined && username.length > 0) {
      const profile = profileFromClaims({ username });
      if (profile.username === undefined || !SAFE_ID.test(username)) throw unauthenticated('X-Username is not valid');
      identity.username = profile.username;
    }
    return identity;
  }

  isServiceKey(presented: string): boolean {
    const expected = this.config.serviceApiKey;
    if (expected === undefined) return false;
    const a = Buffer.from(presented);
    const b = Buffer.from(expected);
    return a.length === b.length && timingSafeEqual(a, b);
  }

  /**
   * ADMIN_USER_IDS decide first; then a role claim, when the token carries one. Without
   * either the role is undefined: the one the platform stored (PUT /users/{id}) stands.
   */
  private roleOf(userId: string, claim: unknown): UserRole | undefined {
    if (this.config.adminUserIds.includes(userId)) return 'admin';
    if (claim === undefined || claim === null) return undefined;
    const roles = Array.isArray(claim) ? claim : [claim];
    if (roles.includes('admin')) return 'admin';
    if (roles.includes('moderator')) return 'moderator';
    return 'user';
  }
}
