import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import type { AppContext } from '#context/app-context.ts';

/**
 * Security headers of every answer. The CSP allows no inline script or style (no page has any: styles come from
 * /assets/styles.css, and there are no `style` attributes or event handlers), no plugins, no framing by anyone.
 * HSTS only where the platform is served over https: on http://localhost it would mean nothing, or pin a developer's
 * browser to https for every other local project.
 */
export function securityHeaders(context: AppContext): MiddlewareHandler {
  const https = new URL(context.publicBaseUrl).protocol === 'https:';
  const headers = secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'"],
      imgSrc: ["'self'", 'data:'],
      objectSrc: ["'none'"],
      baseUri: ["'none'"],
      frameSrc: ["'self'"],
      // Upload forms post files straight to the storage (S3, or the local file server), never through the app.
      formAction: ["'self'", ...(context.files ? [context.files.uploadOrigin] : [])],
      frameAncestors: ["'none'"],
    },
    strictTransportSecurity: https ? 'max-age=31536000; includeSubDomains' : false,
    xFrameOptions: 'DENY',
    referrerPolicy: false,
  });
  return async (c, next) => {
    await headers(c, next);
    // Nothing leaves for other sites; our own form posts keep their Origin, which the CSRF check reads. Pages with a
    // secret in their path have set the stricter no-referrer already, and keep it.
    if (!c.res.headers.has('Referrer-Policy')) c.header('Referrer-Policy', 'same-origin');
  };
}
