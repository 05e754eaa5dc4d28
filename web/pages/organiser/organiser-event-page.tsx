import type { EventRecord, Language } from '#shared/domain/event.ts';
import { mayChangeRegistrations, type Organiser } from '#shared/domain/organiser.ts';
import type { Registration } from '#shared/domain/registration.ts';
import { organiserMessagesFor } from '#shared/i18n/organiser-messages.ts';
import { workspaceMessagesFor } from '#shared/i18n/workspace-messages.ts';
import type { Attention } from '#shared/organiser/event-attention.ts';
import type { NeedCount } from '#shared/organiser/needs-summary.ts';
import { formatClock, formatDate } from '#shared/time.ts';
import { AddOnTotals } from './add-on-totals.tsx';
import { AttentionList } from './attention-list.tsx';
import { EventWorkspaceHeader, eventSectionPath } from './event-workspace-header.tsx';
import { NeedsTotals } from './needs-totals.tsx';
import { OrganiserLayout } from './organiser-layout.tsx';
import { WorkspaceEventLinks } from './workspace-event-links.tsx';

export interface OrganiserEventPageProps {
  language: Language;
  organiser: Organiser;
  organisationName: string;
  event: EventRecord;
  counts: { confirmed: number; waiting: number; cancelled: number };
  addOnsTaken: Record<string, number>;
  needs: { diet: NeedCount[]; accessibility: NeedCount[] };
  attention: Attention[];
  latest: Registration[];
  applications?: { submitted: number; selected: number };
  showMailbox: boolean;
}

/**
 * An event's overview: its numbers, what needs doing, who registered last and the needs as totals. The lists and
 * every change live on the event's other pages, one job each.
 */
export function OrganiserEventPage(props: OrganiserEventPageProps) {
  const { language, event } = props;
  const t = organiserMessagesFor(language);
  const w = workspaceMessagesFor(language);
  const mayChange = mayChangeRegistrations(props.organiser.role);
  const group = event.kind === 'working-group';
  const time = (instant: string) =>
    `${formatDate(instant, event.timeZone, language)} ${formatClock(instant, event.timeZone, language)}`;
  return (
    <OrganiserLayout {...props} title={event.title}>
      <EventWorkspaceHeader
        role={props.organiser.role}
        language={language}
        event={event}
        current="overview"
      />
      <WorkspaceEventLinks language={language} event={event} organiser={props.organiser} />
      {!mayChange && <p>{t.viewerNote}</p>}
      <section aria-labelledby="attention">
        <h2 id="attention">{w.attention.heading}</h2>
        <AttentionList
          language={language}
          event={event}
          attention={props.attention}
          nothing={w.attention.nothing}
        />
      </section>
      <dl class="facts">
        {group && props.applications ? (
          <>
            <dt>{t.applicationCounts.submitted}</dt>
            <dd>{props.applications.submitted}</dd>
            <dt>{t.applicationCounts.selected}</dt>
            <dd>
              {props.applications.selected}
              {event.selection && ` / ${event.selection.places}`}
            </dd>
          </>
        ) : (
          <>
            <dt>{t.counts.capacity}</dt>
            <dd>{event.capacity ?? '–'}</dd>
            <dt>{t.counts.confirmed}</dt>
            <dd>{props.counts.confirmed}</dd>
            <dt>{t.counts.waiting}</dt>
            <dd>{props.counts.waiting}</dd>
            <dt>{t.counts.cancelled}</dt>
            <dd>{props.counts.cancelled}</dd>
          </>
        )}
      </dl>
      {!group && (
        <section aria-labelledby="latest">
          <h2 id="latest">{t.latestHeading}</h2>
          {props.latest.length === 0 ? (
            <p>{t.none}</p>
          ) : (
            <ul>
              {props.latest.map((registration) => (
                <li>
                  {registration.name}, {registration.organisation} – {t.status[registration.status]},{' '}
                  {time(registration.createdAt)}
                </li>
              ))}
            </ul>
          )}
          <p>
            <a href={eventSectionPath(event, 'participants')}>{t.allParticipants}</a>
            {' · '}
            <a href={`${eventSectionPath(event, 'overview')}/participants.csv`} download>
              {t.exportCsv}
            </a>
          </p>
        </section>
      )}
      {!group && <AddOnTotals event={event} language={language} taken={props.addOnsTaken} />}
      {!group && <NeedsTotals language={language} needs={props.needs} />}
    </OrganiserLayout>
  );
}
