import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { QuotaCount } from '#shared/delegation/quota.ts';
import { queryAll } from './table/query-all.ts';
import type { Table } from './table/table.ts';

/**
 * The places an organisation has taken of its quota, counted beside the event's seats:
 *   PK = EVENT#<eventId>, SK = QUOTA#<organisation key>   `taken`, and `organisation` as the event names it
 * Delegations take and give back places in the same transaction as the seats they hold.
 */
export const quotaKey = (eventId: string, organisationKey: string) => ({
  PK: `EVENT#${eventId}`,
  SK: `QUOTA#${organisationKey}`,
});

/**
 * A transaction element taking `count` places, on the condition that the organisation stays within `max`.
 * DynamoDB has no arithmetic in conditions, so the bound is passed as max − count; callers never pass count > max.
 */
export function takeQuotaItem(
  table: Table,
  eventId: string,
  quota: { organisation: string; key: string; max: number },
  count: number,
) {
  return {
    Update: {
      TableName: table.name,
      Key: quotaKey(eventId, quota.key),
      UpdateExpression: 'SET organisation = if_not_exists(organisation, :organisation) ADD taken :count',
      ConditionExpression: 'attribute_not_exists(taken) OR taken <= :limit',
      ExpressionAttributeValues: {
        ':organisation': quota.organisation,
        ':count': count,
        ':limit': quota.max - count,
      },
    },
  };
}

/** A transaction element giving one place back, as a member's seat is given up. */
export function releaseQuotaItem(table: Table, eventId: string, organisationKey: string) {
  return {
    Update: {
      TableName: table.name,
      Key: quotaKey(eventId, organisationKey),
      UpdateExpression: 'ADD taken :minusOne',
      ConditionExpression: 'taken > :zero',
      ExpressionAttributeValues: { ':minusOne': -1, ':zero': 0 },
    },
  };
}

export async function listQuotaCounts(table: Table, eventId: string): Promise<QuotaCount[]> {
  const items = await queryAll(table, {
    KeyConditionExpression: 'PK = :pk AND begins_with(SK, :quota)',
    ExpressionAttributeValues: { ':pk': `EVENT#${eventId}`, ':quota': 'QUOTA#' },
    ConsistentRead: true,
  });
  return items.map((item) => ({ organisation: String(item.organisation), taken: Number(item.taken ?? 0) }));
}

export async function quotaTaken(table: Table, eventId: string, organisationKey: string): Promise<number> {
  const { Item } = await table.doc.send(
    new GetCommand({ TableName: table.name, Key: quotaKey(eventId, organisationKey), ConsistentRead: true }),
  );
  return Number(Item?.taken ?? 0);
}
