import type { APIGatewayProxyResultV2, Context } from 'aws-lambda';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { loadDemoData } from '#operations/demo/load-demo-data.ts';
import { apiGatewayV2Event } from '#test/support/api-gateway-v2-event.ts';
import { LINK_SECRET_ARN } from '#test/support/secrets-extension-stand-in.ts';
import { createTestTable } from '#test/support/test-table.ts';

type Handler = (
  event: unknown,
  context: Context,
) => Promise<APIGatewayProxyResultV2 & { body: string; statusCode: number; headers: Record<string, string> }>;
let handler: Handler;

beforeAll(async () => {
  const table = await createTestTable();
  await loadDemoData(table, '2026-11-22');
  // The entry reads its configuration from the environment at load time, as it does in Lambda.
  process.env.TABLE_NAME = table.name;
  process.env.DYNAMODB_ENDPOINT = inject('dynamoDbEndpoint');
  process.env.PUBLIC_BASE_URL = 'https://traffpunkt.example';
  // Named as the stack names it; reading pages makes no manage link, so it is never read.
  process.env.LINK_SECRET_ARN = LINK_SECRET_ARN;
  ({ handler } = (await import('#lambda/api-handler.ts')) as unknown as { handler: Handler });
});

describe('the api Lambda entry', () => {
  it('serves an event page for an API Gateway v2 request', async () => {
    const result = await handler(apiGatewayV2Event('GET', '/events/trygghetsdag-2022'), {} as Context);
    expect(result.statusCode).toBe(200);
    expect(result.headers['content-type']).toMatch(/^text\/html/);
    expect(result.body).toContain('Trygghetsdag 2022');
  });

  it('passes the query string through', async () => {
    const result = await handler(apiGatewayV2Event('GET', '/', 'lang=en'), {} as Context);
    expect(result.body).toContain('Upcoming events');
  });

  it('serves the JSON API with absolute links from its configuration', async () => {
    const result = await handler(apiGatewayV2Event('GET', '/api/v1/events'), {} as Context);
    const events = JSON.parse(result.body) as { id: string; url: string }[];
    expect(events.find((event) => event.id === 'trygghetsdag-2022')?.url).toBe(
      'https://traffpunkt.example/events/trygghetsdag-2022',
    );
  });
});
