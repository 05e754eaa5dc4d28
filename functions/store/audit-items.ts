import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { AuditEntry } from '#shared/domain/audit-entry.ts';
import { recordOf } from './table/item.ts';
import { sendTransaction } from './table/send-transaction.ts';
import type { Table } from './table/table.ts';
import type { TransactItem } from './table/transact-item.ts';

/**
 * An organisation's audit trail, newest last in its partition:
 *   PK = AUDIT#<orgId>, SK = <at>#<id>   who did what to which thing, and when
 * An entry names people, so it carries `expiresAt`: the organisation's retention period after it was written.
 */
const auditPartition = (organisationId: string) => `AUDIT#${organisationId}`;
const PAGE_SIZE = 100;

/** The write of one entry, to travel in the transaction of the change it records. */
export function auditEntryPut(table: Table, entry: AuditEntry, retentionDays: number): TransactItem {
  return {
    Put: {
      TableName: table.name,
      Item: {
        PK: auditPartition(entry.organisationId),
        SK: `${entry.at}#${entry.id}`,
        type: 'audit',
        ...entry,
        expiresAt: Math.floor(Date.parse(entry.at) / 1000) + retentionDays * 86_400,
      },
      ConditionExpression: 'attribute_not_exists(PK)',
    },
  };
}

/** Writes entries on their own, for a change that was not one transaction (a programme saved in several). */
export async function writeAuditEntries(table: Table, puts: TransactItem[]): Promise<void> {
  if (puts.length > 0) await sendTransaction(table, { TransactItems: puts });
}

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
    entries: Items.map((item) => recordOf<AuditEntry>(item)),
    ...(LastEvaluatedKey && last ? { olderCursor: String(last.SK) } : {}),
  };
}
