import type { UndeliverableReason } from '#shared/domain/undeliverable-mark.ts';
import { undeliverableItem } from '#store/entities/undeliverable-address.ts';
import { putIf } from '#store/table/conditional-writes.ts';
import type { Table } from '#store/table/table.ts';

export async function markUndeliverableAddress(
  table: Table,
  address: string,
  reason: UndeliverableReason,
  at: string,
): Promise<void> {
  await putIf(table, {
    Item: undeliverableItem(address, reason, at),
    // Notifications can arrive out of order: an older report never replaces a newer one.
    ConditionExpression: 'attribute_not_exists(PK) OR #at <= :at',
    ExpressionAttributeNames: { '#at': 'at' },
    ExpressionAttributeValues: { ':at': at },
  });
}
