import { randomUUID } from 'node:crypto';
import type { AppContext } from '#context/app-context.ts';
import type { PostedForm, StoredAnswer } from '#store/entities/idempotency-key.ts';
import { claimRequest, keepAnswer, releaseClaim } from '#store/transactions/idempotency-claims.ts';

const KEEP_SECONDS = 86_400;
/** A claim without an answer after this long belongs to a request that died; a retry may take it over. */
const STALE_AFTER_MS = 60_000;
/** A retry that arrives while the first post still runs waits this long for its answer. */
const WAIT_TRIES = 20;
const WAIT_MS = 250;

export type PostOnceOutcome =
  | { kind: 'ran' }
  | { kind: 'answered'; answer: StoredAnswer }
  | { kind: 'pending' }
  | { kind: 'other-request' };

/**
 * Runs the post of a form once per key: the first post claims the key and runs; a retry gets the first post's kept
 * answer, or waits a while for it. `run` returns the answer to keep, or undefined to give the key back (a refusal, a
 * failure: correcting the form and sending it again runs again). The kept answer may name people: it is kept with
 * the hashes of the form's addresses (`addressHashes`), for erasure to find. A request given with `requestHash` (an
 * API call's body) is `other-request` when the key was claimed with another: a key names one request, not a slot.
 */
export async function runPostOnce(
  context: AppContext,
  form: PostedForm,
  addressHashes: string[],
  run: () => Promise<StoredAnswer | undefined>,
  requestHash?: string,
): Promise<PostOnceOutcome> {
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
        ...(requestHash === undefined ? {} : { requestHash }),
        expiresAt: Math.floor(now.getTime() / 1000) + KEEP_SECONDS,
      },
      new Date(now.getTime() - STALE_AFTER_MS).toISOString(),
    );
    if ((outcome.kind === 'answered' || outcome.kind === 'pending') && outcome.requestHash !== requestHash)
      return { kind: 'other-request' };
    if (outcome.kind === 'answered') return { kind: 'answered', answer: outcome.answer };
    if (outcome.kind === 'claimed') {
      await runAndKeep(context, form, claimId, run);
      return { kind: 'ran' };
    }
    if (outcome.kind === 'pending') await new Promise((resolve) => setTimeout(resolve, WAIT_MS));
  }
  return { kind: 'pending' };
}

async function runAndKeep(
  context: AppContext,
  form: PostedForm,
  claimId: string,
  run: () => Promise<StoredAnswer | undefined>,
): Promise<void> {
  let answer: StoredAnswer | undefined;
  try {
    answer = await run();
  } catch (error) {
    await releaseClaim(context.table, form, claimId);
    throw error;
  }
  if (answer) await keepAnswer(context.table, form, claimId, answer);
  else await releaseClaim(context.table, form, claimId);
}
