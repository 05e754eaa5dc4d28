import { RATE_COUNTER_TYPE, rateCounterKey } from '#store/entities/rate-limit-counter.ts';
import { updateIf } from '#store/table/conditional-writes.ts';
import type { Table } from '#store/table/table.ts';

/** One counter (`entities/rate-limit-counter.ts`) and the limit of its window. */
export interface RateCounter {
  scope: string;
  subjectHash: string;
  window: number;
  limit: number;
  /** Epoch seconds; DynamoDB's TTL erases the counter. */
  expiresAt: number;
}

/**
 * Counts one request, unless the window's limit is reached: false then, and nothing is counted. One conditional
 * update, so instances counting at once never let more than `limit` through.
 */
export async function countRequest(table: Table, counter: RateCounter): Promise<boolean> {
  return updateIf(table, {
    Key: rateCounterKey(counter.scope, counter.subjectHash, counter.window),
    UpdateExpression: 'ADD hits :one SET #type = :type, expiresAt = :expiresAt',
    ConditionExpression: 'attribute_not_exists(hits) OR hits < :limit',
    ExpressionAttributeNames: { '#type': 'type' },
    ExpressionAttributeValues: {
      ':one': 1,
      ':limit': counter.limit,
      ':type': RATE_COUNTER_TYPE,
      ':expiresAt': counter.expiresAt,
    },
  });
}
