import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { AuditEntry } from '#shared/domain/audit-entry.ts';
import { checkedRecord, type ItemShape } from '#store/table/checked-record.ts';
import type { Item } from '#store/table/item.ts';
import type { KeyDesign } from '#store/table/key-design.ts';
import type { Table } from '#store/table/table.ts';

/**
 * An organisation's audit trail, newest last in its partition:
 *   PK = AUDIT#<orgId>, SK = <at>#<id>   who did what to which thing, and when
 * It carries `expiresAt`: the organisation's audit retention after it was written, which may be longer than personal
 * data is kept. An entry naming a participant is found through its `audit-reference.ts` item when they are erased.
 */
const auditPartition = (organisationId: string) => `AUDIT#${organisationId}`;
export const auditEntryKey = (organisationId: string, at: string, id: string) => ({
  PK: auditPartition(organisationId),
  SK: `${at}#${id}`,
});
const PAGE_SIZE = 100;

export const keyDesign: KeyDesign = [auditEntryKey('<orgId>', '<at>', '<uuid>')];

/** When (epoch seconds, for the TTL) an entry written at `at` goes, `retentionDays` later. */
export const auditExpiresAt = (at: string, retentionDays: number) =>
  Math.floor(Date.parse(at) / 1000) + retentionDays * 86_400;

export function auditEntryItem(entry: AuditEntry, retentionDays: number): Item {
  return {
    ...auditEntryKey(entry.organisationId, entry.at, entry.id),
    type: 'audit',
    ...entry,
    expiresAt: auditExpiresAt(entry.at, retentionDays),
  };
}

const shape: ItemShape<AuditEntry> = {
  type: 'audit',
  required: {
    id: 'string',
    organisationId: 'string',
    at: 'string',
    actor: 'map',
    action: 'string',
    target: 'map',
  },
  optional: { detail: 'string' },
};
const auditEntryOf = (item: Item) => checkedRecord(item, shape);

/** A page of the trail, newest first; `before` (an entry's `cursor`) continues with older ones. */
export async function listAuditEntries(
  table: Table,
  organisationId: string,
  before?: string,
): Promise<{ entries: AuditEntry[]; olderCursor?: string }> {
  const { Items = [], LastEvaluatedKey } = await table.doc.send(
    new QueryCommand({
      TableName: table.name,
      KeyConditionExpression: before ? 'PK = :pk AND SK < :before' : 'PK = :pk',
      ExpressionAttributeValues: {
        ':pk': auditPartition(organisationId),
        ...(before ? { ':before': before } : {}),
      },
      ScanIndexForward: false,
      Limit: PAGE_SIZE,
    }),
  );
  const last = Items.at(-1);
  return {
    entries: Items.map(auditEntryOf),
    ...(LastEvaluatedKey && last ? { olderCursor: String(last.SK) } : {}),
  };
}
