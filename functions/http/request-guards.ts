import type { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { AppContext } from '#context/app-context.ts';
import { readableForm, readableText } from './form-body.ts';
import { idempotentForm } from './idempotent-form.ts';
import { requireOriginSecret } from './origin-verification.ts';
import { byClient, byPostedAddress, rateLimit } from './rate-limit.ts';
import { RATE_LIMITS } from './rate-limit-rules.ts';
import { refuseRequest } from './request-refusal.tsx';
import { answerError } from './route-group.ts';
import { securityHeaders } from './security-headers.ts';

/**
 * The largest body we read. The largest real form (a delegation of ten, a working-group application with its
 * local situation, a pasted programme) stays well below it, even with every letter percent-encoded.
 */
export const MAX_BODY_BYTES = 128 * 1024;
/** No id, slot or secret in our paths comes near this; DynamoDB refuses keys above 1 KB (sort) and 2 KB. */
export const MAX_PATH_SEGMENT = 200;

/** The public forms anyone may post without a link: counted per client, and idempotent by the form's key. */
const PUBLIC_FORMS = ['/events/:eventId/sign-up', '/events/:eventId/apply', '/events/:eventId/delegation'];

/**
 * What every request passes before its route: behind CloudFront the origin check, security headers, the size of its
 * body and path, a readable form for posts to pages, and one answer for errors (a store that stays busy is a 503 with
 * Retry-After, not a 500).
 */
export function guardRequests(app: Hono, context: AppContext): void {
  if (context.originSecret) app.use(requireOriginSecret(context.originSecret));
  app.use(securityHeaders(context));
  app.use(bodyLimit({ maxSize: MAX_BODY_BYTES, onError: (c) => refuseRequest(c, 'tooLarge', 413) }));
  app.use(async (c, next) => {
    const segments = c.req.path.split('/');
    if (segments.some((segment) => segment.length > MAX_PATH_SEGMENT)) return c.notFound();
    await next();
  });
  // The JSON API reads its own bodies (`api/json-body.ts`): a form there would be no API request.
  app.on('POST', '*', (c, next) =>
    c.req.path.startsWith('/api/') ? readableText(c, next) : readableForm(c, next),
  );
  app.onError(answerError);
}

/**
 * Rate limits on the public forms, the organisers' sign-in and the participants' link-again form, and idempotency
 * keys on the public forms (a link asked for twice is simply mailed twice).
 */
export function guardPublicForms(app: Hono, context: AppContext): void {
  const perClient = rateLimit(context, RATE_LIMITS.publicForm, byClient);
  for (const path of PUBLIC_FORMS) app.post(path, perClient, idempotentForm(context));
  app.post(
    '/link-again',
    perClient,
    rateLimit(context, RATE_LIMITS.linkAgainAddress, byPostedAddress('email')),
  );
  app.post(
    '/organiser/sign-in',
    rateLimit(context, RATE_LIMITS.signIn, byClient),
    rateLimit(context, RATE_LIMITS.signInAddress, byPostedAddress('email')),
  );
  app.post('/organiser/sign-in/:token', rateLimit(context, RATE_LIMITS.signIn, byClient));
}
