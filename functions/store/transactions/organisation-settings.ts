import type { SellerDetails } from '#shared/domain/invoice-party.ts';
import type { Organisation } from '#shared/domain/organisation.ts';
import { organisationKey } from '#store/entities/organisation.ts';
import { sendTransaction } from '#store/table/send-transaction.ts';
import type { Table } from '#store/table/table.ts';
import type { TransactItem } from '#store/table/transact-item.ts';

export type OrganisationSettings = Pick<
  Organisation,
  'retentionDays' | 'auditRetentionDays' | 'senderName' | 'replyTo'
>;

/** The write of an organisation's settings; an unset sender name or reply-to is removed, not stored empty. */
function organisationSettingsUpdate(
  table: Table,
  organisationId: string,
  settings: OrganisationSettings,
): TransactItem {
  const set = ['retentionDays = :retentionDays'];
  const remove: string[] = [];
  const values: Record<string, unknown> = { ':retentionDays': settings.retentionDays };
  for (const name of ['auditRetentionDays', 'senderName', 'replyTo'] as const) {
    const value = settings[name];
    if (value) {
      set.push(`${name} = :${name}`);
      values[`:${name}`] = value;
    } else remove.push(name);
  }
  return {
    Update: {
      TableName: table.name,
      Key: organisationKey(organisationId),
      UpdateExpression: `SET ${set.join(', ')}${remove.length > 0 ? ` REMOVE ${remove.join(', ')}` : ''}`,
      ConditionExpression: 'attribute_exists(PK)',
      ExpressionAttributeValues: values,
    },
  };
}

/** Saves an organisation's settings with the audit entries that record it, in one transaction. */
export async function saveOrganisationSettings(
  table: Table,
  organisationId: string,
  settings: OrganisationSettings,
  audit: TransactItem[],
): Promise<void> {
  await sendTransaction(table, {
    TransactItems: [organisationSettingsUpdate(table, organisationId, settings), ...audit],
  });
}

/** Saves (or, given none, removes) the organisation's seller details with their audit entries, in one transaction. */
export async function saveSellerDetails(
  table: Table,
  organisationId: string,
  seller: SellerDetails | undefined,
  audit: TransactItem[],
): Promise<void> {
  await sendTransaction(table, {
    TransactItems: [
      {
        Update: {
          TableName: table.name,
          Key: organisationKey(organisationId),
          UpdateExpression: seller ? 'SET seller = :seller' : 'REMOVE seller',
          ConditionExpression: 'attribute_exists(PK)',
          ...(seller ? { ExpressionAttributeValues: { ':seller': seller } } : {}),
        },
      },
      ...audit,
    ],
  });
}
