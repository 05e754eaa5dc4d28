import type { EventRecord } from '../../shared/domain/event.ts';
import { ORGANISATION_KINDS } from '../../shared/domain/organisation.ts';
import type { FieldErrors } from '../../shared/forms/form-reading.ts';
import { participantMessagesFor } from '../../shared/i18n/participant-messages.ts';
import { ChoiceField, FormField } from './form-field.tsx';

/** The participant's details, shared by the sign-up form and the manage page (where the address cannot change). */
export function ParticipantFields({
  event,
  values,
  errors,
  emailEditable,
}: {
  event: EventRecord;
  values: Record<string, string>;
  errors: FieldErrors;
  emailEditable: boolean;
}) {
  const t = participantMessagesFor(event.language);
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
      <fieldset>
        <legend>{t.needsLegend}</legend>
        <p class="hint">{t.needsHint}</p>
        <FormField name="diet" label={t.fields.diet} value={values.diet} error={errors.diet} multiline />
        <FormField
          name="accessibility"
          label={t.fields.accessibility}
          value={values.accessibility}
          error={errors.accessibility}
          multiline
        />
      </fieldset>
    </>
  );
}
