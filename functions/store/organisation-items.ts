import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { Organisation } from '../../shared/domain/organisation.ts';
import { recordOf } from './item-attributes.ts';
import type { Table } from './table.ts';

/** PK = ORG#<id>, SK = #ORG: the tenant, with its retention period; its organisers will live in the same partition. */
const organisationKey = (id: string) => ({ PK: `ORG#${id}`, SK: '#ORG' });

export async function putOrganisation(table: Table, organisation: Organisation): Promise<void> {
  await table.doc.send(
    new PutCommand({
      TableName: table.name,
      Item: { ...organisationKey(organisation.id), type: 'organisation', ...organisation },
    }),
  );
}

export async function getOrganisation(table: Table, id: string): Promise<Organisation | undefined> {
  const { Item } = await table.doc.send(new GetCommand({ TableName: table.name, Key: organisationKey(id) }));
  return Item ? recordOf<Organisation>(Item) : undefined;
}
