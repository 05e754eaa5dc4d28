import type { AppContext } from '#context/app-context.ts';
import type { JobContext } from '#context/job-context.ts';
import type { EventRecord } from '#shared/domain/event.ts';
import type { SellerDetails } from '#shared/domain/invoice-party.ts';
import type { Organiser } from '#shared/domain/organiser.ts';
import { mayChangeRegistrations } from '#shared/domain/organiser.ts';
import { dueDateAfter, type InvoiceRecord } from '#shared/invoicing/invoice.ts';
import { invoiceLines, isInvoiced } from '#shared/invoicing/invoice-lines.ts';
import { formatOrganisationNumber } from '#shared/invoicing/organisation-number.ts';
import { type PayingOrganisation, payingOrganisations } from '#shared/invoicing/paying-organisations.ts';
import { localDay } from '#shared/time.ts';
import { listDelegations } from '#store/entities/delegation.ts';
import { eventInvoices } from '#store/entities/invoice.ts';
import { getOrganisation } from '#store/entities/organisation.ts';
import { listRegistrations } from '#store/entities/registration.ts';
import { issueInvoiceDocument } from '#store/transactions/invoice-issuing.ts';
import { auditWrites } from '../organisers/audit-trail.ts';

/** What the organisers' Fakturor page shows of an event. */
export interface EventInvoicing {
  /** Whether the event has a price with VAT, so that the platform invoices it. */
  invoiced: boolean;
  /** The owner organisation's seller details; nothing can be invoiced without them. */
  seller?: SellerDetails;
  /** Issued invoices and credit notes, by number. */
  documents: InvoiceRecord[];
  /** Paying organisations with confirmed registrations and no invoice yet. */
  uninvoiced: PayingOrganisation[];
}

export type InvoicingRefusal =
  | 'not-invoiced'
  | 'not-seller'
  | 'no-seller'
  | 'before-deadline'
  | 'unknown-payer'
  | 'not-allowed';

export type InvoicingOutcome =
  | { ok: true; created: InvoiceRecord[] }
  | { ok: false; refusal: InvoicingRefusal };

/** The event's issued invoices and credit notes, by number (the owner organisation's series). */
export async function listInvoices(context: JobContext, event: EventRecord): Promise<InvoiceRecord[]> {
  return eventInvoices(context.table, event.organisationId, event.id);
}

async function payersOf(context: JobContext, event: EventRecord): Promise<PayingOrganisation[]> {
  const [registrations, delegations] = await Promise.all([
    listRegistrations(context.table, event.id),
    listDelegations(context.table, event.id),
  ]);
  return payingOrganisations(registrations, delegations);
}

export async function eventInvoicing(context: JobContext, event: EventRecord): Promise<EventInvoicing> {
  const [organisation, documents, payers] = await Promise.all([
    getOrganisation(context.table, event.organisationId),
    listInvoices(context, event),
    payersOf(context, event),
  ]);
  const invoicedPayers = new Set(documents.map((document) => document.payerKey));
  return {
    invoiced: isInvoiced(event),
    seller: organisation?.seller,
    documents,
    uninvoiced: payers.filter((payer) => !invoicedPayers.has(payer.key)),
  };
}

/**
 * Invoices the paying organisations of an event that have none yet, one invoice each for all their confirmed
 * participants and add-ons, each under the next number of the owner organisation's series: all of them once
 * registration has closed, or one (`payerKey`) on demand at any time. Run again, it skips those already invoiced;
 * run twice at once, each payer is still invoiced once (the invoice's key) and no number is skipped.
 */
export async function createEventInvoices(
  context: AppContext,
  organiser: Organiser,
  event: EventRecord,
  payerKey?: string,
): Promise<InvoicingOutcome> {
  if (!mayChangeRegistrations(organiser.role)) return { ok: false, refusal: 'not-allowed' };
  if (event.organisationId !== organiser.organisationId) return { ok: false, refusal: 'not-seller' };
  if (!isInvoiced(event)) return { ok: false, refusal: 'not-invoiced' };
  const now = context.clock().toISOString();
  if (payerKey === undefined && event.registrationClosesAt !== undefined && event.registrationClosesAt > now)
    return { ok: false, refusal: 'before-deadline' };
  const state = await eventInvoicing(context, event);
  const seller = state.seller;
  if (!seller) return { ok: false, refusal: 'no-seller' };
  const targets =
    payerKey === undefined ? state.uninvoiced : state.uninvoiced.filter((payer) => payer.key === payerKey);
  if (payerKey !== undefined && targets.length === 0) {
    const invoicedAlready = state.documents.some((document) => document.payerKey === payerKey);
    return invoicedAlready ? { ok: true, created: [] } : { ok: false, refusal: 'unknown-payer' };
  }
  const issueDate = localDay(now, event.timeZone);
  const created: InvoiceRecord[] = [];
  for (const payer of targets) {
    const lines = invoiceLines(event, payer.registrations);
    if (lines.length === 0) continue;
    const audit = await auditWrites(
      context,
      organiser,
      {
        action: 'invoice-created',
        target: { kind: 'invoice', id: `${event.id}/${payer.key}`, label: event.title },
        detail: `${payer.buyer.name} (${formatOrganisationNumber(payer.buyer.organisationNumber, payer.buyer.country)})`,
      },
      event,
    );
    const outcome = await issueInvoiceDocument(
      context.table,
      {
        kind: 'invoice',
        organisationId: event.organisationId,
        eventId: event.id,
        eventTitle: event.title,
        payerKey: payer.key,
        language: event.language,
        currency: event.price?.currency ?? 'SEK',
        seller,
        buyer: payer.buyer,
        issueDate,
        dueDate: dueDateAfter(issueDate, seller.paymentTermsDays),
        lines,
        createdAt: now,
      },
      audit,
    );
    if (outcome.kind === 'issued') created.push(outcome.document);
  }
  return { ok: true, created };
}
