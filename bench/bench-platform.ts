import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { serve } from '@hono/node-server';
import { startDynamoDbLocal } from '#local/dynamodb-local.ts';
import { freePort } from '#local/free-port.ts';
import { assembleLocalPlatform, type LocalPlatform } from '#local/local-platform.ts';
import { connectTable, ensureTable, type Table } from '#store/table/table.ts';

export interface BenchPlatform extends LocalPlatform {
  table: Table;
  /** Where DynamoDB Local answers: the bench makes its other tables there too. */
  dynamoDbEndpoint: string;
  /** The app served over loopback HTTP by @hono/node-server, as `npm start` serves it. */
  baseUrl: string;
  /** Another empty table with the app's layout in the same DynamoDB Local. */
  createTable(name: string): Promise<Table>;
}

/**
 * The platform as `npm start` runs it (in-memory DynamoDB Local, SMTP catcher, the Hono app on a loopback port),
 * with its clock standing at `now` so the fixture events take sign-ups. Outside vitest, so it starts its own store.
 */
export async function startBenchPlatform(now: string): Promise<BenchPlatform> {
  const dynamo = await startDynamoDbLocal({ port: await freePort() });
  const createTable = async (name: string) => {
    const table = connectTable({ name, region: 'eu-north-1', endpoint: dynamo.endpoint });
    await ensureTable(table);
    return table;
  };
  const table = await createTable('bench');
  const linkSecret = randomBytes(32).toString('base64url');
  const platform = await assembleLocalPlatform({
    table,
    clock: () => new Date(now),
    publicBaseUrl: 'http://traffpunkt.bench',
    linkSecret: async () => linkSecret,
  });
  const port = await freePort();
  const server = serve({ fetch: platform.app.fetch, hostname: '127.0.0.1', port });
  await once(server, 'listening');
  return {
    ...platform,
    table,
    dynamoDbEndpoint: dynamo.endpoint,
    baseUrl: `http://127.0.0.1:${port}`,
    createTable,
    stop: async () => {
      await new Promise((resolve) => server.close(resolve));
      await platform.stop();
      await dynamo.stop();
    },
  };
}
