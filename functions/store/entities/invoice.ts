import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { InvoiceRecord } from '#shared/invoicing/invoice.ts';
import { checkedRecord, type ItemShape } from '#store/table/checked-record.ts';
import type { Item } from '#store/table/item.ts';
import type { KeyDesign, KeyPlaceholder } from '#store/table/key-design.ts';
import { queryAll } from '#store/table/query-all.ts';
import type { Table } from '#store/table/table.ts';
import { TABLE_LAYOUT } from '#store/table/table-layout.ts';
import type { TransactItem } from '#store/table/transact-item.ts';
import { organisationKey } from './organisation.ts';

/**
 * An issued invoice or credit note, in the seller's (the organiser organisation's) partition, where it stays for the
 * bookkeeping years after the event's personal data is gone:
 *   invoice      PK = ORG#<orgId>, SK = INVOICE#<eventId>#<payerKey>
 *   credit note  PK = ORG#<orgId>, SK = INVOICE#<eventId>#<payerKey>#CREDIT#<registrationId>
 *   both         GSI1PK = ORG#<orgId>#INVOICES, GSI1SK = <number, 10 digits>   (the organisation's series in order)
 * The keys say what a document is for, so one put under `attribute_not_exists` makes each at most once: an
 * organisation is invoiced once per event, a cancelled registration credited once.
 */
const INVOICE_PREFIX = 'INVOICE#';
const eventInvoicesPrefix = (eventId: string) => `${INVOICE_PREFIX}${eventId}#`;

export const invoiceKey = (organisationId: string, eventId: string, payerKey: string) => ({
  PK: organisationKey(organisationId).PK,
  SK: `${eventInvoicesPrefix(eventId)}${payerKey}`,
});
export const creditNoteKey = (
  organisationId: string,
  eventId: string,
  payerKey: string,
  registrationId: string,
) => ({
  PK: organisationKey(organisationId).PK,
  SK: `${eventInvoicesPrefix(eventId)}${payerKey}#CREDIT#${registrationId}`,
});
const seriesOf = (organisationId: string) => `${organisationKey(organisationId).PK}#INVOICES`;
export const invoiceNumberKey = (organisationId: string, number: number | KeyPlaceholder) => ({
  GSI1PK: seriesOf(organisationId),
  GSI1SK: typeof number === 'number' ? String(number).padStart(10, '0') : number,
});

export const keyDesign: KeyDesign = [
  { ...invoiceKey('<orgId>', '<eventId>', '<payerKey>'), gsi1: [invoiceNumberKey('<orgId>', '<number>')] },
  {
    ...creditNoteKey('<orgId>', '<eventId>', '<payerKey>', '<registrationId>'),
    gsi1: [invoiceNumberKey('<orgId>', '<number>')],
  },
];

const INVOICE_TYPE = 'invoice';

export const documentKey = (document: InvoiceRecord) =>
  document.credits
    ? creditNoteKey(
        document.organisationId,
        document.eventId,
        document.payerKey,
        document.credits.registrationId,
      )
    : invoiceKey(document.organisationId, document.eventId, document.payerKey);

/** The put of a new document, refused when the same one exists already. */
export function newInvoicePut(table: Table, document: InvoiceRecord): TransactItem {
  return {
    Put: {
      TableName: table.name,
      Item: {
        ...documentKey(document),
        ...invoiceNumberKey(document.organisationId, document.number),
        type: INVOICE_TYPE,
        ...document,
      },
      ConditionExpression: 'attribute_not_exists(PK)',
    },
  };
}

const shape: ItemShape<InvoiceRecord> = {
  type: INVOICE_TYPE,
  required: {
    kind: 'string',
    number: 'number',
    organisationId: 'string',
    eventId: 'string',
    eventTitle: 'string',
    payerKey: 'string',
    language: 'string',
    currency: 'string',
    seller: 'map',
    buyer: 'map',
    issueDate: 'string',
    lines: 'list',
    createdAt: 'string',
  },
  optional: { dueDate: 'string', credits: 'map' },
};
const invoiceOf = (item: Item) => checkedRecord(item, shape);
const byNumber = (a: InvoiceRecord, b: InvoiceRecord) => a.number - b.number;

export async function getInvoiceDocument(
  table: Table,
  key: { PK: string; SK: string },
): Promise<InvoiceRecord | undefined> {
  const { Item } = await table.doc.send(
    new GetCommand({ TableName: table.name, Key: key, ConsistentRead: true }),
  );
  return Item ? invoiceOf(Item) : undefined;
}

/** An event's invoices and credit notes, by number. */
export async function eventInvoices(
  table: Table,
  organisationId: string,
  eventId: string,
): Promise<InvoiceRecord[]> {
  const items = await queryAll(table, {
    KeyConditionExpression: 'PK = :organisation AND begins_with(SK, :prefix)',
    ExpressionAttributeValues: {
      ':organisation': organisationKey(organisationId).PK,
      ':prefix': eventInvoicesPrefix(eventId),
    },
    ConsistentRead: true,
  });
  return items.map(invoiceOf).sort(byNumber);
}

/** The organisation's whole series of invoices and credit notes, by number. */
export async function organisationInvoices(table: Table, organisationId: string): Promise<InvoiceRecord[]> {
  const items = await queryAll(table, {
    IndexName: TABLE_LAYOUT.gsi1.name,
    KeyConditionExpression: 'GSI1PK = :series',
    ExpressionAttributeValues: { ':series': seriesOf(organisationId) },
  });
  return items.map(invoiceOf);
}

/** The document with this number in the organisation's series. */
export async function invoiceByNumber(
  table: Table,
  organisationId: string,
  number: number,
): Promise<InvoiceRecord | undefined> {
  const { GSI1PK, GSI1SK } = invoiceNumberKey(organisationId, number);
  const { Items } = await table.doc.send(
    new QueryCommand({
      TableName: table.name,
      IndexName: TABLE_LAYOUT.gsi1.name,
      KeyConditionExpression: 'GSI1PK = :series AND GSI1SK = :number',
      ExpressionAttributeValues: { ':series': GSI1PK, ':number': GSI1SK },
      Limit: 1,
    }),
  );
  const found = Items?.[0];
  return found ? invoiceOf(found) : undefined;
}
