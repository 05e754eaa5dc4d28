import type { EventRecord, Language } from '#shared/domain/event.ts';
import type { ProgrammeSlot } from '#shared/domain/programme-slot.ts';
import { formatClock, formatDate, formatTimeSpan, isSameLocalDay } from '#shared/time.ts';

/** "10.05–10.30", or "10.05" for a moment; with the date in front when the event runs over several days. */
export function slotWhen(
  { startsAt, endsAt }: Pick<ProgrammeSlot, 'startsAt' | 'endsAt'>,
  event: Pick<EventRecord, 'startsAt' | 'endsAt' | 'timeZone'>,
  language: Language,
): string {
  const { timeZone } = event;
  const clock =
    endsAt === undefined
      ? formatClock(startsAt, timeZone, language)
      : formatTimeSpan(startsAt, endsAt, timeZone, language);
  return isSameLocalDay(event.startsAt, event.endsAt, timeZone)
    ? clock
    : `${formatDate(startsAt, timeZone, language)} ${clock}`;
}
