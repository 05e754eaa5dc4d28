import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { KeyDesign } from '#store/table/key-design.ts';
import type { Table } from '#store/table/table.ts';
import type { TransactItem } from '#store/table/transact-item.ts';
import { organisationKey } from './organisation.ts';

/**
 * The last number an organisation gave an invoice or credit note, in the organisation's partition:
 *   PK = ORG#<orgId>, SK = INVOICECOUNTER   `lastNumber`
 * Raised by one, on the condition that it is still the number read, in the transaction that writes the document:
 * a document that is not written takes no number, and two at once cannot take the same one.
 */
export const invoiceCounterKey = (organisationId: string) => ({
  PK: organisationKey(organisationId).PK,
  SK: 'INVOICECOUNTER',
});

export const keyDesign: KeyDesign = [invoiceCounterKey('<orgId>')];

export async function lastInvoiceNumber(table: Table, organisationId: string): Promise<number> {
  const { Item } = await table.doc.send(
    new GetCommand({ TableName: table.name, Key: invoiceCounterKey(organisationId), ConsistentRead: true }),
  );
  const last = Item?.lastNumber;
  return typeof last === 'number' ? last : 0;
}

/** The counter moved from `last` to `last + 1`, or the transaction fails its condition. */
export function nextInvoiceNumberUpdate(table: Table, organisationId: string, last: number): TransactItem {
  return {
    Update: {
      TableName: table.name,
      Key: invoiceCounterKey(organisationId),
      UpdateExpression: 'SET lastNumber = :next',
      ConditionExpression: last === 0 ? 'attribute_not_exists(lastNumber)' : 'lastNumber = :last',
      ExpressionAttributeValues: { ':next': last + 1, ...(last === 0 ? {} : { ':last': last }) },
    },
  };
}
