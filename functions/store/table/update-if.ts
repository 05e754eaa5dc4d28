import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { UpdateCommand, type UpdateCommandInput } from '@aws-sdk/lib-dynamodb';
import type { Table } from './table.ts';

/**
 * One update of one item on a condition: true when it was made, false when the condition refused it (and nothing
 * changed). Any other error is thrown.
 */
export async function updateIf(
  table: Table,
  update: Omit<UpdateCommandInput, 'TableName'> & { ConditionExpression: string },
): Promise<boolean> {
  try {
    await table.doc.send(new UpdateCommand({ TableName: table.name, ...update }));
    return true;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return false;
    throw error;
  }
}
