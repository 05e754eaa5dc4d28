import {
  CreateTableCommand,
  DescribeTableCommand,
  DynamoDBClient,
  ResourceNotFoundException,
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

/** Creates the table when it is missing: local and test stores only; in AWS the CDK stack owns it. */
export async function ensureTable(table: Table): Promise<void> {
  try {
    await table.doc.send(new DescribeTableCommand({ TableName: table.name }));
    return;
  } catch (error) {
    if (!(error instanceof ResourceNotFoundException)) throw error;
  }
  await table.doc.send(new CreateTableCommand(createTableInput(table.name)));
  await waitUntilTableExists({ client: table.doc, maxWaitTime: 30 }, { TableName: table.name });
}

export async function isTableReachable(table: Table): Promise<boolean> {
  try {
    const { Table: description } = await table.doc.send(new DescribeTableCommand({ TableName: table.name }));
    return description?.TableStatus === 'ACTIVE';
  } catch {
    return false;
  }
}
