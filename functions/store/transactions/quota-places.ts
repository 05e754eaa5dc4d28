import { quotaKey } from '#store/entities/quota.ts';
import type { Table } from '#store/table/table.ts';

/** An organisation's places of its quota (`entities/quota.ts`), taken and given back beside the seats they hold. */

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
