import type { EventRecord } from '#shared/domain/event.ts';
import type { Meeting } from '#shared/domain/meeting.ts';
import type { ProgrammeSlot, RetiredSlot } from '#shared/domain/programme-slot.ts';
import { addOnCountOf } from '#store/entities/add-on-counter.ts';
import { EVENT_PAGE_PREFIX, EVENT_TYPE, eventOf, eventPartition } from '#store/entities/event.ts';
import { MEETING_TYPE, meetingOf } from '#store/entities/meeting.ts';
import { pickedCountOf, SLOT_TYPE, slotOf } from '#store/entities/programme-slot.ts';
import { RETIRED_SLOT_TYPE, retiredSlotOf } from '#store/entities/retired-slot.ts';
import {
  SEAT_COUNTER_TYPE,
  type StatusCounts,
  seatCounterOf,
  statusCountsOf,
} from '#store/entities/seat-counter.ts';
import { queryAll } from '#store/table/query-all.ts';
import type { Table } from '#store/table/table.ts';

export interface SeatCounts {
  confirmed: number;
  waiting: number;
  /** A working group's municipalities selected so far. */
  selected: number;
}

export interface EventPage {
  event: EventRecord;
  slots: ProgrammeSlot[];
  meetings: Meeting[];
  seats: SeatCounts;
  /** How many participants picked each slot for their agenda, by slot id. */
  slotPicks: Record<string, number>;
  /** Slot ids the programme no longer has, with their last SEQUENCE: a slot added under one goes on from it. */
  retiredSlots: RetiredSlot[];
  /** How many hold each add-on, by add-on id (an add-on nobody has taken may be missing). */
  addOnsTaken: Record<string, number>;
  /** The registrations by status, where the seat counter keeps them (not on a counter made before it did). */
  registrationsByStatus?: StatusCounts;
}

/**
 * An event with its programme, its retired slot ids, its meetings and its seat counter: one Query of the page items
 * its partition starts with.
 */
export async function getEventPage(table: Table, eventId: string): Promise<EventPage | undefined> {
  const items = await queryAll(table, {
    KeyConditionExpression: 'PK = :pk AND begins_with(SK, :page)',
    ExpressionAttributeValues: { ':pk': eventPartition(eventId), ':page': EVENT_PAGE_PREFIX },
    ConsistentRead: true,
  });

  const eventItemFound = items.find((item) => item.type === EVENT_TYPE);
  const slotItems = items.filter((item) => item.type === SLOT_TYPE);
  if (!eventItemFound) return undefined;
  const counterItem = items.find((item) => item.type === SEAT_COUNTER_TYPE);
  const counter = seatCounterOf(counterItem);
  const byStatus = statusCountsOf(counterItem);
  return {
    event: eventOf(eventItemFound),
    slots: slotItems.map(slotOf),
    slotPicks: Object.fromEntries(slotItems.map((item) => [String(item.id), pickedCountOf(item)])),
    meetings: items.filter((item) => item.type === MEETING_TYPE).map(meetingOf),
    retiredSlots: items.filter((item) => item.type === RETIRED_SLOT_TYPE).map(retiredSlotOf),
    addOnsTaken: Object.fromEntries(
      items.flatMap((item) => {
        const count = addOnCountOf(item);
        return count ? [[count.addOnId, count.taken]] : [];
      }),
    ),
    seats: {
      confirmed: counter.confirmedCount,
      waiting: counter.waitingCount,
      selected: Number(eventItemFound.selectedCount ?? 0),
    },
    ...(byStatus ? { registrationsByStatus: byStatus } : {}),
  };
}

/** An event as the public may see it: published or cancelled, never a draft. */
export async function getPublicEventPage(table: Table, eventId: string): Promise<EventPage | undefined> {
  const page = await getEventPage(table, eventId);
  return page && page.event.status !== 'draft' ? page : undefined;
}
