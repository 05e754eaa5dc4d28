import type { Context } from 'hono';
import type { AppContext } from '#context/app-context.ts';
import { keepableAnswer, replay } from '#http/idempotent-form.ts';
import { runPostOnce } from '#operations/requests/run-post-once.ts';
import { hashEmail, hashSecret } from '#security/secret-token.ts';
import type { PostedForm } from '#store/entities/idempotency-key.ts';
import { problem } from './problem-details.ts';

/** What a key may look like: a UUID, or anything of that shape and length (the IETF draft leaves it to the server). */
const KEY_SHAPE = /^[A-Za-z0-9_-]{16,64}$/;

/** Where a write's key is kept: with its event, whose purge erases it, or with its organisation before there is one. */
export interface IdempotencyScope {
  organisationId: string;
  eventId?: string;
  /** The body as sent: the same key with another body is refused. */
  body: string;
  /** The addresses the body names, hashed with the kept answer so that erasing the person erases it. */
  addresses: string[];
}

/**
 * Runs a write once per `Idempotency-Key` (draft-ietf-httpapi-idempotency-key-header), through the forms' own
 * mechanism (`runPostOnce`): the first request runs; a retry with the same key and body gets the first answer with
 * `Idempotent-Replayed: true`; the same key with another body is a 422; a retry while the first still runs, a 409.
 * Only answers that stored something (2xx, 3xx) are kept, so a refused request may be corrected and sent again.
 */
export async function runIdempotently(
  c: Context,
  context: AppContext,
  scope: IdempotencyScope,
  run: () => Promise<Response>,
): Promise<Response> {
  const key = c.req.header('Idempotency-Key');
  if (key === undefined) return run();
  if (!KEY_SHAPE.test(key))
    return problem(
      c,
      'invalid',
      'An Idempotency-Key is 16 to 64 letters, digits, "-" or "_", such as a UUID.',
    );
  const keyHash = hashSecret(`${scope.organisationId}\n${c.req.method} ${c.req.path}\n${key}`);
  const form: PostedForm = scope.eventId
    ? { eventId: scope.eventId, keyHash }
    : { organisationId: scope.organisationId, keyHash };
  let response: Response | undefined;
  const outcome = await runPostOnce(
    context,
    form,
    scope.addresses.map(hashEmail),
    async () => {
      response = await run();
      return keepableAnswer(response);
    },
    hashSecret(scope.body),
  );
  switch (outcome.kind) {
    case 'ran':
      return response ?? problem(c, 'idempotency-key-pending');
    case 'answered':
      return replay(outcome.answer);
    case 'pending':
      c.header('Retry-After', '1');
      return problem(c, 'idempotency-key-pending', 'Try again once the first request has been answered.');
    case 'other-request':
      return problem(c, 'idempotency-key-reused', 'Use a new key for a new request.');
  }
}
