import type { EventRecord, Language } from '#shared/domain/event.ts';
import type { FieldErrors } from '#shared/forms/form-reading.ts';
import { invoiceDetailsMessagesFor } from '#shared/i18n/invoice-details-messages.ts';
import {
  defaultInvoiceCountry,
  INVOICE_COUNTRIES,
  INVOICE_DELIVERIES,
} from '#shared/invoicing/invoice-details-form.ts';
import { FormField } from './form-field.tsx';
import { RadioGroup } from './radio-group.tsx';

/** The invoice fields' labels, for the error summary. */
export const invoiceFieldLabels = (language: Language): Record<string, string> =>
  invoiceDetailsMessagesFor(language).fields;

/**
 * Who pays, asked when the event costs something: the organisation, its number, how it takes invoices (Peppol, the
 * default, or post) and the buyer's reference. Without JavaScript both ways of delivery are shown; only the chosen
 * one is read.
 */
export function InvoiceDetailsFields({
  event,
  language,
  values,
  errors,
  delegation = false,
}: {
  event: EventRecord;
  language: Language;
  values: Record<string, string>;
  errors: FieldErrors;
  delegation?: boolean;
}) {
  const t = invoiceDetailsMessagesFor(language);
  const field = (name: keyof typeof t.fields, extra: { autocomplete?: string; required?: boolean } = {}) => (
    <FormField
      name={name}
      label={t.fields[name]}
      value={values[name]}
      error={errors[name]}
      hint={(t.hints as Record<string, string>)[name]}
      {...extra}
    />
  );
  return (
    <fieldset id="invoice-details">
      <legend>{t.legend}</legend>
      <p class="hint">{delegation ? t.delegationIntro : t.intro}</p>
      {field('invoiceName', { autocomplete: 'organization', required: true })}
      <RadioGroup
        name="invoiceCountry"
        legend={t.fields.invoiceCountry}
        options={INVOICE_COUNTRIES.map((value) => ({ value, label: t.countries[value] }))}
        value={values.invoiceCountry || defaultInvoiceCountry(event.price?.currency)}
        error={errors.invoiceCountry}
      />
      {field('invoiceOrganisationNumber', { required: true })}
      <RadioGroup
        name="invoiceDelivery"
        legend={t.deliveryLegend}
        options={INVOICE_DELIVERIES.map((value) => ({ value, label: t.deliveries[value] }))}
        value={values.invoiceDelivery || 'peppol'}
        error={errors.invoiceDelivery}
      />
      {field('invoicePeppolId')}
      {field('invoiceStreet', { autocomplete: 'street-address' })}
      {field('invoicePostalCode', { autocomplete: 'postal-code' })}
      {field('invoiceCity', { autocomplete: 'address-level2' })}
      {field('invoiceReference', { required: true })}
    </fieldset>
  );
}
