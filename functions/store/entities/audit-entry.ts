import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { AuditEntry } from '#shared/domain/audit-entry.ts';
import { checkedRecord, type ItemShape } from '#store/table/checked-record.ts';
import type { Item } from '#store/table/item.ts';
import type { KeyDesign } from '#store/table/key-design.ts';
import type { Table } from '#store/table/table.ts';

/**
 * An organisation's audit trail, newest last in its partition:
 *   PK = AUDIT#<orgId>, SK = <at>#<id>   who did what to which thing, and when
 * An entry names people, so it carries `expiresAt`: the organisation's retention period after it was written.
 */
const auditPartition = (organisationId: string) => `AUDIT#${organisationId}`;
export const auditEntryKey = (organisationId: string, at: string, id: string) => ({
  PK: auditPartition(organisationId),
  SK: `${at}#${id}`,
});
const PAGE_SIZE = 100;

export const keyDesign: KeyDesign = [auditEntryKey('<orgId>', '<at>', '<uuid>')];

export function auditEntryItem(entry: AuditEntry, retentionDays: number): Item {
  return {
    ...auditEntryKey(entry.organisationId, entry.at, entry.id),
    type: 'audit',
    ...entry,
    expiresAt: Math.floor(Date.parse(entry.at) / 1000) + retentionDays * 86_400,
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
