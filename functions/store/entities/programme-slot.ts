import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { ProgrammeSlot } from '#shared/domain/programme-slot.ts';
import { checkedRecord, type ItemShape } from '#store/table/checked-record.ts';
import type { Item } from '#store/table/item.ts';
import type { KeyDesign } from '#store/table/key-design.ts';
import type { Table } from '#store/table/table.ts';
import { eventPartition } from './event.ts';

/**
 * A programme slot, in its event's page collection (see `event.ts`):
 *   PK = EVENT#<id>, SK = #SLOT#<slotId>   with `pickedCount` for sessions with their own capacity
 */
const SLOT_PREFIX = '#SLOT#';
export const slotKey = (eventId: string, slotId: string) => ({
  PK: eventPartition(eventId),
  SK: `${SLOT_PREFIX}${slotId}`,
});

export const keyDesign: KeyDesign = [slotKey('<id>', '<slotId>')];

export const SLOT_TYPE = 'slot';

export const slotItem = (slot: ProgrammeSlot): Item => ({
  ...slotKey(slot.eventId, slot.id),
  type: SLOT_TYPE,
  ...slot,
});

const shape: ItemShape<ProgrammeSlot> = {
  type: SLOT_TYPE,
  required: { id: 'string', eventId: 'string', startsAt: 'string', kind: 'string', title: 'string' },
  optional: { capacity: 'number', sequence: 'number' },
  hidden: ['pickedCount'],
};
export const slotOf = (item: Item) => checkedRecord(item, shape);

/** How many participants picked the slot for their agenda. */
export const pickedCountOf = (item: Item) => Number(item.pickedCount ?? 0);

/** Whether the event has a programme: one slot tells, so the mails that link to it read no more than that. */
export async function hasProgramme(table: Table, eventId: string): Promise<boolean> {
  const { Items } = await table.doc.send(
    new QueryCommand({
      TableName: table.name,
      KeyConditionExpression: 'PK = :pk AND begins_with(SK, :slot)',
      ExpressionAttributeValues: { ':pk': eventPartition(eventId), ':slot': SLOT_PREFIX },
      ProjectionExpression: 'PK',
      Limit: 1,
    }),
  );
  return (Items?.length ?? 0) > 0;
}
