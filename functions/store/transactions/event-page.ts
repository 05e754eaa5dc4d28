import { BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { EventRecord } from '#shared/domain/event.ts';
import type { Meeting } from '#shared/domain/meeting.ts';
import type { ProgrammeSlot } from '#shared/domain/programme-slot.ts';
import { addOnCounterItems } from '#store/entities/add-on-counter.ts';
import { eventItem } from '#store/entities/event.ts';
import { storedMeetingItem } from '#store/entities/meeting.ts';
import { slotItem } from '#store/entities/programme-slot.ts';
import { seatCounterItem } from '#store/entities/seat-counter.ts';
import type { Item } from '#store/table/item.ts';
import type { Table } from '#store/table/table.ts';

/** Writes an event with its seat and add-on counters, programme and meetings; for loading demo data and for organisers publishing a new event. */
export async function putEventPage(
  table: Table,
  page: { event: EventRecord; slots: ProgrammeSlot[]; meetings: Meeting[] },
): Promise<void> {
  const items: Item[] = [
    eventItem(page.event),
    seatCounterItem(page.event.id, page.event.capacity),
    ...page.slots.map(slotItem),
    ...page.meetings.map((meeting) => storedMeetingItem({ meeting })),
    ...addOnCounterItems(page.event.id, page.event.price?.addOns),
  ];
  for (let start = 0; start < items.length; start += 25) {
    let requests: Record<string, { PutRequest: { Item: Item } }[]> = {
      [table.name]: items.slice(start, start + 25).map((Item) => ({ PutRequest: { Item } })),
    };
    while (Object.keys(requests).length > 0) {
      const result = await table.doc.send(new BatchWriteCommand({ RequestItems: requests }));
      requests = (result.UnprocessedItems ?? {}) as typeof requests;
    }
  }
}
