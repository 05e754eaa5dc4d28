import type { EventRecord } from '#shared/domain/event.ts';
import type { ProgrammeSlot } from '#shared/domain/programme-slot.ts';
import { participantMessagesFor } from '#shared/i18n/participant-messages.ts';
import { eventEntry, slotEntry } from './calendar-entries.ts';
import { calendarText } from './calendar-text.ts';

/** Google and Outlook fetch far less often than asked; an hour is what Apple and Thunderbird honour. */
const AGENDA_REFRESH_HOURS = 1;

/**
 * A participant's subscription: the event and the sessions they picked, always as the programme is now. When the
 * registration is cancelled the same entries come back cancelled, so subscribed calendars drop them.
 */
export function agendaFeed({
  event,
  picked,
  eventUrl,
  onlineLink,
  registrationCancelled,
  now,
}: {
  event: EventRecord;
  picked: readonly ProgrammeSlot[];
  eventUrl: string;
  onlineLink?: string;
  registrationCancelled: boolean;
  now: Date;
}): string {
  const entries = [
    eventEntry({ event, eventUrl, onlineLink }),
    ...picked.map((slot) => slotEntry({ event, slot, eventUrl })),
  ];
  return calendarText({
    entries: entries.map((entry) => ({ ...entry, cancelled: entry.cancelled || registrationCancelled })),
    now,
    feed: {
      name: participantMessagesFor(event.language).agenda.feedName(event.title),
      refreshHours: AGENDA_REFRESH_HOURS,
    },
  });
}
