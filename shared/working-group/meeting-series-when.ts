import type { EventRecord, Language } from '#shared/domain/event.ts';
import { isScheduled, type Meeting } from '#shared/domain/meeting.ts';
import { messagesFor } from '#shared/i18n/messages.ts';
import { formatDate, formatMonth, formatTimeSpan, zoneAbbreviation } from '#shared/time.ts';

const LIST_LOCALES: Record<Language, string> = { sv: 'sv-SE', nb: 'nb-NO', en: 'en-GB' };

/**
 * When a working group meets, as its page says it: how many meetings over which months, the dates already set
 * ("De 3 första: 20 januari 2027 13.00–15.00, …"), and that the rest are decided together. A group's own dates run
 * from its first meeting to the end of its period, which is no time anybody meets.
 */
export function meetingSeriesWhen(
  event: Pick<EventRecord, 'startsAt' | 'endsAt' | 'timeZone'>,
  meetings: readonly Meeting[],
  language: Language,
): string {
  const t = messagesFor(language);
  const planned = meetings.filter((meeting) => !meeting.cancelled);
  const dated = planned.filter(isScheduled).sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const { timeZone } = event;
  const period = `${formatMonth(event.startsAt, timeZone, language)} – ${formatMonth(event.endsAt, timeZone, language)}`;
  const parts = [t.meetingSeries(planned.length, period)];
  if (dated.length > 0) {
    const dates = dated.map(
      (meeting) =>
        `${formatDate(meeting.startsAt, timeZone, language)} ${formatTimeSpan(meeting.startsAt, meeting.endsAt, timeZone, language)}`,
    );
    const list = new Intl.ListFormat(LIST_LOCALES[language], { type: 'conjunction' }).format(dates);
    const zone = zoneAbbreviation(dated[0]?.startsAt ?? event.startsAt, timeZone);
    parts.push(t.datedMeetings(dated.length, planned.length, `${list} (${zone})`));
  }
  if (dated.length < planned.length) parts.push(t.restToBeDecided);
  return parts.join(' ');
}
