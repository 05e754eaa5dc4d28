import type { JobContext } from '#context/job-context.ts';
import type { EventRecord } from '#shared/domain/event.ts';
import { creditLines } from '#shared/invoicing/credit-lines.ts';
import { coveredRegistrationIds, type InvoiceRecord } from '#shared/invoicing/invoice.ts';
import { isInvoiced } from '#shared/invoicing/invoice-lines.ts';
import { localDay } from '#shared/time.ts';
import { listEvents } from '#store/entities/event.ts';
import { eventInvoices } from '#store/entities/invoice.ts';
import { listRegistrations } from '#store/entities/registration.ts';
import { issueInvoiceDocument } from '#store/transactions/invoice-issuing.ts';

/**
 * Credits every invoiced registration of the event that has been cancelled and has no credit note yet: one credit
 * note each, referring to the invoice, for the lines the invoice charged it at the prices it charged. The credit
 * note's key is the registration's, so however often this runs, and however many run at once (the cancellation
 * itself, the minute's job), each cancellation is credited exactly once, under the next number of the series.
 */
export async function creditCancelledRegistrations(
  context: JobContext,
  event: EventRecord,
): Promise<InvoiceRecord[]> {
  const documents = await eventInvoices(context.table, event.organisationId, event.id);
  const invoices = documents.filter((document) => document.kind === 'invoice');
  if (invoices.length === 0) return [];
  const credited = new Set(
    documents.flatMap((document) => (document.credits ? [document.credits.registrationId] : [])),
  );
  const cancelled = new Set(
    (await listRegistrations(context.table, event.id))
      .filter((registration) => registration.status === 'cancelled')
      .map((registration) => registration.id),
  );
  const now = context.clock().toISOString();
  const issued: InvoiceRecord[] = [];
  for (const invoice of invoices) {
    for (const registrationId of coveredRegistrationIds(invoice)) {
      if (!cancelled.has(registrationId) || credited.has(registrationId)) continue;
      const { number: _, dueDate: __, ...asInvoiced } = invoice;
      const outcome = await issueInvoiceDocument(context.table, {
        ...asInvoiced,
        kind: 'credit-note',
        issueDate: localDay(now, event.timeZone),
        lines: creditLines(invoice, registrationId),
        credits: { number: invoice.number, issueDate: invoice.issueDate, registrationId },
        createdAt: now,
      });
      if (outcome.kind === 'issued') issued.push(outcome.document);
    }
  }
  return issued;
}

/** How far back the minute's job looks for cancellations to credit: invoices follow an event by weeks, not years. */
const CREDIT_WINDOW_DAYS = 400;

/**
 * The job's sweep: credits what a cancellation did not get to credit itself (its process ended between the two).
 * Only invoiced events of the last year are read, and of those only the ones with invoices read further.
 */
export async function creditCancellations(context: JobContext): Promise<number> {
  const since = new Date(context.clock().getTime() - CREDIT_WINDOW_DAYS * 86_400_000).toISOString();
  const events = (await listEvents(context.table)).filter(
    (event) => isInvoiced(event) && event.endsAt >= since,
  );
  let issued = 0;
  for (const event of events) issued += (await creditCancelledRegistrations(context, event)).length;
  return issued;
}
