import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { SensitiveNeeds } from '#shared/domain/registration.ts';
import { checkedRecord, type ItemShape } from '#store/table/checked-record.ts';
import type { Item, ItemKey } from '#store/table/item.ts';
import type { KeyDesign } from '#store/table/key-design.ts';
import { queryAll } from '#store/table/query-all.ts';
import type { Table } from '#store/table/table.ts';
import { eventPartition } from './event.ts';

/**
 * A participant's dietary and accessibility needs and answers to sensitive questions, apart from the registration so that lists and exports of
 * registrations never carry them by accident, and with an earlier `expiresAt`:
 *   PK = EVENT#<eventId>, SK = NEEDS#<registrationId>
 */
const NEEDS_PREFIX = 'NEEDS#';
export const needsKey = (eventId: string, registrationId: string) => ({
  PK: eventPartition(eventId),
  SK: `${NEEDS_PREFIX}${registrationId}`,
});

export const keyDesign: KeyDesign = [needsKey('<id>', '<registrationId>')];

export function needsItem(
  eventId: string,
  registrationId: string,
  needs: SensitiveNeeds,
  expiresAt: number,
): Item {
  return { ...needsKey(eventId, registrationId), type: 'needs', ...needs, expiresAt };
}

const shape: ItemShape<SensitiveNeeds> = {
  type: 'needs',
  required: {},
  optional: { diet: 'string', accessibility: 'string', answers: 'map' },
};
const needsOf = (item: Item) => checkedRecord(item, shape);

export async function getNeeds(
  table: Table,
  eventId: string,
  registrationId: string,
): Promise<SensitiveNeeds> {
  const { Item } = await table.doc.send(
    new GetCommand({ TableName: table.name, Key: needsKey(eventId, registrationId), ConsistentRead: true }),
  );
  return Item ? needsOf(Item) : {};
}

/** Everyone's needs for one event, without names: the only form in which the venue may see them. */
export async function listNeeds(table: Table, eventId: string): Promise<SensitiveNeeds[]> {
  const items = await queryAll(table, {
    KeyConditionExpression: 'PK = :pk AND begins_with(SK, :needs)',
    ExpressionAttributeValues: { ':pk': eventPartition(eventId), ':needs': NEEDS_PREFIX },
    // The type comes along for the check, and goes with it.
    ProjectionExpression: 'diet, accessibility, answers, #type',
    ExpressionAttributeNames: { '#type': 'type' },
  });
  return items.map(needsOf);
}

/** The keys of every participant's needs for the event, strongly read: what their erasure deletes. */
export async function needsKeysOfEvent(table: Table, eventId: string): Promise<ItemKey[]> {
  const items = await queryAll(table, {
    KeyConditionExpression: 'PK = :pk AND begins_with(SK, :needs)',
    ExpressionAttributeValues: { ':pk': eventPartition(eventId), ':needs': NEEDS_PREFIX },
    ProjectionExpression: 'PK, SK',
    ConsistentRead: true,
  });
  return items as ItemKey[];
}
