import type { EventRecord, Language } from '#shared/domain/event.ts';
import { eventPhase } from '#shared/domain/event-phase.ts';
import { eventWhen } from '#shared/event-when.ts';
import { messagesFor } from '#shared/i18n/messages.ts';
import { Layout } from '#web/layout.tsx';

export interface StartPageProps {
  language: Language;
  events: EventRecord[];
  now: Date;
  showMailbox: boolean;
}

export function StartPage({ language, events, now, showMailbox }: StartPageProps) {
  const t = messagesFor(language);
  const past = events.filter((event) => eventPhase(event, now) === 'past').reverse();
  const coming = events.filter((event) => eventPhase(event, now) !== 'past');
  return (
    <Layout
      language={language}
      title={t.siteTagline}
      languageLinks={(other) => `/?lang=${other}`}
      showMailbox={showMailbox}
    >
      <h1>{t.siteTagline}</h1>
      <section aria-labelledby="upcoming">
        <h2 id="upcoming">{t.upcomingEvents}</h2>
        <EventList events={coming} now={now} empty={t.noUpcomingEvents} />
      </section>
      <section aria-labelledby="past">
        <h2 id="past">{t.pastEvents}</h2>
        <EventList events={past} now={now} empty={t.noPastEvents} />
      </section>
    </Layout>
  );
}

function EventList({ events, now, empty }: { events: EventRecord[]; now: Date; empty: string }) {
  if (events.length === 0) return <p>{empty}</p>;
  return (
    <ul class="event-list">
      {events.map((event) => (
        <li lang={event.language}>
          <p class="kind">{messagesFor(event.language).eventKind[event.kind]}</p>
          <h3>
            <a href={`/events/${event.id}`}>{event.title}</a>
          </h3>
          <p>{eventWhen(event, event.language)}</p>
          {eventPhase(event, now) === 'cancelled' && (
            <p class="notice">{messagesFor(event.language).eventCancelled}</p>
          )}
          <p>{event.summary}</p>
        </li>
      ))}
    </ul>
  );
}
