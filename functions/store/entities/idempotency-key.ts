import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { checkedRecord, type ItemShape } from '#store/table/checked-record.ts';
import type { Item, ItemKey } from '#store/table/item.ts';
import type { KeyDesign } from '#store/table/key-design.ts';
import { queryAll } from '#store/table/query-all.ts';
import type { Table } from '#store/table/table.ts';
import { eventPartition } from './event.ts';
import { organisationKey } from './organisation.ts';

/**
 * A post of an event's public form, by its idempotency key, and once it has one the answer it got:
 *   PK = EVENT#<id>, SK = IDEMPOTENCY#<sha256(path + key)>; `claimId`, `claimedAt`, `addressHashes`; then `answer`;
 *   `expiresAt`
 * The answer is the page the person saw and may name them, or anyone else the form named. So it lives in the
 * event's partition, where the retention purge erases it with every other item that carries `expiresAt`, and it
 * records the hashed addresses the form was posted with, so that erasing one person erases the answers naming them.
 * An API write that makes an event (no event's partition yet) is kept in its organisation's partition instead:
 *   PK = ORG#<orgId>, SK = IDEMPOTENCY#<sha256(organisation + path + key)>; its answer names no person.
 */
const IDEMPOTENCY_PREFIX = 'IDEMPOTENCY#';
export const idempotencyKey = (form: PostedForm) => ({
  PK: 'eventId' in form ? eventPartition(form.eventId) : organisationKey(form.organisationId).PK,
  SK: `${IDEMPOTENCY_PREFIX}${form.keyHash}`,
});

export const keyDesign: KeyDesign = [
  idempotencyKey({ eventId: '<id>', keyHash: '<sha256(path + key)>' }),
  idempotencyKey({ organisationId: '<orgId>', keyHash: '<sha256(organisation + path + key)>' }),
];

/**
 * Which post: the event whose form it is (or the organisation an API write about no event yet is made for), and the
 * SHA-256 of the form's path and key.
 */
export type PostedForm = { eventId: string; keyHash: string } | { organisationId: string; keyHash: string };

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
  /** The SHA-256 of an API request's body: the same key with another body is refused, not answered. */
  requestHash?: string;
  /** Epoch seconds. */
  expiresAt: number;
}

export function idempotencyItem(form: PostedForm, claim: RequestClaim): Item {
  return { ...idempotencyKey(form), type: 'idempotency', ...claim };
}

const shape: ItemShape<{ claimId: string; answer?: StoredAnswer; requestHash?: string }> = {
  type: 'idempotency',
  required: { claimId: 'string' },
  optional: { answer: 'map', requestHash: 'string' },
};

/** The post's claim as it stands, strongly read: with the answer once it has one. */
export async function getIdempotencyClaim(table: Table, form: PostedForm) {
  const { Item } = await table.doc.send(
    new GetCommand({ TableName: table.name, Key: idempotencyKey(form), ConsistentRead: true }),
  );
  return Item ? checkedRecord(Item, shape) : undefined;
}

/** The keys of the posts of the event's forms that were sent with the address, strongly read. */
export async function answerKeysNaming(
  table: Table,
  eventId: string,
  addressHash: string,
): Promise<ItemKey[]> {
  const items = await queryAll(table, {
    KeyConditionExpression: 'PK = :pk AND begins_with(SK, :idempotency)',
    FilterExpression: 'contains(addressHashes, :addressHash)',
    ExpressionAttributeValues: {
      ':pk': eventPartition(eventId),
      ':idempotency': IDEMPOTENCY_PREFIX,
      ':addressHash': addressHash,
    },
    ProjectionExpression: 'PK, SK',
    ConsistentRead: true,
  });
  return items as ItemKey[];
}
