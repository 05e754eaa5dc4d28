import type { Application } from '#shared/domain/application.ts';
import type { EventRecord, Language } from '#shared/domain/event.ts';
import type { Organisation } from '#shared/domain/organisation.ts';
import { deadlineText } from '#shared/event-when.ts';
import type { FieldErrors } from '#shared/forms/form-reading.ts';
import { applicationMessagesFor } from '#shared/i18n/application-messages.ts';
import { ActionNotice } from '#web/components/action-notice.tsx';
import { ApplicationFields, applicationFieldLabels } from '#web/components/application-fields.tsx';
import { ErrorSummary } from '#web/components/error-summary.tsx';
import { IdempotencyKeyField } from '#web/components/idempotency-key-field.tsx';
import { MunicipalityField } from '#web/components/municipality-field.tsx';
import { PrivacyNotice } from '#web/components/privacy-notice.tsx';
import { Layout } from '#web/layout.tsx';

export interface ApplicationFormPageProps {
  event: EventRecord;
  /** The reader's language; the event's own texts stay in the event's. */
  language: Language;
  /** The organiser, who processes the members' data. */
  organisation: Organisation;
  values: Record<string, string>;
  errors: FieldErrors;
  showMailbox: boolean;
  /** The reader asked to choose from every county, not only the group's own. */
  allCounties?: boolean;
  /** Behind the team's edit link: the stored application, the link's path, and whether it may still change. */
  edit?: { application: Application; path: string; changeable: boolean; saved?: boolean };
}

/** A municipality's application, new or behind the edit link: the requirements, the deadline, the team. No JavaScript. */
export function ApplicationFormPage(props: ApplicationFormPageProps) {
  const { language } = props;
  const { event, values, errors, edit } = props;
  const t = applicationMessagesFor(language);
  const title = edit ? t.editTitle(edit.application.municipality, event.title) : t.formTitle(event.title);
  const deadline = event.registrationClosesAt;
  return (
    <Layout language={language} title={title} showMailbox={props.showMailbox}>
      <h1>{title}</h1>
      {edit?.saved && <ActionNotice>{t.edit.saved}</ActionNotice>}
      {deadline && (
        <p>
          <strong>{t.deadline(deadlineText(deadline, event.timeZone, language))}</strong>
        </p>
      )}
      {!edit && <p>{t.formIntro}</p>}
      {event.selection && (
        <section aria-labelledby="requirements">
          <h2 id="requirements">{t.requirementsHeading}</h2>
          <ul>
            {event.selection.requirements.map((requirement) => (
              <li>{requirement}</li>
            ))}
          </ul>
          <p>{t.selectionNote(event.selection.places)}</p>
        </section>
      )}
      <ErrorSummary heading={t.errorSummary} errors={errors} labels={applicationFieldLabels(language)} />
      {edit && !edit.changeable ? (
        <>
          <p class="notice" role="status">
            {t.edit.closed}
          </p>
          <ApplicationSummary language={language} application={edit.application} />
        </>
      ) : (
        <form method="post" action={edit ? edit.path : `/events/${event.id}/apply`} novalidate>
          {!edit && <IdempotencyKeyField />}
          {edit ? (
            <p>
              <strong>{t.fields.municipality}:</strong> {edit.application.municipality} (
              {edit.application.county})
            </p>
          ) : (
            <MunicipalityField
              name="municipality"
              label={t.fields.municipality}
              language={language}
              value={values.municipality}
              error={errors.municipality}
              choose={t.choose}
              homeCounty={event.selection?.county}
              allCounties={props.allCounties === true}
            />
          )}
          <ApplicationFields language={language} values={values} errors={errors} />
          <PrivacyNotice language={language} organisation={props.organisation} application />
          <button type="submit" class="button">
            {edit ? t.save : t.submit}
          </button>
        </form>
      )}
    </Layout>
  );
}

/** What the team sent, read-only: shown behind the edit link once the deadline has passed. */
function ApplicationSummary({ language, application }: { language: Language; application: Application }) {
  const t = applicationMessagesFor(language);
  return (
    <section aria-labelledby="summary">
      <h2 id="summary">{t.edit.summaryHeading}</h2>
      <dl>
        <dt>{t.fields.municipality}</dt>
        <dd>
          {application.municipality} ({application.county})
        </dd>
        <dt>{t.membersHeading}</dt>
        <dd>
          <ul>
            {application.members.map((member) => (
              <li>
                {member.name}, {member.title} ({t.representations[member.representation]})
              </li>
            ))}
          </ul>
        </dd>
        <dt>{t.fields.localSituation}</dt>
        <dd>{application.localSituation}</dd>
      </dl>
    </section>
  );
}
