import type { Person, TimeZone } from '#shared/domain/event.ts';
import type { ProgrammeSlot, SlotKind } from '#shared/domain/programme-slot.ts';
import { instantAt } from '#shared/time.ts';
import { addDays } from './upcoming-date.ts';

/** A programme slot as organisers write it: wall-clock times on one day of the event. */
export interface SeedSlot {
  id: string;
  /** 1 for the event's first day. */
  day?: number;
  /** Local time, `HH:mm`. */
  starts: string;
  ends?: string;
  kind: SlotKind;
  title: string;
  description?: string;
  speakers?: Person[];
}

/** The programme placed on the event's days, so that an edition on other dates keeps its clock times. */
export function programmeSlots(
  eventId: string,
  firstDay: string,
  zone: TimeZone,
  seedSlots: readonly SeedSlot[],
): ProgrammeSlot[] {
  return seedSlots.map(({ id, day = 1, starts, ends, speakers = [], ...text }) => {
    const date = addDays(firstDay, day - 1);
    return {
      id,
      eventId,
      startsAt: instantAt(date, starts, zone),
      ...(ends !== undefined && { endsAt: instantAt(date, ends, zone) }),
      ...text,
      speakers,
      materials: [],
    };
  });
}
