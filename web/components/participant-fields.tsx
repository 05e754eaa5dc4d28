import type { EventRecord, Language } from '#shared/domain/event.ts';
import { ORGANISATION_KINDS } from '#shared/domain/organisation.ts';
import type { Registration } from '#shared/domain/registration.ts';
import type { FieldErrors } from '#shared/forms/form-reading.ts';
import { participantMessagesFor } from '#shared/i18n/participant-messages.ts';
import { asksAboutDiet } from '#shared/sign-up/sign-up-form.ts';
import { ChoiceField, FormField } from './form-field.tsx';

/** What the error summary calls each field: the details in `language`, and the event's own questions. */
export function participantFieldLabels(event: EventRecord, language: Language): Record<string, string> {
  const labels: Record<string, string> = { ...participantMessagesFor(language).fields };
  for (const question of event.questions ?? []) labels[`answer.${question.id}`] = question.label;
  return labels;
}

/** A registration's details as the form's fields hold them (needs are stored apart, and not here). */
export function registrationFieldValues(registration: Registration): Record<string, string> {
  return {
    name: registration.name,
    email: registration.email,
    organisation: registration.organisation,
    organisationKind: registration.organisationKind,
    role: registration.role,
    ...Object.fromEntries(
      Object.entries(registration.answers ?? {}).map(([id, answer]) => [`answer.${id}`, answer]),
    ),
  };
}

/**
 * The participant's details, shared by the sign-up form, the manage page (where the address cannot change) and the
 * organiser's edit (in the organiser's language, without needs: organisers see those only as totals).
 */
export function ParticipantFields({
  event,
  language,
  values,
  errors,
  emailEditable,
  emailHint,
  askNeeds,
}: {
  event: EventRecord;
  language: Language;
  values: Record<string, string>;
  errors: FieldErrors;
  emailEditable: boolean;
  emailHint?: string;
  askNeeds: boolean;
}) {
  const t = participantMessagesFor(language);
  return (
    <>
      <FormField
        name="name"
        label={t.fields.name}
        value={values.name}
        error={errors.name}
        required
        autocomplete="name"
      />
      <FormField
        name="email"
        type="email"
        label={t.fields.email}
        value={values.email}
        error={errors.email}
        hint={emailHint}
        required
        readonly={!emailEditable}
        autocomplete="email"
      />
      <FormField
        name="organisation"
        label={t.fields.organisation}
        value={values.organisation}
        error={errors.organisation}
        required
        autocomplete="organization"
      />
      <ChoiceField
        name="organisationKind"
        label={t.fields.organisationKind}
        options={ORGANISATION_KINDS.map((kind) => ({ value: kind, label: t.organisationKinds[kind] }))}
        value={values.organisationKind}
        error={errors.organisationKind}
        required
        choose={t.chooseKind}
      />
      <FormField
        name="role"
        label={t.fields.role}
        value={values.role}
        error={errors.role}
        required
        autocomplete="organization-title"
      />
      {(event.questions ?? []).length > 0 && (
        <fieldset>
          <legend>{t.questionsLegend}</legend>
          {(event.questions ?? []).map((question) => {
            const name = `answer.${question.id}`;
            const label = question.required ? question.label : `${question.label} ${t.optional}`;
            return question.options ? (
              <ChoiceField
                name={name}
                label={label}
                options={question.options}
                value={values[name]}
                error={errors[name]}
                required={question.required}
                choose={t.chooseKind}
              />
            ) : (
              <FormField
                name={name}
                label={label}
                value={values[name]}
                error={errors[name]}
                required={question.required}
              />
            );
          })}
        </fieldset>
      )}
      {askNeeds && (
        <fieldset>
          <legend>{t.needsLegend}</legend>
          <p class="hint">{t.needsHint}</p>
          {asksAboutDiet(event) && (
            <FormField name="diet" label={t.fields.diet} value={values.diet} error={errors.diet} multiline />
          )}
          <FormField
            name="accessibility"
            label={t.fields.accessibility}
            value={values.accessibility}
            error={errors.accessibility}
            multiline
          />
        </fieldset>
      )}
    </>
  );
}
