import type { SentMessage } from '#shared/organiser/sent-message.ts';
import { writeWithAudit } from '#store/transactions/audited-write.ts';
import { recordOf } from './table/item.ts';
import { queryAll } from './table/query-all.ts';
import type { Table } from './table/table.ts';
import type { TransactItem } from './table/transact-item.ts';

/**
 * Kept in the event's partition, beside the registrations:
 *   PK = EVENT#<eventId>, SK = SENT#<messageId>
 * The message id comes from the preview the organiser confirmed, so sending the same preview twice finds the record
 * there already. It names the organiser, so it expires with the organisation's retention period (`expiresAt`).
 */
const sentMessageKey = (eventId: string, id: string) => ({ PK: `EVENT#${eventId}`, SK: `SENT#${id}` });

/** Records a sent message with its audit entries; false when it was recorded already (the same preview sent again). */
export function recordSentMessage(
  table: Table,
  sent: SentMessage,
  expiresAt: number,
  audit: TransactItem[],
): Promise<boolean> {
  return writeWithAudit(
    table,
    {
      Put: {
        TableName: table.name,
        Item: { ...sentMessageKey(sent.eventId, sent.id), type: 'sent-message', ...sent, expiresAt },
        ConditionExpression: 'attribute_not_exists(PK)',
      },
    },
    audit,
  );
}

/** The messages sent to an event's participants, the latest first. */
export async function listSentMessages(table: Table, eventId: string): Promise<SentMessage[]> {
  const items = await queryAll(table, {
    KeyConditionExpression: 'PK = :pk AND begins_with(SK, :sent)',
    ExpressionAttributeValues: { ':pk': `EVENT#${eventId}`, ':sent': 'SENT#' },
    ConsistentRead: true,
  });
  return items
    .map((item) => recordOf<SentMessage>(item))
    .sort((a, b) => Date.parse(b.sentAt) - Date.parse(a.sentAt));
}
