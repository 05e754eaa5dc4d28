import { memberField } from '#shared/delegation/delegation-form.ts';
import {
  type EventWithQuotas,
  largestQuota,
  MAX_MEMBERS_AT_ONCE,
  type OrganisationPlaces,
  organisationKey,
} from '#shared/delegation/quota.ts';
import type { WishedRole } from '#shared/domain/delegation-role.ts';
import type { Language } from '#shared/domain/event.ts';
import type { Organisation } from '#shared/domain/organisation.ts';
import { askedQuestions, questionLabel } from '#shared/domain/sign-up-question.ts';
import { eventWhen } from '#shared/event-when.ts';
import type { FieldErrors } from '#shared/forms/form-reading.ts';
import { delegationMessagesFor, roleList } from '#shared/i18n/delegation-messages.ts';
import { mayAskForInvoice } from '#shared/sign-up/add-on-choice.ts';
import { answerField } from '#shared/sign-up/question-answers.ts';
import { AddOnFields, PriceSummary, paidFieldLabels } from '#web/components/add-on-fields.tsx';
import { DelegationMemberFields } from '#web/components/delegation-member-fields.tsx';
import { DelegationPlaces } from '#web/components/delegation-places.tsx';
import { ErrorSummary } from '#web/components/error-summary.tsx';
import { ChoiceField, FieldNotes, FormField } from '#web/components/form-field.tsx';
import { IdempotencyKeyField } from '#web/components/idempotency-key-field.tsx';
import { InvoiceDetailsFields } from '#web/components/invoice-details-fields.tsx';
import { PrivacyNotice } from '#web/components/privacy-notice.tsx';
import { QuestionFields } from '#web/components/question-fields.tsx';
import { Layout } from '#web/layout.tsx';

export interface DelegationFormPageProps {
  event: EventWithQuotas;
  /** The reader's language; the event's own texts stay in the event's. */
  language: Language;
  /** The organiser, who processes the members' data. */
  organisation: Organisation;
  places: OrganisationPlaces[];
  seatsLeft?: number;
  /** How many hold each add-on now, by id. */
  addOnsTaken: Record<string, number>;
  values: Record<string, string>;
  errors: FieldErrors;
  /** Wished-for roles nobody in the delegation has: the lead may add someone or send anyway. */
  missing?: WishedRole[];
  showMailbox: boolean;
}

const FORM_ID = 'delegation-form';

