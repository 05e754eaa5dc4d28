import type { ReviewedApplication } from '#shared/domain/application.ts';
import type { EventRecord, Language } from '#shared/domain/event.ts';
import type { Organiser } from '#shared/domain/organiser.ts';
import { deadlineText } from '#shared/event-when.ts';
import { eventChangeMessagesFor } from '#shared/i18n/event-change-messages.ts';
import { selectionMessagesFor } from '#shared/i18n/selection-messages.ts';
import { formatClock, formatDate } from '#shared/time.ts';
import { CRITERIA, criteriaOf } from '#shared/working-group/application-criteria.ts';
import { type RegionPicture, regionPicture } from '#shared/working-group/region-picture.ts';
import {
  countyCodeOf,
  REVIEW_FILTERS,
  REVIEW_SORTS,
  type ReviewQuery,
  reviewList,
} from '#shared/working-group/review-list.ts';
import { ActionButton } from '#web/components/action-button.tsx';
import { ActionNotice } from '#web/components/action-notice.tsx';
import { CancelledGroupNotice } from '#web/components/cancelled-group-notice.tsx';
import { ChoiceField } from '#web/components/form-field.tsx';
import { RegionMap } from '#web/components/region-map.tsx';
import { EventWorkspaceHeader } from './event-workspace-header.tsx';
import { OrganiserLayout } from './organiser-layout.tsx';

export interface ReviewNotice {
  text: string;
  /** A refusal is announced as an alert, a done change as a status. */
  refused?: boolean;
}

export interface ApplicationReviewPageProps {
  language: Language;
  organiser: Organiser;
  organisationName: string;
  showMailbox: boolean;
  event: EventRecord;
  applications: ReviewedApplication[];
  query: ReviewQuery;
  mayChange: boolean;
  /** Before the deadline the choice is provisional and the decisions cannot be sent. */
  applicationsOpen: boolean;
  notice?: ReviewNotice;
  /** The review of every application, or the selection made and the decisions to send. */
  view: 'review' | 'selection';
}

export const applicationsPath = (eventId: string) => `/organiser/events/${eventId}/applications`;

/** A working group's applications for its organisers: criteria, scores and neighbours, the region, the choice. */
export function ApplicationReviewPage(props: ApplicationReviewPageProps) {
  const { language, event, applications, query, view } = props;
  const t = selectionMessagesFor(language);
  const title = view === 'review' ? t.title(event.title) : t.selectionTitle(event.title);
  const places = event.selection?.places ?? 0;
  const selectedCount = applications.filter(({ review }) => review.selected).length;
  const shown = reviewList(applications, query, event.registrationClosesAt);
  const decided = event.decisionsSentAt !== undefined;
  const picture =
    applications.length === 0
      ? undefined
      : regionPicture(
          applications.map(({ application, review }) => ({ application, selected: review.selected })),
        );
  return (
    <OrganiserLayout {...props} title={title}>
      <EventWorkspaceHeader
        role={props.organiser.role}
        language={language}
        event={event}
        current={view === 'review' ? 'applications' : 'selection'}
        heading={title}
      />
      {props.notice && <ActionNotice refused={props.notice.refused}>{props.notice.text}</ActionNotice>}
      <CancelledGroupNotice event={event} text={t.notices.groupCancelled} />
      <p>{t.summary(applications.length, selectedCount, places)}</p>
      {event.selection?.basis && <p>{t.basis(event.selection.basis)}</p>}
      {event.decisionsSentAt && (
        <p>
          {t.decisionsSentAt(
            `${formatDate(event.decisionsSentAt, event.timeZone, language)} ${formatClock(event.decisionsSentAt, event.timeZone, language)}`,
          )}
        </p>
      )}
      {picture === undefined ? (
        <p>{t.noApplications}</p>
      ) : view === 'review' ? (
        <>
          <ReviewFilter {...props} />
          <ApplicationTable {...props} shown={shown} decided={decided} picture={picture} />
          <RegionMap language={language} picture={picture} />
        </>
      ) : (
        <>
          {selectedCount === 0 ? (
            <p>{t.noneSelectedYet}</p>
          ) : (
            <ApplicationTable
              {...props}
              shown={applications.filter(({ review }) => review.selected)}
              decided={decided}
              picture={picture}
            />
          )}
          <RegionMap language={language} picture={picture} />
          {props.mayChange && !decided && (
            <DecisionsSection
              language={language}
              event={event}
              applicationsOpen={props.applicationsOpen}
              selected={selectedCount}
              declined={applications.length - selectedCount}
            />
          )}
        </>
      )}
    </OrganiserLayout>
  );
}

