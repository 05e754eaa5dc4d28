import type { EventRecord, Language } from '#shared/domain/event.ts';
import type { FieldErrors } from '#shared/forms/form-reading.ts';
import { addOnMessagesFor } from '#shared/i18n/add-on-messages.ts';
import { formatPrice } from '#shared/money.ts';
import { addOnField, addOnName, addOnPlacesLeft, offeredAddOns } from '#shared/sign-up/add-on-choice.ts';
import { FieldNotes } from './form-field.tsx';
import { invoiceFieldLabels } from './invoice-details-fields.tsx';

/** Places left below this many are told beside the add-on ("3 kvar"); more are not worth a word. */
const FEW_LEFT = 10;

/** The event's price per person, with its VAT and what it includes; nothing for a free event. */
export function PriceSummary({ event, language }: { event: EventRecord; language: Language }) {
  const t = addOnMessagesFor(language);
  const { price } = event;
  if (!price || price.amount === 0) return null;
  return (
    <section aria-labelledby="price-summary">
      <h2 id="price-summary">{t.priceLegend}</h2>
      <p>
        {t.perPerson(formatPrice(price, language))}
        {price.vatRate !== undefined && ` ${t.exclusiveOfVat(price.vatRate)}`}
      </p>
      {price.includes.length > 0 && (
        <p>
          {t.includes} {price.includes.join(', ')}
        </p>
      )}
    </section>
  );
}

/**
 * The add-ons on offer as boxes to tick, each with its price for the reader and, near or at its capacity, how many
 * are left or that it is fully booked (a full one cannot be ticked, unless it is held already). `prefix` names a
 * delegation member's row; `held` are the add-ons the registration holds (kept even when retired).
 */
export function AddOnFields({
  event,
  language,
  taken,
  values,
  errors,
  prefix = '',
  held = [],
  legend,
}: {
  event: EventRecord;
  language: Language;
  taken: Record<string, number>;
  values: Record<string, string>;
  errors: FieldErrors;
  prefix?: string;
  held?: readonly string[];
  legend?: string;
}) {
  const t = addOnMessagesFor(language);
  const currency = event.price?.currency ?? 'SEK';
  const shown = (event.price?.addOns ?? []).filter((addOn) => !addOn.retired || held.includes(addOn.id));
  if (offeredAddOns(event).length === 0 && shown.length === 0) return null;
  const groupId = `field-${prefix}addOns`;
  return (
    <fieldset id={groupId} class={errors[`${prefix}addOns`] ? 'field field-error' : 'field'}>
      <legend>{legend ?? t.addOnsLegend}</legend>
      <FieldNotes id={groupId} hint={t.addOnsHint} error={errors[`${prefix}addOns`]} />
      {shown.map((addOn) => {
        const name = addOnField(addOn, prefix);
        const id = `field-${name}`;
        const isHeld = held.includes(addOn.id);
        const left = addOnPlacesLeft(addOn, taken[addOn.id] ?? 0);
        const full = left === 0 && !isHeld;
        const note = addOn.retired
          ? t.retired
          : full
            ? t.full
            : left !== undefined && left <= FEW_LEFT
              ? t.left(left)
              : undefined;
        const error = errors[name];
        return (
          <div class={error ? 'choice field-error' : 'choice'}>
            <input
              type="checkbox"
              id={id}
              name={name}
              value="yes"
              checked={values[name] === 'yes'}
              disabled={full && values[name] !== 'yes'}
              aria-describedby={error ? `${id}-error` : undefined}
              aria-invalid={error ? 'true' : undefined}
            />
            <label for={id}>
              {addOnName(addOn, language)}, {formatPrice({ amount: addOn.amount, currency }, language)}
              {note && <span class="hint"> ({note})</span>}
            </label>
            {error && (
              <p class="error-message" id={`${id}-error`}>
                {error}
              </p>
            )}
          </div>
        );
      })}
    </fieldset>
  );
}

/** What the error summary calls the add-ons' boxes (a delegation member's under `prefixes`) and the invoice fields. */
export function paidFieldLabels(
  event: EventRecord,
  language: Language,
  prefixes: readonly string[] = [''],
): Record<string, string> {
  return {
    ...invoiceFieldLabels(language),
    ...Object.fromEntries(
      prefixes.flatMap((prefix) => [
        [`${prefix}addOns`, addOnMessagesFor(language).addOnsLegend],
        ...(event.price?.addOns ?? []).map((addOn) => [
          addOnField(addOn, prefix),
          addOnName(addOn, language),
        ]),
      ]),
    ),
  };
}
