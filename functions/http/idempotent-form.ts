import type { MiddlewareHandler } from 'hono';
import type { AppContext } from '#context/app-context.ts';
import { runPostOnce } from '#operations/requests/run-post-once.ts';
import { hashEmail, hashSecret } from '#security/secret-token.ts';
import type { PostedForm, StoredAnswer } from '#store/entities/idempotency-key.ts';
import { postedFields } from './form-body.ts';
import { refuseRequest } from './request-refusal.tsx';

/** The hidden field a form carries its key in (see `IdempotencyKeyField`); a UUID, or anything of that shape. */
export const IDEMPOTENCY_FIELD = 'idempotencyKey';
const KEY_SHAPE = /^[A-Za-z0-9-]{16,64}$/;
/** The address fields of our forms; the member's index bounded, so a hostile post cannot make the item too large. */
const ADDRESS_FIELD = /^(email|leadEmail|members\.\d{1,2}\.email)$/;

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
    const outcome = await runPostOnce(context, form, addressHashes, async () => {
      await next();
      return keepableAnswer(c.res);
    });
    if (outcome.kind === 'answered') return replay(outcome.answer);
    if (outcome.kind === 'pending') return refuseRequest(c, 'pending', 409, 5);
  };
}

/** Only answers that stored something (2xx, 3xx) are kept, and none too large for an item. */
export async function keepableAnswer(response: Response): Promise<StoredAnswer | undefined> {
  const { status, headers } = response;
  const body = status >= 200 && status < 400 ? await response.clone().text() : undefined;
  if (body === undefined || body.length > MAX_KEPT_BODY) return undefined;
  const contentType = headers.get('content-type');
  const location = headers.get('location');
  return {
    status,
    body,
    ...(contentType ? { contentType } : {}),
    ...(location ? { location } : {}),
  };
}

export function replay(answer: StoredAnswer): Response {
  const headers = new Headers({ 'Idempotent-Replayed': 'true', 'Cache-Control': 'no-store' });
  if (answer.contentType) headers.set('Content-Type', answer.contentType);
  if (answer.location) headers.set('Location', answer.location);
  return new Response(answer.body || null, { status: answer.status, headers });
}
