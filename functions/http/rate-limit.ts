import type { Context, MiddlewareHandler } from 'hono';
import type { AppContext } from '#context/app-context.ts';
import { hashSecret } from '#security/secret-token.ts';
import { countRequest } from '#store/rate-limit-items.ts';
import { clientAddress, isLoopback } from './client-address.ts';
import { postedFields } from './form-body.ts';
import type { RateLimitRule } from './rate-limit-rules.ts';
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

/** Counters outlive their window by an hour, then TTL erases them. */
const COUNTER_GRACE_SECONDS = 3_600;

/** Lets `rule.limit` requests per subject through in each fixed window; the next get 429 until the window ends. */
export function rateLimit(
  context: AppContext,
  rule: RateLimitRule,
  subjectOf: RateSubject,
): MiddlewareHandler {
  return async (c, next) => {
    const subject = await subjectOf(c);
    if (subject === undefined) return next();
    const nowSeconds = Math.floor(context.clock().getTime() / 1000);
    const window = Math.floor(nowSeconds / rule.windowSeconds);
    const windowEnds = (window + 1) * rule.windowSeconds;
    const counted = await countRequest(context.table, {
      scope: rule.scope,
      subjectHash: hashSecret(subject),
      window,
      limit: rule.limit,
      expiresAt: windowEnds + COUNTER_GRACE_SECONDS,
    });
    if (!counted) return refuseRequest(c, 'rateLimited', 429, windowEnds - nowSeconds);
    await next();
  };
}