/** The lead's form: the organisation, the lead, and a row per member; it works without JavaScript. */
export function DelegationFormPage(props: DelegationFormPageProps) {
  const { language } = props;
  const { event, values, errors } = props;
  const t = delegationMessagesFor(language);
  const chosen = props.places.find((place) => place.key === organisationKey(values.organisation ?? ''));
  // A row for each place the chosen organisation has left (never fewer than the rows already filled in);
  // before one is chosen, as many as the largest quota allows.
  const filledRows = Object.keys(values).filter(
    (name) => /^members\.\d+\.name$/.test(name) && values[name],
  ).length;
  const rowCount = Math.min(
    Math.max(chosen ? chosen.left : largestQuota(event.quotas), filledRows, 1),
    MAX_MEMBERS_AT_ONCE,
  );
  const rows = Array.from({ length: rowCount }, (_, row) => row);
  const labels: Record<string, string> = {
    organisation: t.fields.organisation,
    leadName: t.fields.leadName,
    leadEmail: t.fields.leadEmail,
    members: t.membersHeading,
  };
  for (const row of rows) {
    for (const field of ['name', 'email', 'role'] as const)
      labels[memberField(row, field)] = `${t.memberLegend(row + 1)}: ${t.fields[field]}`;
    for (const question of askedQuestions(event.questions))
      labels[answerField(question, `members.${row}.`)] =
        `${t.memberLegend(row + 1)}: ${questionLabel(question, language)}`;
  }
  Object.assign(
    labels,
    paidFieldLabels(
      event,
      language,
      rows.map((row) => `members.${row}.`),
    ),
  );
  const firstEmptyRow = rows.find((row) => !values[memberField(row, 'name')]);
  const filled = rows.filter((row) => values[memberField(row, 'name')]).length;
  const room = firstEmptyRow !== undefined && (chosen === undefined || filled < chosen.left);
  return (
    <Layout language={language} title={t.formTitle(event.title)} showMailbox={props.showMailbox}>
      <h1>{t.formTitle(event.title)}</h1>
      <p>{eventWhen(event, language)}</p>
      <p>{t.formIntro}</p>
      <PriceSummary event={event} language={language} />
      <ErrorSummary heading={t.errorSummary} errors={errors} labels={labels} />
      {props.missing && props.missing.length > 0 && (
        <MissingRolesNotice
          language={language}
          event={event}
          missing={props.missing}
          organisation={chosen?.organisation}
          addHref={room ? `#field-${memberField(firstEmptyRow ?? 0, 'name')}` : undefined}
        />
      )}
      <DelegationPlaces
        language={language}
        places={props.places}
        seatsLeft={props.seatsLeft}
        formPath={`/events/${event.id}/delegation`}
      />
      <form id={FORM_ID} method="post" action={`/events/${event.id}/delegation`} novalidate>
        <IdempotencyKeyField />
        {event.quotas.invitedOnly ? (
          <ChoiceField
            name="organisation"
            label={t.fields.organisation}
            options={props.places.map((place) => place.organisation)}
            value={values.organisation}
            error={errors.organisation}
            required
            choose={t.choose}
          />
        ) : (
          <FormField
            name="organisation"
            label={t.fields.organisation}
            value={values.organisation}
            error={errors.organisation}
            required
            autocomplete="organization"
          />
        )}
        <fieldset>
          <legend>{t.leadLegend}</legend>
          <p class="hint">{t.leadHint}</p>
          <FormField
            name="leadName"
            label={t.fields.leadName}
            value={values.leadName}
            error={errors.leadName}
            required
            autocomplete="name"
          />
          <FormField
            name="leadEmail"
            type="email"
            label={t.fields.leadEmail}
            value={values.leadEmail}
            error={errors.leadEmail}
            required
            autocomplete="email"
          />
        </fieldset>
        <section
          id="field-members"
          class={errors.members ? 'field-error' : undefined}
          aria-labelledby="members-heading"
          tabindex={-1}
        >
          <h2 id="members-heading">{t.membersHeading}</h2>
          <FieldNotes id="field-members" hint={t.membersHint} error={errors.members} />
          {rows.map((row) => (
            <fieldset>
              <legend>{t.memberLegend(row + 1)}</legend>
              <DelegationMemberFields
                language={language}
                prefix={`members.${row}.`}
                values={values}
                errors={errors}
                required={row === 0}
              />
              <QuestionFields
                questions={event.questions}
                language={language}
                eventLanguage={event.language}
                values={values}
                errors={errors}
                prefix={`members.${row}.`}
              />
              <AddOnFields
                event={event}
                language={language}
                taken={props.addOnsTaken}
                values={values}
                errors={errors}
                prefix={`members.${row}.`}
              />
            </fieldset>
          ))}
        </section>
        {mayAskForInvoice(event) && (
          <InvoiceDetailsFields
            event={event}
            language={language}
            values={values}
            errors={errors}
            delegation
          />
        )}
        <PrivacyNotice language={language} organisation={props.organisation} />
        <button type="submit" class="button">
          {t.submit}
        </button>
      </form>
    </Layout>
  );
}

/**
 * The soft role check's answer: what is missing, and the lead's two ways on. Where the organisation has room, the
 * way to add someone leads to the first empty row; where it has none, to the members, to replace one.
 */
function MissingRolesNotice({
  event,
  language,
  missing,
  organisation,
  addHref,
}: {
  event: EventWithQuotas;
  language: Language;
  missing: WishedRole[];
  organisation?: string;
  addHref?: string;
}) {
  const t = delegationMessagesFor(language);
  return (
    <section class="notice" aria-labelledby="missing-roles">
      <h2 id="missing-roles">{t.missingRolesHeading}</h2>
      <p>{t.missingRolesIntro(roleList(language, event.quotas.wishedRoles))}</p>
      <ul>
        {missing.map((role) => (
          <li>{t.roles[role]}</li>
        ))}
      </ul>
      <p>{addHref || !organisation ? t.missingRolesChoice : t.missingRolesChoiceFull(organisation)}</p>
      <p class="actions">
        <button type="submit" form={FORM_ID} name="intent" value="send-anyway" class="button">
          {t.sendAnyway}
        </button>
        <a class="button button-secondary" href={addHref ?? '#field-members'}>
          {addHref ? t.addMore : t.replaceMember}
        </a>
      </p>
    </section>
  );
}
