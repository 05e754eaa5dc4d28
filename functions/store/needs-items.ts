import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { SensitiveNeeds } from '#shared/domain/registration.ts';
import { recordOf } from './table/item.ts';
import { queryAll } from './table/query-all.ts';
import type { Table } from './table/table.ts';

/**
 * A participant's dietary and accessibility needs, apart from the registration so that lists and exports of
 * registrations never carry them by accident, and with an earlier `expiresAt`:
 *   PK = EVENT#<eventId>, SK = NEEDS#<registrationId>
 */
export const needsKey = (eventId: string, registrationId: string) => ({
  PK: `EVENT#${eventId}`,
  SK: `NEEDS#${registrationId}`,
});

export function needsItem(eventId: string, registrationId: string, needs: SensitiveNeeds, expiresAt: number) {
  return { ...needsKey(eventId, registrationId), type: 'needs', ...needs, expiresAt };
}

export async function getNeeds(
  table: Table,
  eventId: string,
  registrationId: string,
): Promise<SensitiveNeeds> {
  const { Item } = await table.doc.send(
    new GetCommand({ TableName: table.name, Key: needsKey(eventId, registrationId), ConsistentRead: true }),
  );
  return Item ? recordOf<SensitiveNeeds>(Item) : {};
}

/** Everyone's needs for one event, without names: the only form in which the venue may see them. */
export async function listNeeds(table: Table, eventId: string): Promise<SensitiveNeeds[]> {
  const items = await queryAll(table, {
    KeyConditionExpression: 'PK = :pk AND begins_with(SK, :needs)',
    ExpressionAttributeValues: { ':pk': `EVENT#${eventId}`, ':needs': 'NEEDS#' },
    ProjectionExpression: 'diet, accessibility',
  });
  return items.map((item) => recordOf<SensitiveNeeds>(item));
}
