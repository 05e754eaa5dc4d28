import { type EventRecord, type Language, registersParticipants } from '#shared/domain/event.ts';
import { eventPhase, registrationWindow } from '#shared/domain/event-phase.ts';
import type { Meeting } from '#shared/domain/meeting.ts';
import type { ProgrammeSlot } from '#shared/domain/programme-slot.ts';
import { deadlineText, eventWhen, openingText, venueText } from '#shared/event-when.ts';
import { applicationMessagesFor } from '#shared/i18n/application-messages.ts';
import { delegationMessagesFor } from '#shared/i18n/delegation-messages.ts';
import { manageLinkMessagesFor } from '#shared/i18n/manage-link-messages.ts';
import { messagesFor } from '#shared/i18n/messages.ts';
import { participantMessagesFor } from '#shared/i18n/participant-messages.ts';
import { linkAgainPath } from '#shared/public-urls.ts';
import { meetingSeriesWhen } from '#shared/working-group/meeting-series-when.ts';
import { ContactList } from '#web/components/contact-list.tsx';
import { eventTextLanguage } from '#web/components/event-text-language.ts';
import { MeetingList } from '#web/components/meeting-list.tsx';
import { ProgrammeList, type SessionFileLink } from '#web/components/programme-list.tsx';
import { StudyTripDetails } from '#web/components/study-trip-details.tsx';
import { joinsWaitingList, WaitingListNote } from '#web/components/waiting-list-note.tsx';
import { WorkingGroupDetails } from '#web/components/working-group-details.tsx';
import { Layout } from '#web/layout.tsx';

export interface EventPageProps {
  event: EventRecord;
  /** The reader's language: everything around the event's own texts, which stay in the event's language. */
  language: Language;
  slots: ProgrammeSlot[];
  meetings: Meeting[];
  seatsLeft?: number;
  /** Another edition of the same event to point to: the upcoming one from a past page, the earlier one otherwise. */
  otherEdition?: EventRecord;
  now: Date;
  showMailbox: boolean;
  /** The page's public address, written into the Google and Outlook entries of the programme's sessions. */
  eventUrl: string;
  /** The sessions' files anyone may fetch. */
  files?: SessionFileLink[];
  /** Shown to the event's organisers before it is public: marked as a preview, kept from search engines. */
  preview?: { notice: string; back: { label: string; href: string } };
}

