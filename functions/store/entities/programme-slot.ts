import type { ProgrammeSlot } from '#shared/domain/programme-slot.ts';
import { checkedRecord, type ItemShape } from '#store/table/checked-record.ts';
import type { Item } from '#store/table/item.ts';
import type { KeyDesign } from '#store/table/key-design.ts';
import { eventPartition } from './event.ts';

/**
 * A programme slot, in its event's page collection (see `event.ts`):
 *   PK = EVENT#<id>, SK = #SLOT#<slotId>   with `pickedCount` for sessions with their own capacity
 */
export const slotKey = (eventId: string, slotId: string) => ({
  PK: eventPartition(eventId),
  SK: `#SLOT#${slotId}`,
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
