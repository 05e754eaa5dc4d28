import { randomUUID } from 'node:crypto';
import { inject } from 'vitest';
import { connectTable, ensureTable, type Table } from '#store/table/table.ts';

/** A fresh, empty table in the run's DynamoDB Local, so test files never see each other's data. */
export async function createTestTable(): Promise<Table> {
  const table = connectTable({
    name: `test-${randomUUID()}`,
    region: 'eu-north-1',
    endpoint: inject('dynamoDbEndpoint'),
  });
  await ensureTable(table);
  return table;
}
