import type { AuditEntry } from '#shared/domain/audit-entry.ts';
import { auditEntryItem } from '#store/entities/audit-entry.ts';
import { sendTransaction } from '#store/table/send-transaction.ts';
import type { Table } from '#store/table/table.ts';
import type { TransactItem } from '#store/table/transact-item.ts';

/** The write of one entry, to travel in the transaction of the change it records. */
export function auditEntryPut(table: Table, entry: AuditEntry, retentionDays: number): TransactItem {
  return {
    Put: {
      TableName: table.name,
      Item: auditEntryItem(entry, retentionDays),
      ConditionExpression: 'attribute_not_exists(PK)',
    },
  };
}

/** Writes entries on their own, for a change that was not one transaction (a programme saved in several). */
export async function writeAuditEntries(table: Table, puts: TransactItem[]): Promise<void> {
  if (puts.length > 0) await sendTransaction(table, { TransactItems: puts });
}
