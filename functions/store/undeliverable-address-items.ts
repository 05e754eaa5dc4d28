import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { BatchGetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { hashEmail } from '#security/secret-token.ts';
import type { UndeliverableMark, UndeliverableReason } from '#shared/domain/undeliverable-mark.ts';
import type { Table } from './table/table.ts';

/**
 * An address that the mail service reported as bouncing, or whose owner marked our mail as spam:
 *   PK = UNDELIVERABLE#<sha256(address)>, SK = UNDELIVERABLE
 * Only the hash is stored, so the mark finds the address again without holding it. The latest report wins.
 */
export type { UndeliverableMark, UndeliverableReason };

const undeliverableKey = (address: string) => ({
  PK: `UNDELIVERABLE#${hashEmail(address)}`,
  SK: 'UNDELIVERABLE',
});
/** A mark is about a person's address: it lasts a year after the last report, long enough for the next events. */
const MARK_RETENTION_DAYS = 365;
/** BatchGetItem reads at most this many keys at once. */
const BATCH_GET_LIMIT = 100;

export async function markUndeliverableAddress(
  table: Table,
  address: string,
  reason: UndeliverableReason,
  at: string,
): Promise<void> {
  try {
    await table.doc.send(
      new PutCommand({
        TableName: table.name,
        Item: {
          ...undeliverableKey(address),
          type: 'undeliverable',
          reason,
          at,
          expiresAt: Math.floor(Date.parse(at) / 1000) + MARK_RETENTION_DAYS * 86_400,
        },
        // Notifications can arrive out of order: an older report never replaces a newer one.
        ConditionExpression: 'attribute_not_exists(PK) OR #at <= :at',
        ExpressionAttributeNames: { '#at': 'at' },
        ExpressionAttributeValues: { ':at': at },
      }),
    );
  } catch (error) {
    if (!(error instanceof ConditionalCheckFailedException)) throw error;
  }
}

/** The marks on any of `addresses`, by the address as given; addresses without a mark are absent. */
export async function undeliverableAddresses(
  table: Table,
  addresses: string[],
): Promise<Map<string, UndeliverableMark>> {
  const byKey = new Map(addresses.map((address) => [undeliverableKey(address).PK, address]));
  const keys = [...byKey.keys()].map((PK) => ({ PK, SK: 'UNDELIVERABLE' }));
  const marks = new Map<string, UndeliverableMark>();
  for (let start = 0; start < keys.length; start += BATCH_GET_LIMIT) {
    let request: Record<string, { Keys: Record<string, unknown>[] }> | undefined = {
      [table.name]: { Keys: keys.slice(start, start + BATCH_GET_LIMIT) },
    };
    while (request && Object.keys(request).length > 0) {
      const result = await table.doc.send(new BatchGetCommand({ RequestItems: request }));
      for (const item of result.Responses?.[table.name] ?? []) {
        const address = byKey.get(String(item.PK));
        if (address) marks.set(address, { reason: item.reason as UndeliverableReason, at: String(item.at) });
      }
      request = result.UnprocessedKeys as typeof request;
    }
  }
  return marks;
}
