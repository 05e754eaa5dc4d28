import type { RetiredSlot } from '#shared/domain/programme-slot.ts';
import { checkedRecord, type ItemShape } from '#store/table/checked-record.ts';
import type { Item } from '#store/table/item.ts';
import type { KeyDesign } from '#store/table/key-design.ts';
import type { Table } from '#store/table/table.ts';
import type { TransactItem } from '#store/table/transact-item.ts';
import { eventPartition } from './event.ts';

/**
 * A slot id no longer in the programme, with the SEQUENCE its calendars last got (its removal's CANCEL). A slot added
 * again under that id (slot ids come from time and title) must go on from there: calendars hold the UID as
 * cancelled and would ignore it at SEQUENCE 0. Written in the transaction that deletes the slot, in the event's page
 * collection, so the programme editor reads it with the slots:
 *   PK = EVENT#<id>, SK = #RETIRED#<slotId>
 * It names no one, so it has no `expiresAt`; a removal of the same id later overwrites it.
 */
export const retiredSlotKey = (eventId: string, slotId: string) => ({
  PK: eventPartition(eventId),
  SK: `#RETIRED#${slotId}`,
});

export const keyDesign: KeyDesign = [retiredSlotKey('<id>', '<slotId>')];

export const RETIRED_SLOT_TYPE = 'retired-slot';

export function retiredSlotWrite(table: Table, eventId: string, retired: RetiredSlot): TransactItem {
  return {
    Put: {
      TableName: table.name,
      Item: { ...retiredSlotKey(eventId, retired.slotId), type: RETIRED_SLOT_TYPE, ...retired },
    },
  };
}

const shape: ItemShape<RetiredSlot> = {
  type: RETIRED_SLOT_TYPE,
  required: { slotId: 'string', sequence: 'number' },
};
export const retiredSlotOf = (item: Item): RetiredSlot => {
  const { slotId, sequence } = checkedRecord(item, shape);
  return { slotId, sequence };
};
