import { DELEGATION_ROLES } from '#shared/domain/delegation-role.ts';
import type { Language } from '#shared/domain/event.ts';
import type { FieldErrors } from '#shared/forms/form-reading.ts';
import { delegationMessagesFor } from '#shared/i18n/delegation-messages.ts';
import { ChoiceField, FormField } from './form-field.tsx';

/**
 * One delegation member's name, address and role; `prefix` tells the rows of the lead's form apart, whose rows
 * after the first may be left empty.
 */
export function DelegationMemberFields({
  language,
  prefix = '',
  values,
  errors,
  required,
}: {
  language: Language;
  prefix?: string;
  values: Record<string, string>;
  errors: FieldErrors;
  required: boolean;
}) {
  const t = delegationMessagesFor(language);
  const name = (field: string) => `${prefix}${field}`;
  return (
    <>
      <FormField
        name={name('name')}
        label={t.fields.name}
        value={values[name('name')]}
        error={errors[name('name')]}
        required={required}
      />
      <FormField
        name={name('email')}
        type="email"
        label={t.fields.email}
        value={values[name('email')]}
        error={errors[name('email')]}
        required={required}
      />
      <ChoiceField
        name={name('role')}
        label={t.fields.role}
        options={DELEGATION_ROLES.map((role) => ({ value: role, label: t.roles[role] }))}
        value={values[name('role')]}
        error={errors[name('role')]}
        required={required}
        choose={t.choose}
      />
    </>
  );
}
