import { readFile } from 'node:fs/promises';
import { createConfig, lintFromString } from '@redocly/openapi-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WEBHOOK_EVENT_TYPES } from '#shared/webhooks/webhook-events.ts';
import { API_CLIENT_TYPES, apiClientTypes } from '#test/support/api-client-types.ts';
import { createTestPlatform, type TestPlatform } from '#test/support/test-platform.ts';

let platform: TestPlatform;
afterAll(() => platform.stop());

type Operation = { operationId: string; summary: string };
type Webhook = { post: { requestBody: { content: { 'application/json': { schema: { $ref: string } } } } } };
let document: {
  openapi: string;
  paths: Record<string, Record<string, Operation>>;
  webhooks: Record<string, Webhook>;
  components: { schemas: Record<string, { properties: { type: { const: string } } }> };
};
beforeAll(async () => {
  platform = await createTestPlatform('2026-11-22T10:00:00Z');
  document = await (await platform.app.request('/api/v1/openapi.json')).json();
});

const operations = () => Object.values(document.paths).flatMap((item) => Object.values(item));

describe('the OpenAPI document', () => {
  it('passes Redocly’s recommended rules with no error', async () => {
    const problems = await lintFromString({
      source: JSON.stringify(document),
      absoluteRef: 'http://traffpunkt.test/api/v1/openapi.json',
      config: await createConfig({ extends: ['recommended'] }),
    });
    const errors = problems.filter((problem) => problem.severity === 'error');
    expect(errors.map((problem) => `${problem.ruleId}: ${problem.message}`)).toEqual([]);
    expect(document.openapi).toBe('3.1.0');
    expect(operations().length).toBeGreaterThanOrEqual(12);
  });

  it('describes the body of every webhook type, from the schema the payloads are built with', () => {
    expect(Object.keys(document.webhooks)).toEqual([...WEBHOOK_EVENT_TYPES]);
    for (const [type, webhook] of Object.entries(document.webhooks)) {
      const id = webhook.post.requestBody.content['application/json'].schema.$ref.split('/').at(-1) ?? '';
      expect(document.components.schemas[id]?.properties.type.const).toBe(type);
    }
  });

  it('is what the committed client types were generated from', async () => {
    // A change to an operation without `npm run api:client-types` would leave the client the tests use behind.
    expect(await readFile(API_CLIENT_TYPES, 'utf8')).toBe(await apiClientTypes(document));
  });
});

describe('the API reference page', () => {
  it('shows every operation of the document, server-rendered, with no script and the usual CSP', async () => {
    const answer = await platform.app.request('/api/v1/docs');
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-security-policy')).toContain("script-src 'self'");
    const html = await answer.text();
    expect(html).not.toContain('<script');
    for (const operation of operations()) {
      expect(html).toContain(`id="${operation.operationId}"`);
      expect(html).toContain(operation.summary);
    }
    expect(html).toContain('id="problem-unauthenticated"');
  });
});
