import { DateTime } from 'luxon';
import type { Currency, Language } from '#shared/domain/event.ts';
import type { InvoiceRecipient, SellerDetails } from '#shared/domain/invoice-party.ts';

/** What a line sells: the participation itself, or one of the event's add-ons (`AddOn.id`). */
export const PARTICIPATION = 'participation';

/** One line of an invoice or credit note: one thing sold, to as many participants as its quantity. */
export interface InvoiceLine {
  /** `PARTICIPATION` or the add-on's id. */
  itemId: string;
  /** In the event's language: "Deltakeravgift: Studietur …", "Hotellnatt 8–9 mars". */
  name: string;
  /** The registrations the line covers, one unit each. */
  registrationIds: string[];
  /** Their names, so the buyer can check whom it pays for. */
  participants: string[];
  quantity: number;
  /** Net price per unit in minor units (öre, øre, cent): whole currency units × 100 for the prices organisers set. */
  unitPriceMinor: number;
  /** VAT in percent. */
  vatRate: number;
}

export type InvoiceKind = 'invoice' | 'credit-note';

/**
 * An issued invoice or credit note, frozen as issued: the seller's and buyer's details, the lines and the event's
 * name as they were, so a later change of settings never alters a document a buyer holds.
 */
export interface InvoiceRecord {
  kind: InvoiceKind;
  /** Gap-free per organiser organisation, shared by invoices and credit notes. */
  number: number;
  organisationId: string;
  eventId: string;
  eventTitle: string;
  /** The paying organisation (`payingOrganisationKey`): one invoice per payer and event. */
  payerKey: string;
  /** The language of the document's texts: the event's. */
  language: Language;
  currency: Currency;
  seller: SellerDetails;
  buyer: InvoiceRecipient;
  /** YYYY-MM-DD in the event's time zone. */
  issueDate: string;
  /** An invoice's: the issue date plus the seller's payment terms. */
  dueDate?: string;
  lines: InvoiceLine[];
  /** A credit note's: the invoice it credits, and the cancelled registration it credits on it. */
  credits?: { number: number; issueDate: string; registrationId: string };
  createdAt: string;
}

/** The invoice number as documents and pages show it. */
export const invoiceNumberText = (number: number): string => String(number);

/** The day payment is due: the issue date plus the seller's payment terms in days. */
export const dueDateAfter = (issueDate: string, days: number): string =>
  DateTime.fromISO(issueDate, { zone: 'UTC' }).plus({ days }).toISODate() ?? issueDate;

/** The registrations an invoice covers: those its lines name. */
export const coveredRegistrationIds = (invoice: Pick<InvoiceRecord, 'lines'>): string[] => [
  ...new Set(invoice.lines.flatMap((line) => line.registrationIds)),
];
