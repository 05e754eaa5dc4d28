import type { EventRecord, Language } from '#shared/domain/event.ts';
import type { InvoiceRecipient } from '#shared/domain/invoice-party.ts';
import type { Registration } from '#shared/domain/registration.ts';
import { answerText, questionLabel } from '#shared/domain/sign-up-question.ts';
import { eventChangeMessagesFor } from '#shared/i18n/event-change-messages.ts';
import { invoiceDetailsMessagesFor } from '#shared/i18n/invoice-details-messages.ts';
import { organiserMessagesFor } from '#shared/i18n/organiser-messages.ts';
import { participantMessagesFor } from '#shared/i18n/participant-messages.ts';
import { questionMessagesFor } from '#shared/i18n/question-messages.ts';
import { formatOrganisationNumber } from '#shared/invoicing/organisation-number.ts';
import { addOnName, mayAskForInvoice } from '#shared/sign-up/add-on-choice.ts';
import { formatClock, formatDate } from '#shared/time.ts';
import { csvTable } from './csv-table.ts';

const invoiceColumns = (language: Language): string[] => {
  const fields = invoiceDetailsMessagesFor(language).fields;
  return [
    fields.invoiceName,
    fields.invoiceOrganisationNumber,
    fields.invoicePeppolId,
    fields.invoiceStreet,
    fields.invoiceReference,
  ];
};

const invoiceCells = (invoicing: InvoiceRecipient | undefined): string[] =>
  invoicing
    ? [
        invoicing.name,
        formatOrganisationNumber(invoicing.organisationNumber, invoicing.country),
        invoicing.peppolId ?? '',
        invoicing.address
          ? `${invoicing.address.street}, ${invoicing.address.postalCode} ${invoicing.address.city}`
          : '',
        invoicing.buyerReference,
      ]
    : ['', '', '', '', ''];

/**
 * The participant list as a table: a header and one row per registration, in the organiser's language, times in the
 * event's zone, then one column per question of the event's own (a removed one's too, while answers remain), one per
 * add-on, and who pays (organisation, number, Peppol ID or address, reference) when the event costs anything. Needs
 * and the answers to sensitive questions are never in it. The CSV and the XLSX export both write this table.
 */
export function participantTable(
  event: EventRecord,
  registrations: readonly Registration[],
  language: Language,
): { header: string[]; rows: string[][] } {
  const t = organiserMessagesFor(language);
  const kinds = participantMessagesFor(language).organisationKinds;
  const q = questionMessagesFor(language);
  const questions = (event.questions ?? []).filter(
    (question) =>
      !question.sensitive &&
      (!question.removed ||
        registrations.some((registration) => registration.answers?.[question.id] !== undefined)),
  );
  // Every add-on, a retired one too while someone holds it; who pays, where the event costs anything.
  const addOns = (event.price?.addOns ?? []).filter(
    (addOn) =>
      !addOn.retired || registrations.some((registration) => registration.addOnIds?.includes(addOn.id)),
  );
  const invoiced = mayAskForInvoice(event) || registrations.some((registration) => registration.invoicing);
  const yes = eventChangeMessagesFor(language).words.yes;
  const header = [
    t.columns.name,
    t.columns.email,
    t.columns.organisation,
    t.columns.organisationKind,
    t.columns.role,
    t.columns.status,
    t.columns.position,
    t.columns.registeredAt,
    ...questions.map((question) =>
      question.removed
        ? q.removedColumn(questionLabel(question, language))
        : questionLabel(question, language),
    ),
    ...addOns.map((addOn) => addOnName(addOn, language)),
    ...(invoiced ? invoiceColumns(language) : []),
  ];
  const rows = registrations.map((registration) => [
    registration.name,
    registration.email,
    registration.organisation,
    kinds[registration.organisationKind],
    registration.role,
    t.status[registration.status],
    registration.status === 'waiting' ? String(registration.waitingPosition ?? '') : '',
    `${formatDate(registration.createdAt, event.timeZone, language)} ${formatClock(registration.createdAt, event.timeZone, language)}`,
    ...questions.map((question) => answerText(question, registration.answers?.[question.id], q)),
    ...addOns.map((addOn) => (registration.addOnIds?.includes(addOn.id) ? yes : '')),
    ...(invoiced ? invoiceCells(registration.invoicing) : []),
  ]);
  return { header, rows };
}

/** The participant list for Excel as CSV. Cells that a spreadsheet would run as a formula are defused (OWASP CSV injection). */
export function participantCsv(
  event: EventRecord,
  registrations: readonly Registration[],
  language: Language,
): string {
  const { header, rows } = participantTable(event, registrations, language);
  return csvTable(header, rows);
}
