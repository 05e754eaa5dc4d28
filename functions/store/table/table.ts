import {
  CreateTableCommand,
  DescribeTableCommand,
  DynamoDBClient,
  ResourceNotFoundException,
  UpdateTableCommand,
  waitUntilTableExists,
} from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { createTableInput } from './table-layout.ts';

/** The one table and the client that reaches it: what every store function is handed. */
export interface Table {
  doc: DynamoDBDocumentClient;
  name: string;
}

export interface TableConfig {
  name: string;
  region: string;
  /** Set for DynamoDB Local; unset in AWS. */
  endpoint?: string;
}

export function connectTable(config: TableConfig): Table {
  const client = new DynamoDBClient({
    region: config.region,
    ...(config.endpoint
      ? { endpoint: config.endpoint, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } }
      : {}),
  });
  const doc = DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
  return { doc, name: config.name };
}

/**
 * Creates the table when it is missing, and an index of the layout the table lacks (data kept from before the index
 * was added): local and test stores only; in AWS the CDK stack owns it.
 */
export async function ensureTable(table: Table): Promise<void> {
  const wanted = createTableInput(table.name);
  try {
    const { Table: existing } = await table.doc.send(new DescribeTableCommand({ TableName: table.name }));
    const indexes = new Set((existing?.GlobalSecondaryIndexes ?? []).map(({ IndexName }) => IndexName));
    for (const index of wanted.GlobalSecondaryIndexes ?? []) {
      if (indexes.has(index.IndexName)) continue;
      await table.doc.send(
        new UpdateTableCommand({
          TableName: table.name,
          AttributeDefinitions: wanted.AttributeDefinitions,
          GlobalSecondaryIndexUpdates: [{ Create: index }],
        }),
      );
      await untilIndexesActive(table);
    }
    return;
  } catch (error) {
    if (!(error instanceof ResourceNotFoundException)) throw error;
  }
  await table.doc.send(new CreateTableCommand(wanted));
  await waitUntilTableExists({ client: table.doc, maxWaitTime: 30 }, { TableName: table.name });
}

async function untilIndexesActive(table: Table): Promise<void> {
  for (let tries = 0; tries < 300; tries += 1) {
    const { Table: described } = await table.doc.send(new DescribeTableCommand({ TableName: table.name }));
    if ((described?.GlobalSecondaryIndexes ?? []).every(({ IndexStatus }) => IndexStatus === 'ACTIVE'))
      return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the indexes of ${table.name} did not become active`);
}

export async function isTableReachable(table: Table): Promise<boolean> {
  try {
    const { Table: description } = await table.doc.send(new DescribeTableCommand({ TableName: table.name }));
    return description?.TableStatus === 'ACTIVE';
  } catch {
    return false;
  }
}
