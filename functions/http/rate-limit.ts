import type { Context, MiddlewareHandler } from 'hono';
import type { AppContext } from '#context/app-context.ts';
import { admitRequest, type RateLimitRule } from '#operations/requests/admit-request.ts';
import { clientAddress, isLoopback } from './client-address.ts';
import { postedFields } from './form-body.ts';
import { refuseRequest } from './request-refusal.tsx';

/** Whom a rule counts: undefined when the request names nobody to count (no address, or the machine itself). */
export type RateSubject = (c: Context) => Promise<string | undefined>;

/** The client's address; the machine itself (its own browser, tests and load runs over loopback) is not counted. */
export const byClient: RateSubject = async (c) => {
  const address = clientAddress(c);
  return address === undefined || isLoopback(address) ? undefined : address;
};

/** The e-mail address a form names in `field`, as keys hold it: trimmed and lower-cased. */
export const byPostedAddress =
  (field: string): RateSubject =>
  async (c) => {
    const address = (await postedFields(c))?.[field]?.trim().toLowerCase();
    return address ? address : undefined;
  };

/** Lets `rule.limit` requests per subject through in each fixed window; the next get 429 until the window ends. */
export function rateLimit(
  context: AppContext,
  rule: RateLimitRule,
  subjectOf: RateSubject,
): MiddlewareHandler {
  return async (c, next) => {
    const subject = await subjectOf(c);
    if (subject === undefined) return next();
    const retryAfter = await admitRequest(context, rule, subject);
    if (retryAfter !== undefined) return refuseRequest(c, 'rateLimited', 429, retryAfter);
    await next();
  };
}
