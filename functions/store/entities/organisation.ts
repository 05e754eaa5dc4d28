import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { Organisation } from '#shared/domain/organisation.ts';
import { checkedRecord, type ItemShape } from '#store/table/checked-record.ts';
import type { Item } from '#store/table/item.ts';
import type { KeyDesign } from '#store/table/key-design.ts';
import { queryAll } from '#store/table/query-all.ts';
import type { Table } from '#store/table/table.ts';
import { TABLE_LAYOUT } from '#store/table/table-layout.ts';

/**
 * PK = ORG#<id>, SK = #ORG: the tenant, with its settings (retention of personal data and of the audit trail, sender
 * name, reply-to address, its details as the seller on its invoices).
 * GSI1PK = ORGANISATIONS, GSI1SK = <id> lists every tenant (to choose co-organisers among).
 * Its people are membership items in their own partitions (`membership.ts`), listed through GSI1.
 */
export const organisationKey = (id: string) => ({ PK: `ORG#${id}`, SK: '#ORG' });
const ORGANISATION_LIST = 'ORGANISATIONS';
export const organisationListKey = (id: string) => ({ GSI1PK: ORGANISATION_LIST, GSI1SK: id });

export const keyDesign: KeyDesign = [{ ...organisationKey('<id>'), gsi1: [organisationListKey('<id>')] }];

export const organisationItem = (organisation: Organisation): Item => ({
  ...organisationKey(organisation.id),
  ...organisationListKey(organisation.id),
  type: 'organisation',
  ...organisation,
});

const shape: ItemShape<Organisation> = {
  type: 'organisation',
  required: { id: 'string', name: 'string', retentionDays: 'number' },
  optional: {
    kind: 'string',
    country: 'string',
    auditRetentionDays: 'number',
    senderName: 'string',
    replyTo: 'string',
    seller: 'map',
  },
};
const organisationOf = (item: Item) => checkedRecord(item, shape);

export async function getOrganisation(table: Table, id: string): Promise<Organisation | undefined> {
  const { Item } = await table.doc.send(new GetCommand({ TableName: table.name, Key: organisationKey(id) }));
  return Item ? organisationOf(Item) : undefined;
}

/** Every organisation on the platform. */
export async function listOrganisations(table: Table): Promise<Organisation[]> {
  const items = await queryAll(table, {
    IndexName: TABLE_LAYOUT.gsi1.name,
    KeyConditionExpression: 'GSI1PK = :list',
    ExpressionAttributeValues: { ':list': ORGANISATION_LIST },
  });
  return items.map(organisationOf);
}
