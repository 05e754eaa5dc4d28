import { createHmac } from 'node:crypto';

/** The Standard Webhooks prefix of a signing secret, which receivers' libraries strip before decoding. */
const SECRET_PREFIX = 'whsec_';

/**
 * An endpoint's signing secret: `whsec_` and the base64 of 32 bytes of HMAC-SHA-256 of the endpoint's id under the
 * platform's link secret. The same endpoint gives the same secret each time, so the deliverer can sign with it and
 * the table holds nothing secret; without the link secret nobody can make it.
 */
export function webhookEndpointSecret(linkSecret: string, endpointId: string): string {
  const bytes = createHmac('sha256', linkSecret).update(`webhook-endpoint:${endpointId}`).digest();
  return `${SECRET_PREFIX}${bytes.toString('base64')}`;
}

/**
 * The `webhook-signature` header of one try (Standard Webhooks, v1): the base64 HMAC-SHA-256 of
 * `<id>.<timestamp>.<body>` keyed with the secret's decoded bytes.
 */
export function webhookSignature(secret: string, id: string, timestamp: number, body: string): string {
  const key = Buffer.from(secret.slice(SECRET_PREFIX.length), 'base64');
  const digest = createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest('base64');
  return `v1,${digest}`;
}
