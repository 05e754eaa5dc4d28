import type { EventRecord, Language } from '#shared/domain/event.ts';
import { isScheduled, type Meeting } from '#shared/domain/meeting.ts';
import { eventWhen, venueText } from '#shared/event-when.ts';
import { meetingMessagesFor } from '#shared/i18n/meeting-messages.ts';
import { messagesFor } from '#shared/i18n/messages.ts';
import { eventTextLanguage } from './event-text-language.ts';

/**
 * A working group's meetings in order. The public sees dates, places and agendas; the group's members (`forMembers`)
 * also see the digital meeting's link and the materials.
 */
export function MeetingList({
  event,
  meetings,
  language,
  forMembers = false,
}: {
  event: EventRecord;
  meetings: Meeting[];
  /** The reader's language; the meetings' agendas stay in the event's. */
  language: Language;
  forMembers?: boolean;
}) {
  const t = messagesFor(language);
  const m = meetingMessagesFor(language);
  return (
    <ol class="programme">
      {[...meetings]
        .sort((a, b) => a.number - b.number)
        .map((meeting) => (
          <li>
            <span class="time">{t.meetingNumber(meeting.number)}</span>
            <div>
              {meeting.cancelled && (
                <p>
                  <strong>{m.cancelled}</strong>
                </p>
              )}
              <p>
                {isScheduled(meeting)
                  ? eventWhen({ ...meeting, timeZone: event.timeZone }, language)
                  : t.toBeDecided}
              </p>
              <p class="slot-kind">
                {meeting.venue.kind === 'digital' ? t.digital : venueText(meeting.venue, language)}
              </p>
              {forMembers && meeting.venue.kind === 'digital' && !meeting.cancelled && (
                <p>
                  {event.onlineLink ? (
                    <a href={event.onlineLink}>{m.member.meetingLink}</a>
                  ) : (
                    m.member.linkLater
                  )}
                </p>
              )}
              {meeting.agenda && (
                <p class="preserve-lines" lang={eventTextLanguage(event, language)}>
                  {meeting.agenda}
                </p>
              )}
              {forMembers && meeting.materials && meeting.materials.length > 0 && (
                <p>
                  {t.materials}:{' '}
                  {meeting.materials.map((material, index) => (
                    <>
                      {index > 0 && ', '}
                      <a href={material.url}>{material.title}</a>
                    </>
                  ))}
                </p>
              )}
            </div>
          </li>
        ))}
    </ol>
  );
}
