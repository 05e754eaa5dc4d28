import { checkedRecord, type ItemShape } from '#store/table/checked-record.ts';
import type { Item } from '#store/table/item.ts';
import type { KeyDesign } from '#store/table/key-design.ts';
import { queryAll } from '#store/table/query-all.ts';
import type { Table } from '#store/table/table.ts';
import { eventPartition } from './event.ts';

/**
 * A session a participant picked for their agenda:
 *   PK = EVENT#<eventId>, SK = PICK#<registrationId>#<slotId>
 * A session with its own capacity counts its picks on the slot item (`pickedCount`), under the same kind of
 * condition as the event's seats.
 */
const PICK_PREFIX = 'PICK#';
export const pickKey = (eventId: string, registrationId: string, slotId: string) => ({
  PK: eventPartition(eventId),
  SK: `${PICK_PREFIX}${registrationId}#${slotId}`,
});

export const keyDesign: KeyDesign = [pickKey('<id>', '<registrationId>', '<slotId>')];

interface Pick {
  registrationId: string;
  slotId: string;
}

export function pickItem(eventId: string, pick: Pick, expiresAt: number): Item {
  return { ...pickKey(eventId, pick.registrationId, pick.slotId), type: 'pick', ...pick, expiresAt };
}

const shape: ItemShape<Pick> = { type: 'pick', required: { registrationId: 'string', slotId: 'string' } };
const pickOf = (item: Item): Pick => {
  const { registrationId, slotId } = checkedRecord(item, shape);
  return { registrationId, slotId };
};

export async function pickedSlotIds(
  table: Table,
  eventId: string,
  registrationId: string,
): Promise<string[]> {
  const items = await queryAll(table, {
    KeyConditionExpression: 'PK = :pk AND begins_with(SK, :picks)',
    ExpressionAttributeValues: {
      ':pk': eventPartition(eventId),
      ':picks': `${PICK_PREFIX}${registrationId}#`,
    },
    ConsistentRead: true,
  });
  return items.map((item) => pickOf(item).slotId);
}

/** Every pick in an event, to find who has a changed session on their agenda. */
export async function picksOfEvent(table: Table, eventId: string): Promise<Pick[]> {
  const items = await queryAll(table, {
    KeyConditionExpression: 'PK = :pk AND begins_with(SK, :picks)',
    ExpressionAttributeValues: { ':pk': eventPartition(eventId), ':picks': PICK_PREFIX },
  });
  return items.map(pickOf);
}