function ReviewFilter({ language, event, applications, query }: ApplicationReviewPageProps) {
  const t = selectionMessagesFor(language);
  const counties = [
    ...new Map(
      applications.map(({ application }) => [countyCodeOf(application.municipalityCode), application.county]),
    ),
  ].sort(([a], [b]) => a.localeCompare(b));
  return (
    <section aria-labelledby="review-filter">
      <h2 id="review-filter">{t.filterHeading}</h2>
      <form method="get" action={applicationsPath(event.id)} class="filter-form">
        <ChoiceField
          name="county"
          label={t.county}
          choose={t.allCounties}
          required={false}
          value={query.county}
          options={counties.map(([code, name]) => ({ value: code, label: name }))}
        />
        <ChoiceField
          name="show"
          label={t.show}
          choose={t.shows.all}
          required={false}
          value={query.show === 'all' ? '' : query.show}
          options={REVIEW_FILTERS.filter((show) => show !== 'all').map((show) => ({
            value: show,
            label: t.shows[show],
          }))}
        />
        <ChoiceField
          name="sort"
          label={t.sort}
          choose={t.sorts.score}
          required={false}
          value={query.sort === 'score' ? '' : query.sort}
          options={REVIEW_SORTS.filter((sort) => sort !== 'score').map((sort) => ({
            value: sort,
            label: t.sorts[sort],
          }))}
        />
        <button type="submit" class="button button-secondary">
          {t.apply}
        </button>
      </form>
    </section>
  );
}

function ApplicationTable(
  props: ApplicationReviewPageProps & {
    shown: ReviewedApplication[];
    decided: boolean;
    picture: RegionPicture;
  },
) {
  const { language, event, applications, shown } = props;
  const t = selectionMessagesFor(language);
  // The picture has worked out who borders whom, once for every applicant.
  const neighboursOf = new Map(props.picture.applicants.map(({ code, neighbours }) => [code, neighbours]));
  return (
    <section aria-labelledby="application-list">
      <h2 id="application-list">{t.applications}</h2>
      <p role="status">{t.shown(shown.length, applications.length)}</p>
      <div class="table-scroll">
        <table class="mail-list stack-on-phone">
          <thead>
            <tr>
              <th scope="col">{t.columns.municipality}</th>
              <th scope="col">{t.columns.county}</th>
              <th scope="col">{t.columns.criteria}</th>
              <th scope="col">{t.columns.score}</th>
              <th scope="col">{t.columns.neighbours}</th>
              <th scope="col">{t.columns.decision}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map(({ application, review }) => {
              const criteria = criteriaOf(application, event.registrationClosesAt);
              const missing = CRITERIA.filter((criterion) => !criteria[criterion]);
              const neighbours = neighboursOf.get(application.municipalityCode) ?? [];
              const path = `${applicationsPath(event.id)}/${application.municipalityCode}`;
              return (
                <tr>
                  <th scope="row">
                    <a href={path}>{application.municipality}</a>
                  </th>
                  <td data-label={t.columns.county}>{application.county}</td>
                  <td data-label={t.columns.criteria}>
                    {missing.length === 0
                      ? t.allMet
                      : t.missing(missing.map((criterion) => t.criteria[criterion]).join(', '))}
                  </td>
                  <td data-label={t.columns.score}>{review.score ?? t.notScored}</td>
                  <td data-label={t.columns.neighbours}>
                    {neighbours.length === 0 ? t.noNeighbours : neighbours.join(', ')}
                  </td>
                  <td data-label={t.columns.decision}>
                    <p>{review.selected ? t.selected : t.notSelected}</p>
                    {props.mayChange && !props.decided && (
                      <SelectButton
                        path={path}
                        municipality={application.municipality}
                        selected={review.selected}
                        language={language}
                      />
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}

export function SelectButton(props: {
  path: string;
  municipality: string;
  selected: boolean;
  language: Language;
}) {
  const t = selectionMessagesFor(props.language);
  return props.selected ? (
    <ActionButton
      action={`${props.path}/unselect`}
      label={t.unselect}
      subject={props.municipality}
      kind="secondary"
    />
  ) : (
    <ActionButton action={`${props.path}/select`} label={t.select} subject={props.municipality} />
  );
}

function DecisionsSection(props: {
  language: Language;
  event: EventRecord;
  applicationsOpen: boolean;
  selected: number;
  declined: number;
}) {
  const { event, language } = props;
  const t = selectionMessagesFor(language);
  return (
    <section aria-labelledby="decisions">
      <h2 id="decisions">{t.decisionsHeading}</h2>
      {props.applicationsOpen ? (
        <>
          <p>
            {t.notices.beforeDeadline(
              deadlineText(event.registrationClosesAt ?? event.startsAt, event.timeZone, language),
            )}
          </p>
          <p>
            <a href={`${applicationsPath(event.id)}/decide-now`}>
              {eventChangeMessagesFor(language).decideNow.link}
            </a>
          </p>
        </>
      ) : (
        <>
          <p>{t.decisionsIntro(props.selected, props.declined)}</p>
          <p>{t.decisionsWarning}</p>
          <form method="post" action={`${applicationsPath(event.id)}/decisions`}>
            <div class="choice">
              <input type="checkbox" id="confirm-decisions" name="confirm" value="yes" required />
              <label for="confirm-decisions">{t.confirmDecisions}</label>
            </div>
            <button type="submit" class="button">
              {t.sendDecisions}
            </button>
          </form>
        </>
      )}
    </section>
  );
}
