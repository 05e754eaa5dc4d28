import type { RateLimitRule } from '#operations/requests/admit-request.ts';

/**
 * Every rate limit of the platform. Public forms are counted per client address: generous, because a whole
 * municipality's office may sign up from behind one address on the morning an invitation goes out. Sign-in, and
 * asking for a participant's link again, are also counted per e-mail address, so nobody floods one person's inbox
 * with links from many addresses. An API token may make 300 requests a minute: a nightly sync of a large
 * conference (2 000 registrations, 200 a page) takes 10.
 */
export const RATE_LIMITS = {
  publicForm: { scope: 'form', limit: 60, windowSeconds: 600 },
  signIn: { scope: 'sign-in', limit: 20, windowSeconds: 900 },
  signInAddress: { scope: 'sign-in-address', limit: 5, windowSeconds: 900 },
  linkAgainAddress: { scope: 'link-again-address', limit: 5, windowSeconds: 900 },
  apiToken: { scope: 'api-token', limit: 300, windowSeconds: 60 },
} as const satisfies Record<string, RateLimitRule>;
