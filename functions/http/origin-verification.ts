import { timingSafeEqual } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { hashSecret } from '#security/secret-token.ts';

/** The header CloudFront adds to every request it sends the HTTP API, carrying the stage's origin secret. */
export const ORIGIN_SECRET_HEADER = 'X-Origin-Verify';

declare module 'hono' {
  interface ContextVariableMap {
    /** Set once the request carried the origin secret: only CloudFront can have sent it. */
    passedOriginCheck: true;
  }
}

/**
 * Behind CloudFront: refuses (403, plain) every request that does not carry the origin secret, so nobody reaches
 * the app around CloudFront through the HTTP API's own `execute-api` address. Hashing both sides makes the
 * comparison constant-time whatever the length of what was sent.
 */
export function requireOriginSecret(originSecret: () => Promise<string>): MiddlewareHandler {
  return async (c, next) => {
    const sent = c.req.header(ORIGIN_SECRET_HEADER);
    const expected = await originSecret();
    if (
      sent === undefined ||
      !timingSafeEqual(Buffer.from(hashSecret(sent)), Buffer.from(hashSecret(expected)))
    ) {
      c.header('Cache-Control', 'no-store');
      return c.text('Forbidden', 403);
    }
    c.set('passedOriginCheck', true);
    await next();
  };
}

/** Whether the request came through CloudFront, as the origin check found: only then do CloudFront's headers count. */
export function passedOriginCheck(c: Context): boolean {
  return c.get('passedOriginCheck') === true;
}
