import type { EventRecord, Language } from '#shared/domain/event.ts';
import type { InvoiceRecipient } from '#shared/domain/invoice-party.ts';
import type { Registration } from '#shared/domain/registration.ts';
import type { FieldErrors } from '#shared/forms/form-reading.ts';
import { addOnMessagesFor } from '#shared/i18n/add-on-messages.ts';
import { invoiceDetailsMessagesFor } from '#shared/i18n/invoice-details-messages.ts';
import { formatOrganisationNumber } from '#shared/invoicing/organisation-number.ts';
import { addOnField, addOnName, addOnsByIds, mayAskForInvoice } from '#shared/sign-up/add-on-choice.ts';
import { AddOnFields } from './add-on-fields.tsx';
import { InvoiceDetailsFields } from './invoice-details-fields.tsx';

/** Whether a form field belongs to the add-ons' form of the manage page (its boxes, its invoice fields). */
export const isAddOnField = (name: string) => /^(addOn|invoice)/.test(name);

/** The add-on boxes as the registration holds them. */
export const heldAddOnValues = (registration: Pick<Registration, 'addOnIds'>): Record<string, string> =>
  Object.fromEntries((registration.addOnIds ?? []).map((id) => [addOnField({ id }), 'yes']));

/** Who pays, as the participant gave it: to read, not to change here (the organisers correct an invoice). */
function InvoiceFacts({ invoicing, language }: { invoicing: InvoiceRecipient; language: Language }) {
  const t = invoiceDetailsMessagesFor(language);
  return (
    <dl class="facts">
      <dt>{t.fields.invoiceName}</dt>
      <dd>{invoicing.name}</dd>
      <dt>{t.fields.invoiceOrganisationNumber}</dt>
      <dd>{formatOrganisationNumber(invoicing.organisationNumber, invoicing.country)}</dd>
      {invoicing.peppolId && (
        <>
          <dt>{t.fields.invoicePeppolId}</dt>
          <dd>{invoicing.peppolId}</dd>
        </>
      )}
      {invoicing.address && (
        <>
          <dt>{t.fields.invoiceStreet}</dt>
          <dd>
            {invoicing.address.street}, {invoicing.address.postalCode} {invoicing.address.city}
          </dd>
        </>
      )}
      <dt>{t.fields.invoiceReference}</dt>
      <dd>{invoicing.buyerReference}</dd>
    </dl>
  );
}

/**
 * The manage page's add-ons and invoice details: until the deadline the boxes to change them (a confirmation step
 * follows), after it the add-ons held, to read. Nothing for an event without add-ons or price.
 */
export function ManageAddOns({
  event,
  language,
  registration,
  path,
  open,
  taken,
  values,
  errors,
}: {
  event: EventRecord;
  language: Language;
  registration: Registration;
  path: string;
  open: boolean;
  taken: Record<string, number>;
  values?: Record<string, string>;
  errors: FieldErrors;
}) {
  if ((event.price?.addOns ?? []).length === 0 && !registration.invoicing) return null;
  const t = addOnMessagesFor(language);
  const held = addOnsByIds(event, registration.addOnIds);
  return (
    <section aria-labelledby="add-ons">
      <h2 id="add-ons">{t.addOnsLegend}</h2>
      {open && registration.status !== 'cancelled' && (event.price?.addOns ?? []).length > 0 ? (
        <form method="post" action={`${path}/add-ons`} novalidate>
          <p class="hint">{t.changeHint}</p>
          <AddOnFields
            event={event}
            language={language}
            taken={taken}
            values={values ?? heldAddOnValues(registration)}
            errors={errors}
            held={registration.addOnIds}
            legend={t.heldLegend}
          />
          {!registration.invoicing && mayAskForInvoice(event) && (
            <InvoiceDetailsFields event={event} language={language} values={values ?? {}} errors={errors} />
          )}
          <button type="submit" class="button button-secondary">
            {t.changeAddOns}
          </button>
        </form>
      ) : (
        <p>
          {t.held} {held.map((addOn) => addOnName(addOn, language)).join(', ') || t.none}
        </p>
      )}
      {registration.invoicing && (
        <>
          <h3>{invoiceDetailsMessagesFor(language).legend}</h3>
          <InvoiceFacts invoicing={registration.invoicing} language={language} />
        </>
      )}
    </section>
  );
}
