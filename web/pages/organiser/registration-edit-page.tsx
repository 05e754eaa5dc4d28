import type { EventRecord, Language } from '#shared/domain/event.ts';
import type { Organiser } from '#shared/domain/organiser.ts';
import type { Registration } from '#shared/domain/registration.ts';
import type { FieldErrors } from '#shared/forms/form-reading.ts';
import { organiserMessagesFor } from '#shared/i18n/organiser-messages.ts';
import { participantMessagesFor } from '#shared/i18n/participant-messages.ts';
import { registrationEditMessagesFor } from '#shared/i18n/registration-edit-messages.ts';
import { workspaceMessagesFor } from '#shared/i18n/workspace-messages.ts';
import { formatClock, formatDate } from '#shared/time.ts';
import { ActionButton } from '#web/components/action-button.tsx';
import { ActionNotice } from '#web/components/action-notice.tsx';
import { ErrorSummary } from '#web/components/error-summary.tsx';
import {
  ParticipantFields,
  participantFieldLabels,
  registrationFieldValues,
} from '#web/components/participant-fields.tsx';
import { OrganiserLayout } from './organiser-layout.tsx';

export interface RegistrationEditPageProps {
  language: Language;
  organiser: Organiser;
  organisationName: string;
  showMailbox: boolean;
  event: EventRecord;
  registration: Registration;
  /** What was posted, shown again with `errors`; absent, the form is filled from the registration as stored. */
  values?: Record<string, string>;
  errors?: FieldErrors;
  /** After a save: what it did, or why it did not. */
  message?: string;
  /** The message says why the save did not go through. */
  refused?: boolean;
}

/**
 * An organiser's edit of one registration: the sign-up form's details and answers, never the needs. The form carries
 * the revision it was filled from, so saving over a change made meanwhile is refused. A cancelled one is shown only.
 */
export function RegistrationEditPage(props: RegistrationEditPageProps) {
  const { language, event, registration, errors = {} } = props;
  const t = registrationEditMessagesFor(language);
  const o = organiserMessagesFor(language);
  const values = props.values ?? {
    ...registrationFieldValues(event, registration),
    revision: String(registration.revision ?? 0),
  };
  const base = `/organiser/events/${event.id}`;
  const cancelled = registration.status === 'cancelled';
  return (
    <OrganiserLayout {...props} title={t.title(registration.name)}>
      <p class="kind">
        <a href={base}>{workspaceMessagesFor(language).back}</a>
      </p>
      <h1>{t.title(registration.name)}</h1>
      {props.message && <ActionNotice refused={props.refused}>{props.message}</ActionNotice>}
      <dl class="facts">
        <dt>{o.columns.status}</dt>
        <dd>{o.status[registration.status]}</dd>
        <dt>{o.columns.registeredAt}</dt>
        <dd>
          {formatDate(registration.createdAt, event.timeZone, language)}{' '}
          {formatClock(registration.createdAt, event.timeZone, language)}
        </dd>
        {cancelled && <StoredDetails language={language} registration={registration} />}
      </dl>
      {cancelled ? (
        <p>{t.cancelled}</p>
      ) : (
        <>
          <p>{t.intro}</p>
          <ErrorSummary
            heading={t.errorSummary}
            errors={errors}
            labels={participantFieldLabels(event, language)}
          />
          <form method="post" action={`${base}/registrations/${registration.id}`} novalidate>
            <input type="hidden" name="revision" value={values.revision} />
            <ParticipantFields
              event={event}
              language={language}
              values={values}
              errors={errors}
              emailEditable
              emailHint={t.emailHint}
              askNeeds={false}
            />
            <p class="hint">{t.needsNote}</p>
            <button type="submit" class="button">
              {t.save}
            </button>
          </form>
        </>
      )}
      <section aria-labelledby="participant-link">
        <h2 id="participant-link">{t.linkHeading}</h2>
        <p>{t.linkExplanation}</p>
        <ActionButton
          action={`${base}/registrations/${registration.id}/replace-link`}
          label={t.replaceLink}
          kind="secondary"
        />
      </section>
    </OrganiserLayout>
  );
}

/** A cancelled registration's details, read only. */
function StoredDetails({ language, registration }: { language: Language; registration: Registration }) {
  const p = participantMessagesFor(language);
  return (
    <>
      <dt>{p.fields.name}</dt>
      <dd>{registration.name}</dd>
      <dt>{p.fields.email}</dt>
      <dd>{registration.email}</dd>
      <dt>{p.fields.organisation}</dt>
      <dd>
        {registration.organisation} ({p.organisationKinds[registration.organisationKind]})
      </dd>
      <dt>{p.fields.role}</dt>
      <dd>{registration.role}</dd>
    </>
  );
}
