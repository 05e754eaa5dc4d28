import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** The link secret as the stack names it to the api, jobs and mailer functions (`LINK_SECRET_ARN`). */
export const LINK_SECRET_ARN = 'arn:aws:secretsmanager:eu-north-1:123456789012:secret:LinkSecret-Ef34Gh';

export interface SecretsExtensionStandIn {
  port: number;
  /** How many times a secret was asked for. */
  reads(): number;
  close(): Promise<void>;
}

/**
 * The AWS Parameters and Secrets Lambda Extension runs only inside Lambda; this answers as it does on its HTTP port:
 * `GET /secretsmanager/get?secretId=…` with the session token in `X-Aws-Parameters-Secrets-Token`, answered with
 * GetSecretValue's JSON; 400 without the token, 404 for a secret it does not hold.
 */
export async function startSecretsExtensionStandIn(
  sessionToken: string,
  secrets: Record<string, string>,
): Promise<SecretsExtensionStandIn> {
  let reads = 0;
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const secretId = url.searchParams.get('secretId') ?? '';
    if (request.headers['x-aws-parameters-secrets-token'] !== sessionToken) {
      response.writeHead(400).end('missing or wrong session token');
      return;
    }
    const value = secrets[secretId];
    if (url.pathname !== '/secretsmanager/get' || value === undefined) {
      response.writeHead(404).end('secret not found');
      return;
    }
    reads += 1;
    response.writeHead(200, { 'content-type': 'application/json' }).end(
      JSON.stringify({
        ARN: secretId,
        Name: secretId.split(':').at(-1),
        SecretString: value,
        VersionId: '9b2c0c1e-3f4a-4b5c-8d6e-7f8091a2b3c4',
        VersionStages: ['AWSCURRENT'],
        CreatedDate: '2026-11-22T10:00:00.000Z',
      }),
    );
  });
  // Every local address: the function calls `localhost`, which may resolve to ::1 or 127.0.0.1.
  server.listen(0);
  await once(server, 'listening');
  return {
    port: (server.address() as AddressInfo).port,
    reads: () => reads,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
