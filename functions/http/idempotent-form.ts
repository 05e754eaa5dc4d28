import { randomUUID } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import type { AppContext } from '#context/app-context.ts';
import { hashEmail, hashSecret } from '#security/secret-token.ts';
import {
  claimRequest,
  keepAnswer,
  type PostedForm,
  releaseClaim,
  type StoredAnswer,
} from '#store/idempotency-items.ts';
import { postedFields } from './form-body.ts';
import { refuseRequest } from './request-refusal.tsx';

/** The hidden field a form carries its key in (see `IdempotencyKeyField`); a UUID, or anything of that shape. */
export const IDEMPOTENCY_FIELD = 'idempotencyKey';
const KEY_SHAPE = /^[A-Za-z0-9-]{16,64}$/;
/** The address fields of our forms; the member's index bounded, so a hostile post cannot make the item too large. */
const ADDRESS_FIELD = /^(email|leadEmail|members\.\d{1,2}\.email)$/;

const KEEP_SECONDS = 86_400;
/** A claim without an answer after this long belongs to a request that died; a retry may take it over. */
const STALE_AFTER_MS = 60_000;
/** A retry that arrives while the first post still runs waits this long for its answer. */
const WAIT_TRIES = 20;
const WAIT_MS = 250;
/** DynamoDB items stop at 400 KB; an answer larger than this is not kept (no form's outcome page comes close). */
const MAX_KEPT_BODY = 300_000;

/**
 * Makes the post of an event's form (a path with `:eventId`) idempotent by the key its form was rendered with: the
 * first post with a key runs, and a retry (a double click, a browser resending after a lost answer) gets the first
 * post's answer and creates nothing new. Only answers that stored something (2xx, 3xx) are kept; after a refusal or
 * a failure the key is given back, so correcting the form and sending it again runs again. The kept answer may name
 * people: it is kept with the hashes of the form's addresses, for erasure to find.
 */
export function idempotentForm(context: AppContext): MiddlewareHandler {
  return async (c, next) => {
    const fields = (await postedFields(c)) ?? {};
    const key = fields[IDEMPOTENCY_FIELD];
    const eventId = c.req.param('eventId');
    if (key === undefined || !KEY_SHAPE.test(key) || eventId === undefined) return next();
    const form: PostedForm = { eventId, keyHash: hashSecret(`${c.req.path}\n${key}`) };
    const addressHashes = [
      ...new Set(
        Object.entries(fields)
          .filter(([name, value]) => ADDRESS_FIELD.test(name) && value.trim() !== '')
          .map(([, value]) => hashEmail(value)),
      ),
    ];
    const claimId = randomUUID();
    for (let look = 0; look < WAIT_TRIES; look += 1) {
      const now = context.clock();
      const outcome = await claimRequest(
        context.table,
        form,
        {
          claimId,
          claimedAt: now.toISOString(),
          addressHashes,
          expiresAt: Math.floor(now.getTime() / 1000) + KEEP_SECONDS,
        },
        new Date(now.getTime() - STALE_AFTER_MS).toISOString(),
      );
      if (outcome.kind === 'answered') return replay(outcome.answer);
      if (outcome.kind === 'claimed') return runAndKeep(context, c, next, form, claimId);
      if (outcome.kind === 'pending') await new Promise((resolve) => setTimeout(resolve, WAIT_MS));
    }
    return refuseRequest(c, 'pending', 409, 5);
  };
}

async function runAndKeep(
  context: AppContext,
  c: Context,
  next: () => Promise<void>,
  form: PostedForm,
  claimId: string,
): Promise<void> {
  try {
    await next();
  } catch (error) {
    await releaseClaim(context.table, form, claimId);
    throw error;
  }
  const { status, headers } = c.res;
  const body = status >= 200 && status < 400 ? await c.res.clone().text() : undefined;
  if (body === undefined || body.length > MAX_KEPT_BODY) {
    await releaseClaim(context.table, form, claimId);
    return;
  }
  const contentType = headers.get('content-type');
  const location = headers.get('location');
  await keepAnswer(context.table, form, claimId, {
    status,
    body,
    ...(contentType ? { contentType } : {}),
    ...(location ? { location } : {}),
  });
}

function replay(answer: StoredAnswer): Response {
  const headers = new Headers({ 'Idempotent-Replayed': 'true', 'Cache-Control': 'no-store' });
  if (answer.contentType) headers.set('Content-Type', answer.contentType);
  if (answer.location) headers.set('Location', answer.location);
  return new Response(answer.body || null, { status: answer.status, headers });
}
