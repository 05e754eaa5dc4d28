import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import type { APIGatewayProxyEventV2, APIGatewayProxyResultV2, Context } from 'aws-lambda';
import { handle } from 'hono/aws-lambda';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createApp } from '#http/app.tsx';
import { viewerAddress } from '#http/client-address.ts';
import { RATE_LIMITS } from '#http/rate-limit-rules.ts';
import type { Table } from '#store/table/table.ts';
import { apiGatewayV2Event } from '#test/support/api-gateway-v2-event.ts';
import { lambdaContext } from '#test/support/lambda-context.ts';
import {
  LINK_SECRET_ARN,
  type SecretsExtensionStandIn,
  startSecretsExtensionStandIn,
} from '#test/support/secrets-extension-stand-in.ts';
import { createTestTable } from '#test/support/test-table.ts';

const SECRET_ARN = 'arn:aws:secretsmanager:eu-north-1:123456789012:secret:OriginSecret-Ab12Cd';
const ORIGIN_SECRET = 'Jq4vX9mR2tLw7nPz5cHs8kFd3bGy6aUe1oVi0rMxQ2wTn7LpZ4hKc9sBd5fGj3Ny';
const SESSION_TOKEN = 'IQoJb3JpZ2luX2VjEXAMPLE-session-token';
const LINK_SECRET = 'Hd7kP2xQ9mWv4nRt6bYc1sLz8fJg3aUe5oVi0rMxQ2wTn7LpZ4hKc9sBd5fGj3Ny';
const PUBLIC_BASE_URL = 'https://traffpunkt.example';
/** One CloudFront edge location: API Gateway sees every viewer it serves under this address. */
const EDGE = '130.176.96.72';
const NOW = '2026-11-22T10:00:00Z';

type Result = APIGatewayProxyResultV2 & { body: string; statusCode: number; headers: Record<string, string> };
type Handler = (event: APIGatewayProxyEventV2, context: Context) => Promise<Result>;

let table: Table;
let extension: SecretsExtensionStandIn;
let entry: Handler;
let environment: Record<string, string>;
afterAll(async () => {
  for (const name of Object.keys(environment)) delete process.env[name];
  await extension.close();
});
beforeAll(async () => {
  table = await createTestTable();
  extension = await startSecretsExtensionStandIn(SESSION_TOKEN, {
    [SECRET_ARN]: ORIGIN_SECRET,
    [LINK_SECRET_ARN]: LINK_SECRET,
  });
  // The environment the stack gives the api function behind CloudFront, read by the entry when it loads.
  environment = {
    TABLE_NAME: table.name,
    DYNAMODB_ENDPOINT: inject('dynamoDbEndpoint'),
    PUBLIC_BASE_URL,
    ORIGIN_SECRET_ARN: SECRET_ARN,
    LINK_SECRET_ARN,
    PARAMETERS_SECRETS_EXTENSION_HTTP_PORT: String(extension.port),
    AWS_SESSION_TOKEN: SESSION_TOKEN,
  };
  Object.assign(process.env, environment);
  ({ handler: entry } = (await import('#lambda/api-handler.ts')) as unknown as {
    handler: Handler;
  });
});

/** A request as API Gateway hands it over when it came through CloudFront's edge location (or claims to). */
function throughEdge(method: string, path: string, headers: Record<string, string>, body?: string) {
  const event = apiGatewayV2Event(method, path);
  return {
    ...event,
    headers: { ...event.headers, ...headers },
    requestContext: { ...event.requestContext, http: { ...event.requestContext.http, sourceIp: EDGE } },
    ...(body === undefined ? {} : { body }),
  };
}

/** The organisers' sign-in form posted with no address: counted per client, nothing else is written. */
const signIn = (headers: Record<string, string>) =>
  throughEdge(
    'POST',
    '/organiser/sign-in',
    { 'content-type': 'application/x-www-form-urlencoded', origin: PUBLIC_BASE_URL, ...headers },
    'email=',
  );

async function rateCounters(): Promise<number> {
  const { Items = [] } = await table.doc.send(new ScanCommand({ TableName: table.name }));
  return Items.filter((item) => String(item.PK).startsWith('RATE#')).length;
}

