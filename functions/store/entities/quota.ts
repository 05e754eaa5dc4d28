import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { QuotaCount } from '#shared/delegation/quota.ts';
import { checkedRecord, type ItemShape } from '#store/table/checked-record.ts';
import type { Item } from '#store/table/item.ts';
import type { KeyDesign } from '#store/table/key-design.ts';
import { queryAll } from '#store/table/query-all.ts';
import type { Table } from '#store/table/table.ts';
import { eventPartition } from './event.ts';

/**
 * The places an organisation has taken of its quota, counted beside the event's seats:
 *   PK = EVENT#<eventId>, SK = QUOTA#<organisation key>   `taken`, and `organisation` as the event names it
 * Delegations take and give back places in the same transaction as the seats they hold.
 */
const QUOTA_PREFIX = 'QUOTA#';
export const quotaKey = (eventId: string, organisationKey: string) => ({
  PK: eventPartition(eventId),
  SK: `${QUOTA_PREFIX}${organisationKey}`,
});

export const keyDesign: KeyDesign = [quotaKey('<id>', '<organisation key>')];

/** The counter is made and changed by updates alone, which give it no type. */
const shape: ItemShape<QuotaCount> = {
  type: null,
  required: { organisation: 'string' },
  optional: { taken: 'number' },
};
const quotaCountOf = (item: Item): QuotaCount => {
  const { organisation, taken } = checkedRecord(item, shape);
  return { organisation, taken: taken ?? 0 };
};

export async function listQuotaCounts(table: Table, eventId: string): Promise<QuotaCount[]> {
  const items = await queryAll(table, {
    KeyConditionExpression: 'PK = :pk AND begins_with(SK, :quota)',
    ExpressionAttributeValues: { ':pk': eventPartition(eventId), ':quota': QUOTA_PREFIX },
    ConsistentRead: true,
  });
  return items.map(quotaCountOf);
}

export async function quotaTaken(table: Table, eventId: string, organisationKey: string): Promise<number> {
  const { Item } = await table.doc.send(
    new GetCommand({ TableName: table.name, Key: quotaKey(eventId, organisationKey), ConsistentRead: true }),
  );
  return Item ? quotaCountOf(Item).taken : 0;
}
