import { DateTime } from 'luxon';
import type { ProgrammeSlot } from '#shared/domain/programme-slot.ts';
import { inProgrammeOrder } from '#shared/domain/programme-slot.ts';
import { messagesFor } from '#shared/i18n/messages.ts';
import { formatClock, formatTimeSpan, localDay } from '#shared/time.ts';
import type { ProgrammeTextContext } from './programme-from-text.ts';
import { speakerLines } from './speaker-line.ts';

/** 1 for the event's first day; days are counted in UTC, where each has 24 hours. */
function dayNumber(firstDay: string, day: string): number {
  return (
    DateTime.fromISO(day, { zone: 'utc' }).diff(DateTime.fromISO(firstDay, { zone: 'utc' }), 'days').days + 1
  );
}

/**
 * The programme in the organisers' own form, as `programmeFromText` reads it: a time line, the speakers,
 * `– ` description lines; `Dag 2` headers when it runs past the first day. Tracks are not written, and a
 * slot without an end reads back ending where the next one that day starts.
 */
export function programmeToText(
  slots: readonly ProgrammeSlot[],
  { day, timeZone, language }: Omit<ProgrammeTextContext, 'eventId'>,
): string {
  const ordered = inProgrammeOrder(slots).map((slot) => ({
    slot,
    day: dayNumber(day, localDay(slot.startsAt, timeZone)),
  }));
  const withDayHeaders = ordered.some((each) => each.day !== 1);
  return ordered
    .flatMap(({ slot, day: dayOfEvent }, index) => {
      const time =
        slot.endsAt === undefined
          ? formatClock(slot.startsAt, timeZone, language)
          : formatTimeSpan(slot.startsAt, slot.endsAt, timeZone, language);
      const block = [
        `${time} ${slot.title}`,
        ...speakerLines(slot.speakers, language),
        ...(slot.description?.split('\n').map((line) => `– ${line}`) ?? []),
      ].join('\n');
      const newDay = withDayHeaders && dayOfEvent !== ordered[index - 1]?.day;
      return newDay ? [messagesFor(language).programmeDay(dayOfEvent), block] : [block];
    })
    .join('\n\n');
}
