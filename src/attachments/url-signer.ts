// Signed download links: `<path>?u=<user>&exp=<unix seconds>&sig=<HMAC>`, so that `<img src>`
// works without an Authorization header. The HMAC covers the attachment, the variant (file or
// thumbnail), the user the link was made for and its expiry; changing any of them breaks it.
import { createHmac, timingSafeEqual } from 'node:crypto';

export type UrlVariant = 'file' | 'thumbnail';

export interface SignedQuery {
  u?: string | undefined;
  exp?: string | undefined;
  sig?: string | undefined;
}

export type Verification = { ok: true; userId: string } | { ok: false; reason: 'expired' | 'invalid' };

export class AttachmentUrlSigner {
  /** Expiries are rounded up to this step, so a link stays the same for a while and caches. */
  private readonly step: number;

  constructor(
    private readonly secret: Buffer,
    private readonly ttlSeconds: number,
    /** Where attachment routes live, e.g. `/api/v1/attachments` or `https://chat.example.com/api/v1/attachments`. */
    private readonly base: string,
  ) {
    this.step = Math.max(1, Math.floor(ttlSeconds / 5));
  }

  /** The unsigned path: works with an Authorization header or the service key. */
  path(attachmentId: string, variant: UrlVariant): string {
    return `${this.base}/${encodeURIComponent(attachmentId)}${variant === 'thumbnail' ? '/thumbnail' : ''}`;
  }

  sign(attachmentId: string, variant: UrlVariant, userId: string, nowMs = Date.now()): string {
    const now = Math.ceil(nowMs / 1000);
    // Valid for at least the configured lifetime, at most a step more (the link's expiry is rounded up).
    const exp = Math.ceil((now + this.ttlSeconds) / this.step) * this.step;
    const sig = this.mac(attachmentId, variant, userId, exp);
    return `${this.path(attachmentId, variant)}?u=${encodeURIComponent(userId)}&exp=${exp}&sig=${sig}`;
  }

  verify(attachmentId: string, variant: UrlVariant, query: SignedQuery, nowMs = Date.now()): Verification {
    const { u, exp, sig } = query;
    if (u === undefined || exp === undefined || sig === undefined || !/^\d{1,12}$/.test(exp)) return { ok: false, reason: 'invalid' };
    const expected = Buffer.from(this.mac(attachmentId, variant, u, Number(exp)));
    const given = Buffer.from(sig);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'invalid' };
    if (Number(exp) * 1000 <= nowMs) return { ok: false, reason: 'expired' };
    return { ok: true, userId: u };
  }

  private mac(attachmentId: string, variant: UrlVariant, userId: string, exp: number): string {
    return createHmac('sha256', this.secret).update(`${variant}\n${attachmentId}\n${userId}\n${exp}`).digest('base64url');
  }
}
