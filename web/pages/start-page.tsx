import type { EventRecord, Language } from '#shared/domain/event.ts';
import { eventPhase } from '#shared/domain/event-phase.ts';
import { eventWhen } from '#shared/event-when.ts';
import { messagesFor } from '#shared/i18n/messages.ts';
import { eventTextLanguage } from '#web/components/event-text-language.ts';
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
    <Layout language={language} title={t.siteTagline} showMailbox={showMailbox}>
      <h1>{t.siteTagline}</h1>
      <section aria-labelledby="upcoming">
        <h2 id="upcoming">{t.upcomingEvents}</h2>
        <EventList language={language} events={coming} now={now} empty={t.noUpcomingEvents} />
      </section>
      <section aria-labelledby="past">
        <h2 id="past">{t.pastEvents}</h2>
        <EventList language={language} events={past} now={now} empty={t.noPastEvents} />
      </section>
    </Layout>
  );
}

/** Each event's kind, date and state in the reader's language; its title and summary in its own. */
function EventList({
  events,
  language,
  now,
  empty,
}: {
  events: EventRecord[];
  language: Language;
  now: Date;
  empty: string;
}) {
  if (events.length === 0) return <p>{empty}</p>;
  const t = messagesFor(language);
  return (
    <ul class="event-list">
      {events.map((event) => {
        const own = eventTextLanguage(event, language);
        return (
          <li>
            <p class="kind">{t.eventKind[event.kind]}</p>
            <h3 lang={own}>
              <a href={`/events/${event.id}`}>{event.title}</a>
            </h3>
            <p>{eventWhen(event, language)}</p>
            {eventPhase(event, now) === 'cancelled' && <p class="notice">{t.eventCancelled}</p>}
            <p lang={own}>{event.summary}</p>
          </li>
        );
      })}
    </ul>
  );
}
