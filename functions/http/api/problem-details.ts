import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** The problems the API answers with; each `type` is a page of the API's reference that explains it. */
export const PROBLEMS = {
  unauthenticated: { status: 401, title: 'A valid API token is required' },
  forbidden: { status: 403, title: 'The token may not do this' },
  'not-found': { status: 404, title: 'No such resource' },
  invalid: { status: 422, title: 'The request is not valid' },
  'idempotency-key-reused': { status: 422, title: 'The Idempotency-Key was used with another request' },
  'idempotency-key-pending': { status: 409, title: 'A request with this Idempotency-Key is still running' },
  conflict: { status: 409, title: 'The change cannot be made in the resource’s present state' },
  'precondition-failed': { status: 412, title: 'The resource has changed since it was read' },
  'unsupported-media-type': { status: 415, title: 'The body must be JSON in UTF-8' },
  'rate-limited': { status: 429, title: 'Too many requests with this token' },
} as const satisfies Record<string, { status: ContentfulStatusCode; title: string }>;

export type ProblemType = keyof typeof PROBLEMS;

/** Where the reference page explains a problem: its anchor there, and the problem's `type` URI. */
export const problemAnchor = (type: ProblemType) => `problem-${type}`;
export const problemTypeUri = (type: ProblemType) => `/api/v1/docs#${problemAnchor(type)}`;

/**
 * An RFC 9457 problem details answer, in English: the problem's `type` (a stable URI), its `title`, what went wrong
 * this time in `detail`, and any members the problem adds (`errors` of a refused body, `code` of a refusal).
 */
export function problem(
  c: Context,
  type: ProblemType,
  detail?: string,
  extra: Record<string, unknown> = {},
): Response {
  const { status, title } = PROBLEMS[type];
  return c.body(
    JSON.stringify({ type: problemTypeUri(type), title, status, ...(detail ? { detail } : {}), ...extra }),
    status,
    { 'Content-Type': 'application/problem+json', 'Cache-Control': 'no-store' },
  );
}
