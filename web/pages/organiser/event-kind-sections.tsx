import type { Language } from '#shared/domain/event.ts';
import type { FieldErrors } from '#shared/forms/form-reading.ts';
import { addOnMessagesFor } from '#shared/i18n/add-on-messages.ts';
import { delegationMessagesFor } from '#shared/i18n/delegation-messages.ts';
import { eventSettingsMessagesFor } from '#shared/i18n/event-settings-messages.ts';
import { SWEDISH_COUNTIES } from '#shared/municipalities/swedish-municipalities.ts';
import type { OrganisationChoice } from '#shared/organiser/event-editor-form.ts';
import { tierRowsShown, WISHED_ROLES } from '#shared/organiser/study-trip-settings-form.ts';
import { ChoiceField, FormField } from '#web/components/form-field.tsx';
import { QuotaTierTable } from './quota-tier-table.tsx';

interface SectionProps {
  language: Language;
  values: Record<string, string>;
  errors: FieldErrors;
}

/** A ticked-or-not box whose value is "yes", as the editor's other yes/no fields. */
function YesBox({ name, label, checked }: { name: string; label: string; checked: boolean }) {
  return (
    <div class="choice">
      <input type="checkbox" id={`field-${name}`} name={name} value="yes" checked={checked} />
      <label for={`field-${name}`}>{label}</label>
    </div>
  );
}

/** A text field of the kind sections, labelled and hinted from the settings messages. */
function SettingsField(
  props: SectionProps & {
    name: keyof ReturnType<typeof eventSettingsMessagesFor>['fields'];
    type?: 'number';
    multiline?: boolean;
  },
) {
  const t = eventSettingsMessagesFor(props.language);
  return (
    <FormField
      name={props.name}
      label={t.fields[props.name]}
      value={props.values[props.name]}
      error={props.errors[props.name]}
      hint={(t.hints as Record<string, string>)[props.name]}
      type={props.type}
      multiline={props.multiline}
    />
  );
}

/**
 * The labels the error summary gives the kind sections' fields; a quota table's cell by its column and row ("Högsta
 * antal per organisation, rad 2"), for each of the `errors` that names one.
 */
export function kindSectionLabels(language: Language, errors: FieldErrors): Record<string, string> {
  const t = eventSettingsMessagesFor(language);
  const cells = Object.keys(errors).flatMap((field) => {
    const cell = /^tiers\.(\d+)\.(name|max|organisations)$/.exec(field);
    if (!cell) return [];
    const column = t.tierTable.columns[cell[2] as keyof typeof t.tierTable.columns];
    return [[field, t.tierTable.cell(column, Number(cell[1]) + 1)]];
  });
  const a = addOnMessagesFor(language).editor;
  const addOnCells = Object.keys(errors).flatMap((field) => {
    const cell = /^addOns\.(\d+)\.(name|amount|vatRate|capacity)$/.exec(field);
    if (!cell) return [];
    const column = { name: a.name, amount: a.amount, vatRate: a.addOnVatRate, capacity: a.capacity }[
      cell[2] as 'name' | 'amount' | 'vatRate' | 'capacity'
    ];
    return [[field, `${a.addOn(Number(cell[1]) + 1)}: ${column}`]];
  });
  return {
    ...t.fields,
    priceVatRate: a.vatRate,
    coOrganisers: t.coOrganisersLegend,
    ...Object.fromEntries(cells),
    ...Object.fromEntries(addOnCells),
  };
}

/** The platform's other organisations as boxes to tick: those that co-organise the event. */
export function CoOrganiserSection(props: SectionProps & { organisations: readonly OrganisationChoice[] }) {
  const t = eventSettingsMessagesFor(props.language);
  return (
    <fieldset id="field-coOrganisers">
      <legend>{t.coOrganisersLegend}</legend>
      <p class="hint">{t.coOrganisersHint}</p>
      {props.errors.coOrganisers && <p class="error-message">{props.errors.coOrganisers}</p>}
      {props.organisations.length === 0 && <p>{t.noOtherOrganisations}</p>}
      {props.organisations.map((organisation) => (
        <YesBox
          name={`coOrganiser-${organisation.id}`}
          label={organisation.name}
          checked={props.values[`coOrganiser-${organisation.id}`] === 'yes'}
        />
      ))}
    </fieldset>
  );
}

/** A study trip's places per organisation, the quotas as a table of tiers (its price is `PriceSection`'s). */
export function StudyTripSections(props: SectionProps) {
  const { language, values } = props;
  const t = eventSettingsMessagesFor(language);
  const roles = delegationMessagesFor(language).roles;
  return (
    <fieldset>
      <legend>{t.quotasLegend}</legend>
      <p class="hint">{t.quotasIntro}</p>
      <SettingsField {...props} name="quotaDefault" type="number" />
      <QuotaTierTable {...props} rows={tierRowsShown(values)} />
      <SettingsField {...props} name="invitedOrganisations" multiline />
      <YesBox name="invitedOnly" label={t.invitedOnlyYes} checked={values.invitedOnly === 'yes'} />
      <fieldset>
        <legend>{t.wishedRolesLegend}</legend>
        {WISHED_ROLES.map((role) => (
          <YesBox
            name={`wishedRole-${role}`}
            label={roles[role]}
            checked={values[`wishedRole-${role}`] === 'yes'}
          />
        ))}
      </fieldset>
    </fieldset>
  );
}

/** A working group's selection, working method and the size of its meeting plan. */
export function WorkingGroupSections(props: SectionProps) {
  const t = eventSettingsMessagesFor(props.language);
  return (
    <>
      <fieldset>
        <legend>{t.workingGroupLegend}</legend>
        <SettingsField {...props} name="selectionPlaces" type="number" />
        <SettingsField {...props} name="selectionBasis" multiline />
        <SettingsField {...props} name="selectionRequirements" multiline />
        <ChoiceField
          name="selectionCounty"
          label={t.fields.selectionCounty}
          options={SWEDISH_COUNTIES.map((county) => ({ value: county.code, label: county.name }))}
          value={props.values.selectionCounty}
          error={props.errors.selectionCounty}
          hint={t.hints.selectionCounty}
          required={false}
          choose={t.fields.selectionCounty}
        />
      </fieldset>
      <fieldset>
        <legend>{t.meetingPlanLegend}</legend>
        <SettingsField {...props} name="workingMethod" multiline />
        <SettingsField {...props} name="meetingCount" type="number" />
      </fieldset>
    </>
  );
}
