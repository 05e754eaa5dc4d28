import type { InvoiceRecord } from '#shared/invoicing/invoice.ts';
import { documentKey, getInvoiceDocument, newInvoicePut } from '#store/entities/invoice.ts';
import { lastInvoiceNumber, nextInvoiceNumberUpdate } from '#store/entities/invoice-counter.ts';
import {
  backOff,
  cancellationReasons,
  StoreBusyError,
  sendTransaction,
} from '#store/table/send-transaction.ts';
import type { Table } from '#store/table/table.ts';
import type { TransactItem } from '#store/table/transact-item.ts';

export type IssueOutcome =
  | { kind: 'issued'; document: InvoiceRecord }
  /** The same document (this payer's invoice for the event, this registration's credit note) was made before. */
  | { kind: 'exists'; document: InvoiceRecord };

/** Enough rounds for a few dozen documents issued by one organisation in the same second to each win one. */
const MAX_ROUNDS = 80;

/**
 * Issues a document under the organisation's next number: the counter's move from the number read to the next and
 * the document's put are one transaction, so a number is taken only by a document that is written, and a counter
 * moved meanwhile by another document sends this one round again with the number after it. Gap-free and never
 * repeated, whatever runs at once; the document's key makes it once only.
 */
export async function issueInvoiceDocument(
  table: Table,
  unnumbered: Omit<InvoiceRecord, 'number'>,
  also: TransactItem[] = [],
): Promise<IssueOutcome> {
  for (let round = 0; round < MAX_ROUNDS; round += 1) {
    const last = await lastInvoiceNumber(table, unnumbered.organisationId);
    const document: InvoiceRecord = { ...unnumbered, number: last + 1 };
    try {
      await sendTransaction(table, {
        TransactItems: [
          nextInvoiceNumberUpdate(table, unnumbered.organisationId, last),
          newInvoicePut(table, document),
          ...also,
        ],
      });
      return { kind: 'issued', document };
    } catch (error) {
      const reasons = cancellationReasons(error);
      if (reasons?.[1] === 'ConditionalCheckFailed') {
        const existing = await getInvoiceDocument(table, documentKey(document));
        if (existing) return { kind: 'exists', document: existing };
      }
      if (reasons?.[0] !== 'ConditionalCheckFailed') throw error;
      await backOff(Math.min(round, 6));
    }
  }
  throw new StoreBusyError('invoice numbering');
}
