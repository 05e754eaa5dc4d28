import type { EventRecord, Language } from '#shared/domain/event.ts';
import { mayChangeRegistrations, type Organiser } from '#shared/domain/organiser.ts';
import { eventWhen } from '#shared/event-when.ts';
import { workspaceMessagesFor } from '#shared/i18n/workspace-messages.ts';
import type { DashboardEvent } from '#shared/organiser/dashboard-event.ts';
import { SignUpChart } from '#web/components/sign-up-chart.tsx';
import { OrganiserLayout } from './organiser-layout.tsx';

/** The status word beside an event's title: drafts and cancelled events say so in words, not colour. */
export function eventStatusText(language: Language, event: Pick<EventRecord, 'status'>): string {
  const t = workspaceMessagesFor(language).dashboard;
  return { draft: t.draft, published: t.published, cancelled: t.cancelled }[event.status];
}

/** The organiser's start page: each upcoming event with its numbers and sign-ups over time, then the earlier ones. */
export function WorkspaceDashboardPage(props: {
  language: Language;
  organiser: Organiser;
  organisationName: string;
  showMailbox: boolean;
  upcoming: DashboardEvent[];
  earlier: EventRecord[];
}) {
  const { language } = props;
  const t = workspaceMessagesFor(language).dashboard;
  return (
    <OrganiserLayout {...props} title={t.title}>
      <h1>{t.title}</h1>
      {mayChangeRegistrations(props.organiser.role) && (
        <p>
          <a class="button" href="/organiser/events/new">
            {t.newEvent}
          </a>
        </p>
      )}
      <h2>{t.upcoming}</h2>
      {props.upcoming.length === 0 && <p>{t.noUpcoming}</p>}
      {props.upcoming.map((item) => (
        <section class="dashboard-event" aria-labelledby={`event-${item.event.id}`}>
          <h3 id={`event-${item.event.id}`}>
            <a href={`/organiser/events/${item.event.id}`}>{item.event.title}</a>
          </h3>
          <p>{eventWhen(item.event, language)}</p>
          <dl class="facts">
            <dt>{t.status}</dt>
            <dd>{eventStatusText(language, item.event)}</dd>
            <dt>{t.seats}</dt>
            <dd>{t.seatsOf(item.seatsTaken, item.event.capacity)}</dd>
            <dt>{t.waiting}</dt>
            <dd>{item.waiting}</dd>
            {item.applicationsToReview !== undefined && (
              <>
                <dt>{t.applications}</dt>
                <dd>
                  <a href={`/organiser/events/${item.event.id}/applications`}>{item.applicationsToReview}</a>
                </dd>
              </>
            )}
          </dl>
          <h4>{t.chartHeading(item.event.title)}</h4>
          <SignUpChart language={language} event={item.event} series={item.signUps} />
        </section>
      ))}
      {props.earlier.length > 0 && (
        <section aria-labelledby="earlier-events">
          <h2 id="earlier-events">{t.earlier}</h2>
          <ul class="event-list">
            {props.earlier.map((event) => (
              <li>
                <a href={`/organiser/events/${event.id}`}>{event.title}</a> ({eventWhen(event, language)})
              </li>
            ))}
          </ul>
        </section>
      )}
    </OrganiserLayout>
  );
}
