import { MEMBER_ROWS, memberField } from '#shared/application/application-form.ts';
import { REPRESENTATIONS } from '#shared/domain/application.ts';
import type { Language } from '#shared/domain/event.ts';
import type { FieldErrors } from '#shared/forms/form-reading.ts';
import { applicationMessagesFor } from '#shared/i18n/application-messages.ts';
import { ChoiceField, FieldNotes, FormField } from './form-field.tsx';

/** The application's team, local situation and commitment: the same on the first form and behind the edit link. */
export function ApplicationFields({
  language,
  values,
  errors,
}: {
  language: Language;
  values: Record<string, string>;
  errors: FieldErrors;
}) {
  const t = applicationMessagesFor(language);
  const rows = Array.from({ length: MEMBER_ROWS }, (_, row) => row);
  return (
    <>
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
            {(['name', 'email', 'title'] as const).map((field) => (
              <FormField
                name={memberField(row, field)}
                type={field === 'email' ? 'email' : 'text'}
                label={t.fields[field]}
                value={values[memberField(row, field)]}
                error={errors[memberField(row, field)]}
                required={row < 2}
              />
            ))}
            <ChoiceField
              name={memberField(row, 'representation')}
              label={t.fields.representation}
              options={REPRESENTATIONS.map((value) => ({ value, label: t.representations[value] }))}
              value={values[memberField(row, 'representation')]}
              error={errors[memberField(row, 'representation')]}
              required={row < 2}
              choose={t.choose}
            />
          </fieldset>
        ))}
      </section>
      <FormField
        name="localSituation"
        label={t.fields.localSituation}
        hint={t.localSituationHint}
        value={values.localSituation}
        error={errors.localSituation}
        required
        multiline
      />
      <fieldset>
        <legend>{t.commitmentLegend}</legend>
        <div class={errors.commitment ? 'field field-error choice' : 'choice'}>
          <FieldNotes id="field-commitment" error={errors.commitment} />
          <input
            type="checkbox"
            id="field-commitment"
            name="commitment"
            value="yes"
            checked={values.commitment === 'yes'}
            required
            aria-invalid={errors.commitment ? 'true' : undefined}
            aria-describedby={errors.commitment ? 'field-commitment-error' : undefined}
          />
          <label for="field-commitment">{t.fields.commitment}</label>
        </div>
      </fieldset>
    </>
  );
}

/** The labels the error summary links with, by field name. */
export function applicationFieldLabels(language: Language): Record<string, string> {
  const t = applicationMessagesFor(language);
  const labels: Record<string, string> = {
    municipality: t.fields.municipality,
    members: t.membersHeading,
    localSituation: t.fields.localSituation,
    commitment: t.commitmentLegend,
    application: t.fields.application,
  };
  for (let row = 0; row < MEMBER_ROWS; row += 1)
    for (const field of ['name', 'email', 'title', 'representation'] as const)
      labels[memberField(row, field)] = `${t.memberLegend(row + 1)}: ${t.fields[field]}`;
  return labels;
}
