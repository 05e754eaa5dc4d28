import { createHash } from 'node:crypto';
import type { Context, Hono } from 'hono';
import type * as z from 'zod';
import type { AppContext } from '#context/app-context.ts';
import { RATE_LIMITS } from '#http/rate-limit-rules.ts';
import { admitRequest } from '#operations/requests/admit-request.ts';
import { authenticateApiToken } from '#operations/requests/authenticate-api-token.ts';
import { apiTokenActor, mayWriteWith } from '#shared/domain/api-token.ts';
import type { Organiser } from '#shared/domain/organiser.ts';
import { attachmentDisposition } from '#shared/files/content-disposition.ts';
import { runIdempotently } from './api-idempotency.ts';
import type { ApiAccess, ApiAnswer, ApiOperation } from './api-operation.ts';
import { readJsonBody } from './json-body.ts';
import { problem } from './problem-details.ts';

/** `Authorization: Bearer <token>`, the scheme case-insensitive (RFC 9110); anything else carries no token. */
const BEARER = /^Bearer +([A-Za-z0-9_-]{16,200})\s*$/i;

/** `/organisation/events/{eventId}` as Hono writes it: `/organisation/events/:eventId`. */
export const honoPath = (path: string) => path.replace(/\{(\w+)\}/g, ':$1');

/**
 * The organiser a request's token stands for (an editor or a viewer of the token's organisation), or the problem
 * that refuses it: 401 with a `WWW-Authenticate` challenge without a valid token, 429 with `Retry-After` past the
 * token's rate limit, 403 for a read token on a change.
 */
async function tokenActor(c: Context, context: AppContext, access: ApiAccess): Promise<Organiser | Response> {
  const secret = BEARER.exec(c.req.header('Authorization') ?? '')?.[1];
  const token = secret ? await authenticateApiToken(context, secret) : undefined;
  if (!token) {
    c.header('WWW-Authenticate', `Bearer realm="traffpunkt"${secret ? ', error="invalid_token"' : ''}`);
    return problem(
      c,
      'unauthenticated',
      secret
        ? 'The token is unknown, revoked or expired.'
        : 'Send an organisation API token as "Authorization: Bearer <token>".',
    );
  }
  const retryAfter = await admitRequest(context, RATE_LIMITS.apiToken, token.id);
  if (retryAfter !== undefined) {
    c.header('Retry-After', String(retryAfter));
    return problem(c, 'rate-limited', `Try again in ${retryAfter} s.`);
  }
  if (access === 'write' && !mayWriteWith(token))
    return problem(c, 'forbidden', 'This token may only read. An admin can make a read-write token.');
  return apiTokenActor(token);
}

/**
 * What was refused and where: a body's fields as JSON Pointers into it (RFC 6901, in a URI fragment), a query's as
 * the parameter's name, each with what was wrong there.
 */
function fieldErrors(error: z.ZodError, part: 'body' | 'query') {
  return error.issues.map((issue) => {
    const path = issue.path.map((step) => String(step).replaceAll('~', '~0').replaceAll('/', '~1'));
    return part === 'body'
      ? { pointer: `#/${path.join('/')}`, detail: issue.message }
      : { parameter: path[0] ?? '', detail: issue.message };
  });
}

const entityTag = (json: string) => `"${createHash('sha256').update(json).digest('base64url')}"`;

/** The tags an `If-Match` or `If-None-Match` lists; `*` is any. */
const listedTags = (header: string) => header.split(/\s*,\s*/);

/**
 * Whether an `If-Match` holds: the change's resource, as its read answers it now, still has a tag the header lists.
 * Undefined when it holds (or none was sent), else the problem to answer with. Checked just before the change runs;
 * the change's own transaction still guards what it must (the status it read, the seat counts).
 */
async function unmetPrecondition(
  c: Context,
  operations: readonly ApiOperation[],
  operation: ApiOperation,
  input: Parameters<ApiOperation['handle']>[0],
): Promise<Response | undefined> {
  const ifMatch = c.req.header('If-Match');
  const read = operations.find((candidate) => candidate.operationId === operation.changes);
  if (ifMatch === undefined || !read) return undefined;
  const now = await read.handle({ ...input, query: {}, body: undefined });
  if ('problem' in now) return problem(c, now.problem, now.detail, now.extra);
  const tags = listedTags(ifMatch);
  if (tags.includes('*') || tags.includes(entityTag(JSON.stringify(now.body)))) return undefined;
  return problem(c, 'precondition-failed', 'Read the resource again: its ETag has changed.');
}

/**
 * The answer of an operation. A read's entity tag is the hash of what it answers, so it changes exactly when the
 * answer would, and an `If-None-Match` naming it gets a 304.
 */
function answer(c: Context, result: ApiAnswer): Response {
  if ('problem' in result) return problem(c, result.problem, result.detail, result.extra);
  if (result.file)
    return c.body(String(result.body), result.status, {
      'Content-Type': `${result.file.contentType}; charset=utf-8`,
      'Content-Disposition': attachmentDisposition(result.file.name),
    });
  const json = JSON.stringify(result.body);
  if (c.req.method === 'GET') {
    const etag = entityTag(json);
    c.header('ETag', etag);
    if (listedTags(c.req.header('If-None-Match') ?? '').includes(etag)) return c.body(null, 304);
  }
  return c.body(json, result.status, { 'Content-Type': 'application/json' });
}

/**
 * Serves each operation of the table: reads its path, query and JSON body with its own schemas (a path that does
 * not read is a 404, a query or body that does not, a 422 naming each field), checks the token its access needs,
 * and runs a change once per `Idempotency-Key`.
 */
export function mountOperations(app: Hono, context: AppContext, operations: readonly ApiOperation[]): void {
  for (const operation of operations) {
    app.on(operation.method.toUpperCase(), honoPath(operation.path), async (c) => {
      const actor =
        operation.access === 'public' ? undefined : await tokenActor(c, context, operation.access);
      if (actor instanceof Response) return actor;
      if (actor) c.header('Cache-Control', 'no-store');
      const params = operation.params ? operation.params.safeParse(c.req.param()) : undefined;
      if (params && !params.success) return problem(c, 'not-found');
      const query = operation.query ? operation.query.safeParse(c.req.query()) : undefined;
      if (query && !query.success)
        return problem(c, 'invalid', 'The query is not valid.', {
          errors: fieldErrors(query.error, 'query'),
        });
      let body: unknown;
      let text = '';
      if (operation.body) {
        const read = await readJsonBody(c);
        if (!read.ok) return problem(c, 'unsupported-media-type', read.detail);
        const parsed = operation.body.safeParse(read.value);
        if (!parsed.success)
          return problem(c, 'invalid', 'The body is not valid.', {
            errors: fieldErrors(parsed.error, 'body'),
          });
        body = parsed.data;
        text = read.text;
      }
      const input = { params: params?.data, query: query?.data, body, actor };
      const run = async () =>
        (await unmetPrecondition(c, operations, operation, input)) ??
        answer(c, await operation.handle(input));
      if (operation.access !== 'write' || !actor) return run();
      const eventId = (params?.data as { eventId?: string } | undefined)?.eventId;
      const email = (body as { email?: unknown } | undefined)?.email;
      return runIdempotently(
        c,
        context,
        {
          organisationId: actor.organisationId,
          ...(eventId ? { eventId } : {}),
          body: text,
          addresses: typeof email === 'string' ? [email] : [],
        },
        run,
      );
    });
  }
}
