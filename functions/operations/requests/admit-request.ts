import type { AppContext } from '#context/app-context.ts';
import { hashSecret } from '#security/secret-token.ts';
import { countRequest } from '#store/transactions/rate-limit-counting.ts';

/** How many requests of one kind one subject may make in one window, counted in the table across Lambda instances. */
export interface RateLimitRule {
  /** Names the counter in its key. */
  scope: string;
  limit: number;
  windowSeconds: number;
}

/** Counters outlive their window by an hour, then TTL erases them. */
const COUNTER_GRACE_SECONDS = 3_600;

/**
 * Counts one request of `subject` (a client or an e-mail address, stored only hashed) in the rule's current fixed
 * window. Undefined when it is within the limit; otherwise the seconds until the window ends, for Retry-After.
 */
export async function admitRequest(
  context: AppContext,
  rule: RateLimitRule,
  subject: string,
): Promise<number | undefined> {
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
  return counted ? undefined : windowEnds - nowSeconds;
}
