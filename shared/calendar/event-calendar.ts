import type { EventRecord } from '#shared/domain/event.ts';
import { inProgrammeOrder, isMarker, isPause, type ProgrammeSlot } from '#shared/domain/programme-slot.ts';
import { eventEntry, slotEntry } from './calendar-entries.ts';
import { calendarText } from './calendar-text.ts';

/** Pauses in the programme rather than appointments; a dinner stays, as an evening appointment of its own. */

/** The event's `.ics`: the event as one entry and each programme slot as its own, breaks only when asked for. */
export function eventCalendar({
  event,
  slots,
  eventUrl,
  now,
  includeBreaks = false,
}: {
  event: EventRecord;
  slots: readonly ProgrammeSlot[];
  eventUrl: string;
  now: Date;
  includeBreaks?: boolean;
}): string {
  const shownSlots = inProgrammeOrder(slots).filter(
    (slot) => !isMarker(slot) && (includeBreaks || !isPause(slot)),
  );
  return calendarText({
    method: 'PUBLISH',
    entries: [
      eventEntry({ event, eventUrl }),
      ...shownSlots.map((slot) => slotEntry({ event, slot, eventUrl })),
    ],
    now,
  });
}

/** One session's `.ics`, with the same UID the slot has in the event's calendar. */
export function slotCalendar({
  event,
  slot,
  eventUrl,
  now,
}: {
  event: EventRecord;
  slot: ProgrammeSlot;
  eventUrl: string;
  now: Date;
}): string {
  return calendarText({ method: 'PUBLISH', entries: [slotEntry({ event, slot, eventUrl })], now });
}
