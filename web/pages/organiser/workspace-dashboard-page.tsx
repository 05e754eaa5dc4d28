import type { EventRecord, Language } from '#shared/domain/event.ts';
import { mayChangeRegistrations, type Organiser } from '#shared/domain/organiser.ts';
import { eventWhen } from '#shared/event-when.ts';
import { workspaceMessagesFor } from '#shared/i18n/workspace-messages.ts';
import type { DashboardEvent } from '#shared/organiser/dashboard-event.ts';
import { SignUpChart } from '#web/components/sign-up-chart.tsx';
import { AttentionList } from './attention-list.tsx';
import { OrganiserLayout } from './organiser-layout.tsx';

/** The status word beside an event's title: drafts and cancelled events say so in words, not colour. */
export function eventStatusText(language: Language, event: Pick<EventRecord, 'status'>): string {
  const t = workspaceMessagesFor(language).dashboard;
  return { draft: t.draft, published: t.published, cancelled: t.cancelled }[event.status];
}

/**
 * The organiser's start page: what needs doing across the organisation's events first, then each upcoming event
 * with its status, seats and sign-ups over time (the chart folded away), then the earlier ones.
 */
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
  const a = workspaceMessagesFor(language).attention;
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
      <section aria-labelledby="attention">
        <h2 id="attention">{a.heading}</h2>
        {props.upcoming.every((item) => item.attention.length === 0) ? (
          <p>{a.nothing}</p>
        ) : (
          props.upcoming
            .filter((item) => item.attention.length > 0)
            .map((item) => (
              <>
                <h3>{item.event.title}</h3>
                <AttentionList language={language} event={item.event} attention={item.attention} />
              </>
            ))
        )}
      </section>
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
            {item.event.kind !== 'working-group' && (
              <>
                <dt>{t.seats}</dt>
                <dd>{t.seatsOf(item.seatsTaken, item.event.capacity)}</dd>
              </>
            )}
          </dl>
          {item.event.kind !== 'working-group' && (
            <details>
              <summary>{t.chartHeading(item.event.title)}</summary>
              <SignUpChart language={language} event={item.event} series={item.signUps} />
            </details>
          )}
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
