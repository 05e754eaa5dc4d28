import type { AuditEntry } from '#shared/domain/audit-entry.ts';
import { auditEntryItem, auditExpiresAt } from '#store/entities/audit-entry.ts';
import { auditReferenceItem } from '#store/entities/audit-reference.ts';
import type { Table } from '#store/table/table.ts';
import type { TransactItem } from '#store/table/transact-item.ts';

/**
 * The writes of one entry, to travel in the transaction of the change it records. An entry that names a participant
 * (`registration`) brings the reference that finds it when the person is erased, so the two never part.
 */
export function auditEntryPuts(
  table: Table,
  entry: AuditEntry,
  retentionDays: number,
  registration?: { eventId: string; id: string },
): TransactItem[] {
  const references = registration
    ? [
        auditReferenceItem(
          {
            eventId: registration.eventId,
            registrationId: registration.id,
            organisationId: entry.organisationId,
            at: entry.at,
            entryId: entry.id,
          },
          auditExpiresAt(entry.at, retentionDays),
        ),
      ]
    : [];
  return [auditEntryItem(entry, retentionDays), ...references].map((Item) => ({
    Put: { TableName: table.name, Item, ConditionExpression: 'attribute_not_exists(PK)' },
  }));
}
