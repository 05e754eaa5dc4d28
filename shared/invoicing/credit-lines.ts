import type { InvoiceLine, InvoiceRecord } from './invoice.ts';

/**
 * What a credit note gives back for one registration: one unit of each of the invoice's lines that covered it, at
 * the price invoiced — not at today's price, which the organiser may have changed since.
 */
export function creditLines(invoice: Pick<InvoiceRecord, 'lines'>, registrationId: string): InvoiceLine[] {
  return invoice.lines.flatMap((line) => {
    const at = line.registrationIds.indexOf(registrationId);
    if (at < 0) return [];
    const participant = line.participants[at];
    return [
      {
        ...line,
        registrationIds: [registrationId],
        participants: participant === undefined ? [] : [participant],
        quantity: 1,
      },
    ];
  });
}
