import type { AuditEntry } from '#shared/domain/audit-entry.ts';
import { auditEntryItem } from '#store/entities/audit-entry.ts';
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
