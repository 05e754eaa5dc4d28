import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Organisation } from '#shared/domain/organisation.ts';
import { recordOf } from './table/item.ts';
import { queryAll } from './table/query-all.ts';
import type { Table } from './table/table.ts';
import { TABLE_LAYOUT } from './table/table-layout.ts';
import type { TransactItem } from './table/transact-item.ts';

/**
 * PK = ORG#<id>, SK = #ORG: the tenant, with its settings (retention period, sender name, reply-to address).
 * GSI1PK = ORGANISATIONS, GSI1SK = <id> lists every tenant (to choose co-organisers among).
 * Its people are membership items in their own partitions (`organiser-items.ts`), listed through GSI1.
 */
const organisationKey = (id: string) => ({ PK: `ORG#${id}`, SK: '#ORG' });
const ORGANISATION_LIST = 'ORGANISATIONS';
const organisationItem = (organisation: Organisation) => ({
  ...organisationKey(organisation.id),
  GSI1PK: ORGANISATION_LIST,
  GSI1SK: organisation.id,
  type: 'organisation',
  ...organisation,
});

export async function putOrganisation(table: Table, organisation: Organisation): Promise<void> {
  await table.doc.send(
    new PutCommand({
      TableName: table.name,
      Item: organisationItem(organisation),
    }),
  );
}

/**
 * Stores an organisation unless it is there already, so a restart keeps what its admins have set since; one stored
 * before organisations were listed gets its place on the list (GSI1) and nothing else.
 */
export async function addOrganisationIfAbsent(table: Table, organisation: Organisation): Promise<void> {
  try {
    await table.doc.send(
      new PutCommand({
        TableName: table.name,
        Item: organisationItem(organisation),
        ConditionExpression: 'attribute_not_exists(PK)',
      }),
    );
  } catch (error) {
    if (!(error instanceof ConditionalCheckFailedException)) throw error;
    await table.doc.send(
      new UpdateCommand({
        TableName: table.name,
        Key: organisationKey(organisation.id),
        UpdateExpression: 'SET GSI1PK = :list, GSI1SK = :id',
        ExpressionAttributeValues: { ':list': ORGANISATION_LIST, ':id': organisation.id },
      }),
    );
  }
}

export async function getOrganisation(table: Table, id: string): Promise<Organisation | undefined> {
  const { Item } = await table.doc.send(new GetCommand({ TableName: table.name, Key: organisationKey(id) }));
  return Item ? recordOf<Organisation>(Item) : undefined;
}

/** Every organisation on the platform. */
export async function listOrganisations(table: Table): Promise<Organisation[]> {
  const items = await queryAll(table, {
    IndexName: TABLE_LAYOUT.gsi1.name,
    KeyConditionExpression: 'GSI1PK = :list',
    ExpressionAttributeValues: { ':list': ORGANISATION_LIST },
  });
  return items.map((item) => recordOf<Organisation>(item));
}

export type OrganisationSettings = Pick<Organisation, 'retentionDays' | 'senderName' | 'replyTo'>;

/** The write of an organisation's settings; an unset sender name or reply-to is removed, not stored empty. */
export function organisationSettingsUpdate(
  table: Table,
  organisationId: string,
  settings: OrganisationSettings,
): TransactItem {
  const set = ['retentionDays = :retentionDays'];
  const remove: string[] = [];
  const values: Record<string, unknown> = { ':retentionDays': settings.retentionDays };
  for (const name of ['senderName', 'replyTo'] as const) {
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