/** An event's public page: its own texts in its language, everything around them in the reader's. */
export function EventPage({
  event,
  language,
  slots,
  meetings,
  seatsLeft,
  otherEdition,
  now,
  showMailbox,
  eventUrl,
  files,
  preview,
}: EventPageProps) {
  const t = messagesFor(language);
  const own = eventTextLanguage(event, language);
  const phase = eventPhase(event, now);
  const deadline = event.registrationClosesAt;
  const window = registrationWindow(event, now);
  return (
    <Layout
      language={language}
      title={event.title}
      description={event.summary}
      showMailbox={showMailbox}
      noindex={preview !== undefined}
    >
      {preview && (
        <div class="notice preview-notice" role="note">
          <p>{preview.notice}</p>
          <p>
            <a href={preview.back.href}>{preview.back.label}</a>
          </p>
        </div>
      )}
      <p class="kind">{t.eventKind[event.kind]}</p>
      <h1 lang={own}>{event.title}</h1>
      {phase === 'past' && (
        <p class="notice" role="status">
          {t.datePassed}
        </p>
      )}
      {phase === 'cancelled' && (
        <p class="notice" role="status">
          {t.eventCancelled}
        </p>
      )}
      {phase === 'ongoing' && <p class="notice">{t.eventOngoing}</p>}
      {otherEdition && (
        <p class="no-print">
          {otherEdition.startsAt > event.startsAt ? t.newerEdition : t.earlierEdition}:{' '}
          <a href={`/events/${otherEdition.id}`} lang={own}>
            {otherEdition.title}
          </a>
        </p>
      )}
      <p lang={own}>
        <strong>{event.summary}</strong>
      </p>
      <dl class="facts">
        <WhenAndWhere event={event} language={language} meetings={meetings} />
        {event.theme && (
          <>
            <dt>{t.theme}</dt>
            <dd lang={own}>{event.theme}</dd>
          </>
        )}
        {event.coOrganisers.length > 0 && (
          <>
            <dt>{t.inCollaborationWith}</dt>
            <dd>{event.coOrganisers.join(', ')}</dd>
          </>
        )}
        {event.capacity !== undefined && (
          <>
            <dt>{t.seats}</dt>
            <dd>
              {window === 'open' && seatsLeft !== undefined
                ? t.seatsLeft(seatsLeft)
                : t.seatsTotal(event.capacity)}
            </dd>
          </>
        )}
        {deadline && (
          <>
            <dt>{event.kind === 'working-group' ? t.applicationDeadline : t.registrationDeadline}</dt>
            <dd>
              <time datetime={deadline}>{deadlineText(deadline, event.timeZone, language)}</time>
            </dd>
          </>
        )}
      </dl>
      {phase !== 'cancelled' && (
        <p class="no-print">
          <a href={`/events/${event.id}/calendar.ics`}>{t.addEventToCalendar}</a>
        </p>
      )}
      {event.kind === 'conference' &&
        window === 'open' &&
        seatsLeft === 0 &&
        event.waitingListEnabled === false && (
          <p class="notice">{participantMessagesFor(language).fullBody}</p>
        )}
      {event.kind === 'conference' && window === 'open' && joinsWaitingList(event, seatsLeft) && (
        <WaitingListNote event={event} language={language} />
      )}
      {event.kind === 'conference' &&
        window === 'open' &&
        (seatsLeft !== 0 || joinsWaitingList(event, seatsLeft)) && (
          <p class="no-print">
            <a class="button" href={`/events/${event.id}/sign-up`}>
              {joinsWaitingList(event, seatsLeft)
                ? participantMessagesFor(language).joinWaitingList
                : t.signUp}
            </a>
          </p>
        )}
      {event.kind === 'study-trip' && event.quotas && window === 'open' && (
        <p class="no-print">
          <a class="button" href={`/events/${event.id}/delegation`}>
            {delegationMessagesFor(language).registerDelegation}
          </a>
        </p>
      )}
      {event.kind === 'working-group' && window === 'open' && (
        <p class="no-print">
          <a class="button" href={`/events/${event.id}/apply`}>
            {applicationMessagesFor(language).apply}
          </a>
        </p>
      )}
      {registersParticipants(event) && (
        <p class="no-print">
          <a href={linkAgainPath(event.id)}>{manageLinkMessagesFor(language).lostLink}</a>
        </p>
      )}
      {event.kind === 'conference' && window === 'not-open-yet' && event.registrationOpensAt && (
        <p>
          {participantMessagesFor(language).notOpenYetBody(
            openingText(event.registrationOpensAt, event.timeZone, language),
          )}
        </p>
      )}
      {event.description.map((paragraph) => (
        <p lang={own}>{paragraph}</p>
      ))}
      {event.targetGroups.length > 0 && (
        <section aria-labelledby="target-groups">
          <h2 id="target-groups">{t.targetGroups}</h2>
          <ul lang={own}>
            {event.targetGroups.map((group) => (
              <li>{group}</li>
            ))}
          </ul>
        </section>
      )}
      <WorkingGroupDetails event={event} language={language} />
      {meetings.length > 0 && (
        <section aria-labelledby="meetings">
          <h2 id="meetings">{t.meetings}</h2>
          <MeetingList event={event} meetings={meetings} language={language} />
          <p class="no-print">
            <a href={`${eventUrl.replace(/^https?:/, 'webcal:')}/meetings.ics`}>{t.subscribeToMeetings}</a>
          </p>
        </section>
      )}
      {slots.length > 0 && (
        <section aria-labelledby="programme">
          <h2 id="programme">{t.programme}</h2>
          <p class="no-print">
            <a href={`/events/${event.id}/programme`}>{t.printProgramme}</a>
          </p>
          <ProgrammeList
            event={event}
            slots={slots}
            language={language}
            eventUrl={phase === 'cancelled' ? undefined : eventUrl}
            files={files}
          />
        </section>
      )}
      <StudyTripDetails event={event} language={language} />
      {event.contacts.length > 0 && (
        <section aria-labelledby="contacts">
          <h2 id="contacts">{t.contacts}</h2>
          <ContactList event={event} language={language} />
        </section>
      )}
    </Layout>
  );
}

/**
 * The first facts of an event, for a `dl.facts`: when, in its own zone (a working group: its meetings), and where,
 * or that it is digital.
 */
export function WhenAndWhere({
  event,
  language,
  meetings = [],
}: {
  event: EventRecord;
  language: Language;
  meetings?: readonly Meeting[];
}) {
  const t = messagesFor(language);
  const place =
    event.venue.kind === 'digital' ? `${t.digital}. ${t.digitalLinkNote}` : venueText(event.venue, language);
  return (
    <>
      <dt>{t.when}</dt>
      <dd>
        {event.kind === 'working-group' && meetings.length > 0
          ? meetingSeriesWhen(event, meetings, language)
          : eventWhen(event, language)}
      </dd>
      <dt>{t.where}</dt>
      <dd>{place}</dd>
    </>
  );
}
