import { invoiceMessagesFor } from '#shared/i18n/invoice-messages.ts';
import type { InvoiceRecord } from './invoice.ts';

/** "faktura-12", "kreditnota-13", "credit-note-13": a document's file name without its extension. */
export function invoiceFileStem(document: Pick<InvoiceRecord, 'kind' | 'number' | 'language'>): string {
  const t = invoiceMessagesFor(document.language);
  const word = document.kind === 'invoice' ? t.invoice : t.creditNote;
  return `${word.toLowerCase().replace(/\s+/g, '-')}-${document.number}`;
}
