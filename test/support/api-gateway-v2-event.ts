import type { APIGatewayProxyEventV2 } from 'aws-lambda';

/** An HTTP API (payload format 2.0) request as API Gateway hands it to Lambda, shaped like hono's own test fixtures. */
export function apiGatewayV2Event(method: string, path: string, query = ''): APIGatewayProxyEventV2 {
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath: path,
    rawQueryString: query,
    cookies: [],
    headers: {
      host: 'abc123.execute-api.eu-north-1.amazonaws.com',
      'accept-language': 'sv-SE,sv;q=0.9',
      'x-forwarded-proto': 'https',
    },
    queryStringParameters: query ? Object.fromEntries(new URLSearchParams(query)) : undefined,
    requestContext: {
      accountId: '123456789012',
      apiId: 'abc123',
      domainName: 'abc123.execute-api.eu-north-1.amazonaws.com',
      domainPrefix: 'abc123',
      http: { method, path, protocol: 'HTTP/1.1', sourceIp: '192.0.2.10', userAgent: 'vitest' },
      requestId: 'c6af9ac6-7b61-11e6-9a41-93e8deadbeef',
      routeKey: '$default',
      stage: '$default',
      time: '22/Nov/2026:10:00:00 +0000',
      timeEpoch: 1795341600000,
    },
    isBase64Encoded: false,
  };
}
