import type { ReviewedApplication } from '#shared/domain/application.ts';
import type { EventRecord, Language } from '#shared/domain/event.ts';
import type { Organiser } from '#shared/domain/organiser.ts';
import type { FieldErrors } from '#shared/forms/form-reading.ts';
import { applicationMessagesFor } from '#shared/i18n/application-messages.ts';
import { selectionMessagesFor } from '#shared/i18n/selection-messages.ts';
import { formatClock, formatDate } from '#shared/time.ts';
import { CRITERIA, criteriaOf } from '#shared/working-group/application-criteria.ts';
import { ActionNotice } from '#web/components/action-notice.tsx';
import { CancelledGroupNotice } from '#web/components/cancelled-group-notice.tsx';
import { ErrorSummary } from '#web/components/error-summary.tsx';
import { FormField } from '#web/components/form-field.tsx';
import { applicationsPath, type ReviewNotice, SelectButton } from './application-review-page.tsx';
import { OrganiserLayout } from './organiser-layout.tsx';

export interface ApplicationDetailPageProps {
  language: Language;
  organiser: Organiser;
  organisationName: string;
  showMailbox: boolean;
  event: EventRecord;
  reviewed: ReviewedApplication;
  mayChange: boolean;
  notice?: ReviewNotice;
  /** The assessment form as sent, with its errors, when it was refused. */
  form?: { values: Record<string, string>; errors: FieldErrors };
}

/** One municipality's application as its team sent it, each criterion checked, and the organisers' assessment. */
export function ApplicationDetailPage(props: ApplicationDetailPageProps) {
  const { language, event } = props;
  const { application, review } = props.reviewed;
  const t = selectionMessagesFor(language);
  const a = applicationMessagesFor(language);
  const criteria = criteriaOf(application, event.registrationClosesAt);
  const path = `${applicationsPath(event.id)}/${application.municipalityCode}`;
  const values = props.form?.values ?? { notes: review.notes, score: review.score?.toString() ?? '' };
  const decided = event.decisionsSentAt !== undefined;
  return (
    <OrganiserLayout {...props} title={t.details(application.municipality)}>
      <p class="kind">
        <a href={applicationsPath(event.id)}>{t.title(event.title)}</a>
      </p>
      <h1>{t.details(application.municipality)}</h1>
      {props.form && (
        <ErrorSummary
          heading={t.errorSummary}
          errors={props.form.errors}
          labels={{ notes: t.notes, score: t.score }}
        />
      )}
      {props.notice && <ActionNotice refused={props.notice.refused}>{props.notice.text}</ActionNotice>}
      <CancelledGroupNotice event={event} text={t.notices.groupCancelled} />
      <dl class="facts">
        <dt>{t.columns.county}</dt>
        <dd>{application.county}</dd>
        <dt>{t.columns.decision}</dt>
        <dd>{decided ? t.outcome[application.status] : review.selected ? t.selected : t.notSelected}</dd>
      </dl>
      <p>
        {t.submittedAt(
          `${formatDate(application.submittedAt, event.timeZone, language)} ${formatClock(application.submittedAt, event.timeZone, language)}`,
        )}
      </p>
      {props.mayChange && !decided && (
        <SelectButton
          path={path}
          municipality={application.municipality}
          selected={review.selected}
          language={language}
        />
      )}
      <h2>{t.columns.criteria}</h2>
      <ul>
        {CRITERIA.map((criterion) => (
          <li>
            {t.criteria[criterion]}: {criteria[criterion] ? t.met : t.notMet}
          </li>
        ))}
      </ul>
      <h2>{t.team}</h2>
      <div class="table-scroll">
        <table class="mail-list">
          <thead>
            <tr>
              <th scope="col">{a.fields.name}</th>
              <th scope="col">{a.fields.title}</th>
              <th scope="col">{a.fields.representation}</th>
              <th scope="col">{a.fields.email}</th>
            </tr>
          </thead>
          <tbody>
            {application.members.map((member) => (
              <tr>
                <td>{member.name}</td>
                <td>{member.title}</td>
                <td>{a.representations[member.representation]}</td>
                <td>{member.email}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2>{t.localSituation}</h2>
      <p class="preserve-lines">{application.localSituation}</p>
      <section aria-labelledby="review">
        <h2 id="review">{t.reviewHeading}</h2>
        {props.mayChange ? (
          <form method="post" action={`${path}/review`}>
            <FormField
              name="notes"
              label={t.notes}
              hint={t.notesHint}
              multiline
              value={values.notes}
              error={props.form?.errors.notes}
            />
            <FormField
              name="score"
              label={t.score}
              hint={t.scoreHint}
              type="number"
              min={0}
              max={100}
              value={values.score}
              error={props.form?.errors.score}
            />
            <button type="submit" class="button">
              {t.saveReview}
            </button>
          </form>
        ) : (
          <dl class="facts">
            <dt>{t.notes}</dt>
            <dd>{review.notes || '–'}</dd>
            <dt>{t.score}</dt>
            <dd>{review.score ?? t.notScored}</dd>
          </dl>
        )}
      </section>
    </OrganiserLayout>
  );
}
