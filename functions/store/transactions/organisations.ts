import { PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Organisation } from '#shared/domain/organisation.ts';
import { organisationItem, organisationKey, organisationListKey } from '#store/entities/organisation.ts';
import { putIf } from '#store/table/conditional-writes.ts';
import type { Table } from '#store/table/table.ts';

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
  const added = await putIf(table, {
    Item: organisationItem(organisation),
    ConditionExpression: 'attribute_not_exists(PK)',
  });
  if (!added) {
    const { GSI1PK, GSI1SK } = organisationListKey(organisation.id);
    await table.doc.send(
      new UpdateCommand({
        TableName: table.name,
        Key: organisationKey(organisation.id),
        UpdateExpression: 'SET GSI1PK = :list, GSI1SK = :id',
        ExpressionAttributeValues: { ':list': GSI1PK, ':id': GSI1SK },
      }),
    );
  }
}
