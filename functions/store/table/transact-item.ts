import type { TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import type { Table } from './table.ts';

/** One element of a DynamoDB transaction, for writes that travel with another change (its audit entry, its e-mail). */
export type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

/** Puts an item that must be new: the transaction is cancelled (ConditionalCheckFailed) where its key is taken. */
export const newItemPut = (table: Table, item: Record<string, unknown>): TransactItem => ({
  Put: { TableName: table.name, Item: item, ConditionExpression: 'attribute_not_exists(PK)' },
});
