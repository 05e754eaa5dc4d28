import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import {
  DeleteCommand,
  type DeleteCommandInput,
  type DeleteCommandOutput,
  PutCommand,
  type PutCommandInput,
  UpdateCommand,
  type UpdateCommandInput,
  type UpdateCommandOutput,
} from '@aws-sdk/lib-dynamodb';
import type { Table } from './table.ts';

type Conditional<Input> = Omit<Input, 'TableName'> & { ConditionExpression: string };

/** The answer of a write made on a condition, or undefined when the condition refused it; any other error is thrown. */
async function unlessRefused<Output>(write: () => Promise<Output>): Promise<Output | undefined> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return undefined;
    throw error;
  }
}

/** One update of one item on a condition: true when it was made, false when the condition refused it. */
export async function updateIf(table: Table, update: Conditional<UpdateCommandInput>): Promise<boolean> {
  return (await updatedIf(table, update)) !== undefined;
}

/** The same, with DynamoDB's answer (the item as written, if asked for), or undefined when refused. */
export function updatedIf(
  table: Table,
  update: Conditional<UpdateCommandInput>,
): Promise<UpdateCommandOutput | undefined> {
  return unlessRefused(() => table.doc.send(new UpdateCommand({ TableName: table.name, ...update })));
}

/** One item stored on a condition (most often that it is not there yet): true when it was stored. */
export async function putIf(table: Table, put: Conditional<PutCommandInput>): Promise<boolean> {
  const made = await unlessRefused(() => table.doc.send(new PutCommand({ TableName: table.name, ...put })));
  return made !== undefined;
}

/** One item deleted on a condition: DynamoDB's answer (with the old item if asked for), or undefined when refused. */
export function deleteIf(
  table: Table,
  deletion: Conditional<DeleteCommandInput>,
): Promise<DeleteCommandOutput | undefined> {
  return unlessRefused(() => table.doc.send(new DeleteCommand({ TableName: table.name, ...deletion })));
}
