import type { SentMessage } from '#shared/organiser/sent-message.ts';
import { sentMessageItem } from '#store/entities/sent-message.ts';
import type { Table } from '#store/table/table.ts';
import type { TransactItem } from '#store/table/transact-item.ts';
import { writeWithAudit } from './audited-write.ts';

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
        Item: sentMessageItem(sent, expiresAt),
        ConditionExpression: 'attribute_not_exists(PK)',
      },
    },
    audit,
  );
}
