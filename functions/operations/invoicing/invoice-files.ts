import type { JobContext } from '#context/job-context.ts';
import type { InvoiceRecord } from '#shared/invoicing/invoice.ts';
import { invoiceFileStem } from '#shared/invoicing/invoice-file-name.ts';
import { ublDocument } from '#shared/invoicing/ubl-document.ts';
import { invoiceByNumber } from '#store/entities/invoice.ts';

/** An issued document as the files an access point or a finance system takes in. */
export interface InvoiceFile {
  document: InvoiceRecord;
  /** Peppol BIS Billing 3.0, UBL 2.1. */
  xml: string;
  /** "faktura-12": the name the files go by, without the extension. */
  fileStem: string;
}

export const invoiceFileOf = (document: InvoiceRecord): InvoiceFile => ({
  document,
  xml: ublDocument(document),
  fileStem: invoiceFileStem(document),
});

/** The organisation's invoice or credit note with this number, as UBL, or undefined if its series has none such. */
export async function invoiceDocument(
  context: JobContext,
  organisationId: string,
  number: number,
): Promise<InvoiceFile | undefined> {
  const document = await invoiceByNumber(context.table, organisationId, number);
  return document && invoiceFileOf(document);
}
