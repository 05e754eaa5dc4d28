import type { EventRecord } from '#shared/domain/event.ts';
import { isScheduled, type Meeting } from '#shared/domain/meeting.ts';
import { meetingEntry } from './calendar-entries.ts';
import { calendarText } from './calendar-text.ts';

/** Series change rarely and their members are told of new dates by e-mail too, so a few hours is enough. */
const SERIES_REFRESH_HOURS = 6;

/**
 * A working group's meetings as a subscription: only dated meetings are entries; one "to be decided" appears
 * the moment it gets its date, and a moved one comes back with a higher SEQUENCE.
 */
export function seriesFeed({
  event,
  meetings,
  eventUrl,
  onlineLink,
  now,
}: {
  event: EventRecord;
  meetings: readonly Meeting[];
  eventUrl: string;
  onlineLink?: string;
  now: Date;
}): string {
  return calendarText({
    entries: meetings
      .filter(isScheduled)
      .map((meeting) => meetingEntry({ event, meeting, eventUrl, onlineLink })),
    now,
    feed: { name: event.title, refreshHours: SERIES_REFRESH_HOURS },
  });
}
