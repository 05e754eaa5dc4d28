import type { EventRecord } from '../../shared/domain/event.ts';
import { isScheduled, type Meeting } from '../../shared/domain/meeting.ts';
import { eventWhen } from '../../shared/event-when.ts';
import { messagesFor } from '../../shared/i18n/messages.ts';

export function MeetingList({ event, meetings }: { event: EventRecord; meetings: Meeting[] }) {
  const t = messagesFor(event.language);
  return (
    <ol class="programme">
      {[...meetings]
        .sort((a, b) => a.number - b.number)
        .map((meeting) => (
          <li>
            <span class="time">{t.meetingNumber(meeting.number)}</span>
            <div>
              <p>
                {isScheduled(meeting)
                  ? eventWhen({ ...meeting, timeZone: event.timeZone }, event.language)
                  : t.toBeDecided}
              </p>
              <p class="slot-kind">{meeting.venue.kind === 'digital' ? t.digital : meeting.venue.name}</p>
              {meeting.agenda && <p>{meeting.agenda}</p>}
            </div>
          </li>
        ))}
    </ol>
  );
}
