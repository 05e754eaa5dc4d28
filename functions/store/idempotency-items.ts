import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Table } from './table.ts';

/**
 * A form post's idempotency key and, once it has one, the answer it got:
 *   PK = IDEMPOTENCY#<sha256(path + key)>, SK = IDEMPOTENCY; `claimId`, `claimedAt`; then `answer`; `expiresAt`
 * The answer is the page the person saw (it may name them), so it expires with the key, a day after the post.
 */
const idempotencyKey = (keyHash: string) => ({ PK: `IDEMPOTENCY#${keyHash}`, SK: 'IDEMPOTENCY' });

export interface StoredAnswer {
  status: number;
  body: string;
  contentType?: string;
  location?: string;
}

export interface RequestClaim {
  claimId: string;
  claimedAt: string;
  /** Epoch seconds. */
  expiresAt: number;
}

export type ClaimOutcome =
  | { kind: 'claimed' }
  | { kind: 'answered'; answer: StoredAnswer }
  | { kind: 'pending' }
  | { kind: 'released' };

/**
 * Claims a key for the request about to run: `claimed` when it is new, or when an earlier claim holds no answer and
 * is older than `staleBefore` (that request died on the way); otherwise what the earlier request left.
 */
export async function claimRequest(
  table: Table,
  keyHash: string,
  claim: RequestClaim,
  staleBefore: string,
): Promise<ClaimOutcome> {
  try {
    await table.doc.send(
      new PutCommand({
        TableName: table.name,
        Item: { ...idempotencyKey(keyHash), type: 'idempotency', ...claim },
        ConditionExpression:
          'attribute_not_exists(PK) OR (attribute_not_exists(answer) AND claimedAt < :stale)',
        ExpressionAttributeValues: { ':stale': staleBefore },
      }),
    );
    return { kind: 'claimed' };
  } catch (error) {
    if (!(error instanceof ConditionalCheckFailedException)) throw error;
  }
  const { Item } = await table.doc.send(
    new GetCommand({ TableName: table.name, Key: idempotencyKey(keyHash), ConsistentRead: true }),
  );
  if (!Item) return { kind: 'released' };
  return Item.answer ? { kind: 'answered', answer: Item.answer as StoredAnswer } : { kind: 'pending' };
}

/**
 * Keeps the answer of the request holding the claim, for its retries to get. A claim taken over meanwhile (this
 * request was thought dead) keeps the other request's answer: its retries then see that one.
 */
export async function keepAnswer(
  table: Table,
  keyHash: string,
  claimId: string,
  answer: StoredAnswer,
): Promise<void> {
  try {
    await table.doc.send(
      new UpdateCommand({
        TableName: table.name,
        Key: idempotencyKey(keyHash),
        UpdateExpression: 'SET answer = :answer',
        ConditionExpression: 'claimId = :claimId',
        ExpressionAttributeValues: { ':answer': answer, ':claimId': claimId },
      }),
    );
  } catch (error) {
    if (!(error instanceof ConditionalCheckFailedException)) throw error;
  }
}

/** Gives the key back when the request stored nothing, so a retry runs afresh; another's claim stays. */
export async function releaseClaim(table: Table, keyHash: string, claimId: string): Promise<void> {
  try {
    await table.doc.send(
      new DeleteCommand({
        TableName: table.name,
        Key: idempotencyKey(keyHash),
        ConditionExpression: 'claimId = :claimId',
        ExpressionAttributeValues: { ':claimId': claimId },
      }),
    );
  } catch (error) {
    if (!(error instanceof ConditionalCheckFailedException)) throw error;
  }
}
