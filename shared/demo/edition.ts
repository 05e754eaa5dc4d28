import type { EventRecord, TimeZone } from '#shared/domain/event.ts';
import type { Meeting } from '#shared/domain/meeting.ts';
import type { ProgrammeSlot } from '#shared/domain/programme-slot.ts';
import { instantAt } from '#shared/time.ts';
import { upcomingShift } from './upcoming-date.ts';

export interface DemoEventPage {
  event: EventRecord;
  slots: ProgrammeSlot[];
  meetings: Meeting[];
}

/** Which edition of a seed event to build. */
export interface Edition {
  /** Days added to every date of the seed: 0 for the seed itself, whole weeks for the upcoming edition. */
  shiftDays: number;
  /** Only on the upcoming edition: the seed it repeats, and when its registration opens. */
  upcoming?: { editionOf: string; registrationOpensAt: string };
}

/** One of our seed documents as demo data: how to build any edition of it, and how far ahead the upcoming one lies. */
export interface SeedEvent {
  zone: TimeZone;
  /** The seed's date the lead time is measured to: its first day, or its application deadline. */
  anchorDay: string;
  leadDays: number;
  page: (edition: Edition) => DemoEventPage;
}

/** The seed as it happened, and an upcoming edition that opens for registration on `today`, the day the demo is loaded. */
export function seedAndUpcoming(seed: SeedEvent, today: string): DemoEventPage[] {
  const original = seed.page({ shiftDays: 0 });
  const upcoming = seed.page({
    shiftDays: upcomingShift(seed.anchorDay, today, seed.leadDays),
    upcoming: { editionOf: original.event.id, registrationOpensAt: instantAt(today, '00:00', seed.zone) },
  });
  return [original, upcoming];
}
