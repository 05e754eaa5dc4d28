import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { deleteItems } from './table/delete-items.ts';
import type { ItemKey } from './table/item.ts';
import { queryAll } from './table/query-all.ts';
import type { Table } from './table/table.ts';

/**
 * A post of an event's public form, by its idempotency key, and once it has one the answer it got:
 *   PK = EVENT#<id>, SK = IDEMPOTENCY#<sha256(path + key)>; `claimId`, `claimedAt`, `addressHashes`; then `answer`;
 *   `expiresAt`
 * The answer is the page the person saw and may name them, or anyone else the form named. So it lives in the
 * event's partition, where the retention purge erases it with every other item that carries `expiresAt`, and it
 * records the hashed addresses the form was posted with, so that erasing one person erases the answers naming them.
 */
const idempotencyKey = ({ eventId, keyHash }: PostedForm) => ({
  PK: `EVENT#${eventId}`,
  SK: `IDEMPOTENCY#${keyHash}`,
});

/** Which post: the event whose form it is, and the SHA-256 of the form's path and key. */
export interface PostedForm {
  eventId: string;
  keyHash: string;
}

export interface StoredAnswer {
  status: number;
  body: string;
  contentType?: string;
  location?: string;
}

export interface RequestClaim {
  claimId: string;
  claimedAt: string;
  /** `hashEmail` of every address the form was posted with. */
  addressHashes: string[];
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
  form: PostedForm,
  claim: RequestClaim,
  staleBefore: string,
): Promise<ClaimOutcome> {
  try {
    await table.doc.send(
      new PutCommand({
        TableName: table.name,
        Item: { ...idempotencyKey(form), type: 'idempotency', ...claim },
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
    new GetCommand({ TableName: table.name, Key: idempotencyKey(form), ConsistentRead: true }),
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
  form: PostedForm,
  claimId: string,
  answer: StoredAnswer,
): Promise<void> {
  try {
    await table.doc.send(
      new UpdateCommand({
        TableName: table.name,
        Key: idempotencyKey(form),
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
export async function releaseClaim(table: Table, form: PostedForm, claimId: string): Promise<void> {
  try {
    await table.doc.send(
      new DeleteCommand({
        TableName: table.name,
        Key: idempotencyKey(form),
        ConditionExpression: 'claimId = :claimId',
        ExpressionAttributeValues: { ':claimId': claimId },
      }),
    );
  } catch (error) {
    if (!(error instanceof ConditionalCheckFailedException)) throw error;
  }
}

/**
 * Erases the posts of the event's forms that were sent with the address, answered or still running: a request still
 * running then finds its claim gone and keeps no answer. Returns how many went.
 */
export async function eraseAnswersNaming(
  table: Table,
  eventId: string,
  addressHash: string,
): Promise<number> {
  const items = await queryAll(table, {
    KeyConditionExpression: 'PK = :pk AND begins_with(SK, :idempotency)',
    FilterExpression: 'contains(addressHashes, :addressHash)',
    ExpressionAttributeValues: {
      ':pk': `EVENT#${eventId}`,
      ':idempotency': 'IDEMPOTENCY#',
      ':addressHash': addressHash,
    },
    ProjectionExpression: 'PK, SK',
    ConsistentRead: true,
  });
  await deleteItems(table, items as ItemKey[]);
  return items.length;
}
