import type { EventRecord, Language } from '#shared/domain/event.ts';
import {
  inProgrammeOrder,
  isSession,
  type ProgrammeSlot,
  speakerText,
} from '#shared/domain/programme-slot.ts';
import { messagesFor } from '#shared/i18n/messages.ts';
import { presentationMessagesFor } from '#shared/i18n/presentation-messages.ts';
import { programmeDayLabel } from '#shared/programme/programme-day.ts';
import { formatClock, localDay } from '#shared/time.ts';
import { eventTextLanguage } from './event-text-language.ts';

export interface ProgrammeListProps {
  event: EventRecord;
  slots: ProgrammeSlot[];
  /** The reader's language; titles, speakers and descriptions stay in the event's. */
  language: Language;
  /** The event's public address; given, each session but the pauses offers links to add it to a calendar. */
  eventUrl?: string;
  /** The files on the sessions the reader may fetch, each with its download address. */
  files?: SessionFileLink[];
}

/** A file shown on its session: where it downloads, and its kind in words ("PDF"). */
export interface SessionFileLink {
  slotId: string;
  title: string;
  href: string;
  kind: string;
}

/** The programme, one list per day; a day heading only where the event spans several days. */
export function ProgrammeList({ event, slots, language, eventUrl, files = [] }: ProgrammeListProps) {
  const days = groupByLocalDay(inProgrammeOrder(slots), event);
  const multiDay = days.length > 1;
  return (
    <>
      {days.map(({ day, slots: daySlots }, index) => (
        <section aria-labelledby={multiDay ? `day-${day}` : undefined}>
          {multiDay && (
            <h3 id={`day-${day}`}>
              {programmeDayLabel(index + 1, daySlots[0]?.startsAt ?? '', event.timeZone, language)}
            </h3>
          )}
          <ul class="programme" aria-labelledby={multiDay ? `day-${day}` : 'programme'}>
            {daySlots.map((slot) => (
              <SlotItem
                event={event}
                slot={slot}
                language={language}
                eventUrl={eventUrl}
                files={files.filter(({ slotId }) => slotId === slot.id)}
              />
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}

function SlotItem({
  event,
  slot,
  language,
  eventUrl,
  files,
}: {
  event: EventRecord;
  slot: ProgrammeSlot;
  language: Language;
  eventUrl?: string;
  files: SessionFileLink[];
}) {
  const t = messagesFor(language);
  const own = eventTextLanguage(event, language);
  const clock = (instant: string) => formatClock(instant, event.timeZone, language);
  const kind = t.slotKind[slot.kind];
  return (
    <li id={`slot-${slot.id}`}>
      <span class="time">
        <time datetime={slot.startsAt}>{clock(slot.startsAt)}</time>
        {slot.endsAt && (
          <>
            –<time datetime={slot.endsAt}>{clock(slot.endsAt)}</time>
          </>
        )}
      </span>
      <div>
        <p>
          <strong lang={own}>{slot.title}</strong>
          {/* "Paus (Paus)" says nothing: the kind only where the title does not already say it. */}
          {!sameWords(slot.title, kind) && <span class="slot-kind"> ({kind})</span>}
        </p>
        {slot.speakers.length > 0 && (
          <p class="speakers" lang={own}>
            {slot.speakers.map(speakerText).join('; ')}
          </p>
        )}
        {slot.description && <p lang={own}>{slot.description}</p>}
        {slot.track && (
          <p class="slot-kind" lang={own}>
            {slot.track}
          </p>
        )}
        {slot.materials.length > 0 && (
          <p>
            {t.materials}:{' '}
            {slot.materials.map((material, index) => (
              <>
                {index > 0 && ', '}
                <a href={material.url}>{material.title}</a>
              </>
            ))}
          </p>
        )}
        {files.length > 0 && (
          <p>
            {presentationMessagesFor(language).participantsHeading}:{' '}
            {files.map((file, index) => (
              <>
                {index > 0 && ', '}
                <a href={file.href} lang={own}>
                  {file.title}
                </a>{' '}
                ({file.kind})
              </>
            ))}
          </p>
        )}
        {eventUrl && isSession(slot) && <SlotCalendarLinks event={event} slot={slot} language={language} />}
      </div>
    </li>
  );
}

/**
 * Short visible labels for a compact line; each link's accessible name says which session it adds, and where. Google
 * and Outlook go through the session's redirect (calendar-routes.ts): the links themselves, with the session's text
 * encoded twice over, were most of a full programme's bytes.
 */
function SlotCalendarLinks({
  event,
  slot,
  language,
}: {
  event: EventRecord;
  slot: ProgrammeSlot;
  language: Language;
}) {
  const t = messagesFor(language);
  const calendar = `/events/${event.id}/slots/${slot.id}/calendar`;
  return (
    <p class="add-to-calendar no-print">
      {t.addToCalendar}:{' '}
      <a href={`${calendar}.ics`} aria-label={t.addSlotToCalendarFile(slot.title)}>
        .ics
      </a>
      {' · '}
      <a href={`${calendar}/google`} aria-label={t.addSlotToGoogle(slot.title)}>
        Google
      </a>
      {' · '}
      <a href={`${calendar}/outlook`} aria-label={t.addSlotToOutlook(slot.title)}>
        Outlook
      </a>
    </p>
  );
}

/** Whether a title starts with the kind's own word ("Lunsj. Hjemreise" and "lunsj"), whatever the case. */
function sameWords(title: string, kind: string): boolean {
  return title.toLocaleLowerCase().startsWith(kind.toLocaleLowerCase());
}

function groupByLocalDay(slots: ProgrammeSlot[], event: EventRecord) {
  const days: { day: string; slots: ProgrammeSlot[] }[] = [];
  for (const slot of slots) {
    const day = localDay(slot.startsAt, event.timeZone);
    const last = days.at(-1);
    if (last?.day === day) last.slots.push(slot);
    else days.push({ day, slots: [slot] });
  }
  return days;
}
