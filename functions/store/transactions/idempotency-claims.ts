import {
  getIdempotencyClaim,
  idempotencyItem,
  idempotencyKey,
  type PostedForm,
  type RequestClaim,
  type StoredAnswer,
} from '#store/entities/idempotency-key.ts';
import { deleteIf, putIf, updateIf } from '#store/table/conditional-writes.ts';
import type { Table } from '#store/table/table.ts';

export type ClaimOutcome =
  | { kind: 'claimed' }
  | { kind: 'answered'; answer: StoredAnswer; requestHash?: string }
  | { kind: 'pending'; requestHash?: string }
  | { kind: 'released' };

/**
 * Claims a key for the request about to run: `claimed` when it is new, or when an earlier claim holds no answer and
 * is older than `staleBefore` (that request died on the way); otherwise what the earlier request left.
 */
export async function claimRequest(
  table: Table,
  form: PostedForm,
  claim: RequestClaim,
  staleBefore: string,
): Promise<ClaimOutcome> {
  const claimed = await putIf(table, {
    Item: idempotencyItem(form, claim),
    ConditionExpression: 'attribute_not_exists(PK) OR (attribute_not_exists(answer) AND claimedAt < :stale)',
    ExpressionAttributeValues: { ':stale': staleBefore },
  });
  if (claimed) return { kind: 'claimed' };
  const earlier = await getIdempotencyClaim(table, form);
  if (!earlier) return { kind: 'released' };
  const { answer, requestHash } = earlier;
  const request = requestHash === undefined ? {} : { requestHash };
  return answer ? { kind: 'answered', answer, ...request } : { kind: 'pending', ...request };
}

/**
 * Keeps the answer of the request holding the claim, for its retries to get. A claim taken over meanwhile (this
 * request was thought dead) keeps the other request's answer: its retries then see that one.
 */
export async function keepAnswer(
  table: Table,
  form: PostedForm,
  claimId: string,
  answer: StoredAnswer,
): Promise<void> {
  await updateIf(table, {
    Key: idempotencyKey(form),
    UpdateExpression: 'SET answer = :answer',
    ConditionExpression: 'claimId = :claimId',
    ExpressionAttributeValues: { ':answer': answer, ':claimId': claimId },
  });
}

/** Gives the key back when the request stored nothing, so a retry runs afresh; another's claim stays. */
export async function releaseClaim(table: Table, form: PostedForm, claimId: string): Promise<void> {
  await deleteIf(table, {
    Key: idempotencyKey(form),
    ConditionExpression: 'claimId = :claimId',
    ExpressionAttributeValues: { ':claimId': claimId },
  });
}
