import type { Language } from '#shared/domain/event.ts';
import type { FieldErrors } from '#shared/forms/form-reading.ts';
import { addOnMessagesFor } from '#shared/i18n/add-on-messages.ts';
import { eventSettingsMessagesFor } from '#shared/i18n/event-settings-messages.ts';
import {
  addOnCell,
  addOnRowsShown,
  CURRENCIES,
  otherNameCell,
  otherNameLanguages,
} from '#shared/organiser/price-settings-form.ts';
import { ChoiceField, FormField } from '#web/components/form-field.tsx';

interface PriceSectionProps {
  language: Language;
  values: Record<string, string>;
  errors: FieldErrors;
  /** How many hold each add-on now, by id (a published event's): shown beside its places. */
  addOnsTaken?: Record<string, number>;
}

/**
 * The price per person with its VAT, currency and what it includes, then the add-ons, one group of fields each: the
 * filled ones and two empty ones to add another. An add-on already saved carries its id in a hidden field, so a
 * renamed add-on stays the one its holders chose, and can be marked as no longer offered.
 */
export function PriceSection({ language, values, errors, addOnsTaken = {} }: PriceSectionProps) {
  const t = eventSettingsMessagesFor(language);
  const a = addOnMessagesFor(language).editor;
  const field = (name: string, label: string, extra: { hint?: string; type?: 'number' } = {}) => (
    <FormField name={name} label={label} value={values[name]} error={errors[name]} {...extra} />
  );
  return (
    <fieldset>
      <legend>{a.legend}</legend>
      {field('priceAmount', t.fields.priceAmount, { hint: t.hints.priceAmount, type: 'number' })}
      {field('priceVatRate', a.vatRate, { hint: a.vatHint, type: 'number' })}
      <ChoiceField
        name="priceCurrency"
        label={t.fields.priceCurrency}
        options={CURRENCIES.map((value) => ({ value, label: t.currencies[value] }))}
        value={values.priceCurrency}
        error={errors.priceCurrency}
        required={false}
        choose={t.fields.priceCurrency}
      />
      <div class="choice">
        <input
          type="checkbox"
          id="field-priceApproximate"
          name="priceApproximate"
          value="yes"
          checked={values.priceApproximate === 'yes'}
        />
        <label for="field-priceApproximate">{t.approximateYes}</label>
      </div>
      <FormField
        name="priceIncludes"
        label={t.fields.priceIncludes}
        value={values.priceIncludes}
        error={errors.priceIncludes}
        hint={t.hints.priceIncludes}
        multiline
      />
      <FormField
        name="priceExcludes"
        label={t.fields.priceExcludes}
        value={values.priceExcludes}
        error={errors.priceExcludes}
        hint={t.hints.priceExcludes}
        multiline
      />
      <fieldset id="field-addOns">
        <legend>{a.addOnsLegend}</legend>
        <p class="hint">{a.addOnsIntro}</p>
        {Array.from({ length: addOnRowsShown(values) }, (_, row) => {
          const id = values[addOnCell(row, 'id')];
          const capacity = values[addOnCell(row, 'capacity')];
          const taken = id ? (addOnsTaken[id] ?? 0) : undefined;
          return (
            <fieldset class="add-on-row">
              <legend>{a.addOn(row + 1)}</legend>
              {id && <input type="hidden" name={addOnCell(row, 'id')} value={id} />}
              {field(addOnCell(row, 'name'), a.name)}
              {field(addOnCell(row, 'amount'), a.amount, { type: 'number' })}
              {field(addOnCell(row, 'vatRate'), a.addOnVatRate, { type: 'number' })}
              {field(addOnCell(row, 'capacity'), a.capacity, {
                type: 'number',
                hint:
                  taken === undefined
                    ? a.capacityHint
                    : `${a.capacityHint} ${a.taken(taken, capacity ? Number(capacity) : undefined)}`,
              })}
              <details>
                <summary>{a.otherNames}</summary>
                {otherNameLanguages(values.language).map((other) =>
                  field(addOnCell(row, otherNameCell(other)), a.nameIn[other]),
                )}
              </details>
              {id && (
                <div class="choice">
                  <input
                    type="checkbox"
                    id={`field-${addOnCell(row, 'retired')}`}
                    name={addOnCell(row, 'retired')}
                    value="yes"
                    checked={values[addOnCell(row, 'retired')] === 'yes'}
                  />
                  <label for={`field-${addOnCell(row, 'retired')}`}>{a.retire}</label>
                </div>
              )}
            </fieldset>
          );
        })}
      </fieldset>
    </fieldset>
  );
}