describe('the api function behind CloudFront', () => {
  it('refuses a request that went around CloudFront, with a plain 403', async () => {
    const result = await entry(throughEdge('GET', '/healthz', {}), lambdaContext('api'));
    expect(result.statusCode).toBe(403);
    expect(result.headers['content-type']).toMatch(/^text\/plain/);
    expect(result.body).toBe('Forbidden');
  });

  it('refuses a wrong origin secret the same way', async () => {
    const result = await entry(
      throughEdge('GET', '/healthz', { 'x-origin-verify': `${ORIGIN_SECRET.slice(0, -1)}x` }),
      lambdaContext('api'),
    );
    expect(result.statusCode).toBe(403);
  });

  it('serves a request carrying the secret CloudFront adds, read from Secrets Manager once per instance', async () => {
    for (const path of ['/healthz', '/']) {
      const result = await entry(
        throughEdge('GET', path, { 'x-origin-verify': ORIGIN_SECRET }),
        lambdaContext('api'),
      );
      expect(result.statusCode).toBe(200);
    }
    expect(extension.reads()).toBe(1);
  });

  it('ignores a forged viewer address on a request without the secret: refused before anything is counted', async () => {
    const result = await entry(
      signIn({ 'cloudfront-viewer-address': '198.51.100.7:51234' }),
      lambdaContext('api'),
    );
    expect(result.statusCode).toBe(403);
    expect(await rateCounters()).toBe(0);
  });
});

describe('rate limits behind CloudFront', () => {
  const { limit } = RATE_LIMITS.signIn;
  /** The app as the entry builds it, on a clock the test holds still, through hono's own Lambda adapter. */
  const appFunction = (originSecret?: () => Promise<string>): Handler =>
    handle(
      createApp({
        table,
        clock: () => new Date(NOW),
        publicBaseUrl: PUBLIC_BASE_URL,
        linkSecret: async () => LINK_SECRET,
        ...(originSecret ? { originSecret } : {}),
      }),
    ) as unknown as Handler;

  async function signInStatuses(api: Handler, headers: Record<string, string>, times: number) {
    const statuses: number[] = [];
    for (let n = 0; n < times; n += 1)
      statuses.push((await api(signIn(headers), lambdaContext('api'))).statusCode);
    return statuses;
  }

  it('count each viewer on its own: two viewers through one edge location have separate limits', async () => {
    const api = appFunction(async () => ORIGIN_SECRET);
    const viewer = (address: string) => ({
      'x-origin-verify': ORIGIN_SECRET,
      'cloudfront-viewer-address': address,
    });

    const first = await signInStatuses(api, viewer('203.0.113.20:50001'), limit + 1);
    expect(first.slice(0, limit).every((status) => status === 200)).toBe(true);
    expect(first[limit]).toBe(429);
    // The same edge, another viewer (IPv6, as CloudFront writes it: unbracketed, the port after the last colon).
    expect(await signInStatuses(api, viewer('2001:db8:4006:812::200e:50002'), 1)).toEqual([200]);
    // The first viewer from another source port is still the same viewer.
    expect(await signInStatuses(api, viewer('203.0.113.20:50003'), 1)).toEqual([429]);
  });

  it('do not trust the viewer address where no origin check runs: forged addresses share their source address', async () => {
    const api = appFunction();
    const fromEdgeClaiming = (address: string) => ({ 'cloudfront-viewer-address': address });
    const first = await signInStatuses(api, fromEdgeClaiming('198.51.100.1:40000'), limit);
    expect(first.every((status) => status === 200)).toBe(true);
    expect(await signInStatuses(api, fromEdgeClaiming('198.51.100.2:40000'), 1)).toEqual([429]);
  });
});

describe('the viewer address CloudFront forwards', () => {
  it.each([
    ['198.51.100.10:46532', '198.51.100.10'],
    ['2001:db8:85a3::8a2e:370:7334:46532', '2001:db8:85a3::8a2e:370:7334'],
    ['[2001:db8::1]:443', '2001:db8::1'],
    ['::1:443', '::1'],
  ])('reads %s as %s', (header, address) => {
    expect(viewerAddress(header)).toBe(address);
  });

  it.each([undefined, '', '198.51.100.10', 'not-an-address:443', '198.51.100.10:', '999.1.1.1:80'])(
    'finds no address in %j',
    (header) => {
      expect(viewerAddress(header)).toBeUndefined();
    },
  );
});
