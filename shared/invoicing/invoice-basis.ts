import type { Language } from '#shared/domain/event.ts';
import { invoiceMessagesFor } from '#shared/i18n/invoice-messages.ts';
import { type InvoiceRecord, invoiceNumberText } from './invoice.ts';
import { peppolIdFor } from './organisation-number.ts';
import { decimalAmount, documentTotals } from './vat-totals.ts';

/**
 * The invoice basis for organisations that invoice from their own finance system: one row per line of every invoice
 * and credit note (a credit note's amounts negative), with the buyer's numbers and reference, in the reader's language.
 */
export function invoiceBasis(
  documents: readonly InvoiceRecord[],
  language: Language,
): { header: string[]; rows: string[][] } {
  const t = invoiceMessagesFor(language).basis;
  const rows = documents.flatMap((document) => {
    const totals = documentTotals(document.lines, document.seller.vatNumber !== undefined);
    const sign = document.kind === 'credit-note' ? -1 : 1;
    return document.lines.map((line, at) => [
      invoiceNumberText(document.number),
      t.kinds[document.kind],
      document.issueDate,
      document.dueDate ?? '',
      document.buyer.name,
      document.buyer.organisationNumber,
      document.buyer.buyerReference,
      document.buyer.peppolId ?? peppolIdFor(document.buyer.organisationNumber, document.buyer.country),
      line.name,
      String(sign * line.quantity),
      decimalAmount(line.unitPriceMinor),
      String(line.vatRate),
      decimalAmount(sign * (totals.lineNetMinor[at] ?? 0)),
      document.currency,
      line.participants.join(', '),
    ]);
  });
  return { header: [...t.columns], rows };
}
