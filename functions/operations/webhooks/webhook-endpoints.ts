import { randomUUID } from 'node:crypto';
import type { AppContext } from '#context/app-context.ts';
import { auditWrites, partChange } from '#operations/organisers/audit-trail.ts';
import { webhookEndpointSecret } from '#security/webhook-signature.ts';
import type { Organiser } from '#shared/domain/organiser.ts';
import type { OutboxMessage } from '#shared/domain/outbound-message.ts';
import type { WebhookEndpoint } from '#shared/domain/webhook-endpoint.ts';
import type { NewWebhookEndpoint } from '#shared/organiser/webhook-endpoint-form.ts';
import { endpointDeliveries } from '#store/entities/outbox-message.ts';
import { getWebhookEndpoint, listWebhookEndpoints } from '#store/entities/webhook-endpoint.ts';
import { forgetOrganisation } from '#store/reads/organisation-cache.ts';
import { sendDeliveryAgain } from '#store/transactions/webhook-deliveries.ts';
import { storeWebhookEndpoint, switchWebhookEndpoint } from '#store/transactions/webhook-endpoints.ts';

/** How many of an endpoint's deliveries its page lists. */
export const LISTED_DELIVERIES = 50;

/**
 * An admin registers an endpoint for the organisation they act for. Its signing secret is returned to be shown once;
 * it is derived from the endpoint's id under the link secret whenever a delivery is signed, and stored nowhere.
 */
export async function addWebhookEndpoint(
  context: AppContext,
  admin: Organiser,
  request: NewWebhookEndpoint,
): Promise<{ secret: string; endpoint: WebhookEndpoint }> {
  const endpoint: WebhookEndpoint = {
    id: randomUUID(),
    organisationId: admin.organisationId,
    url: request.url,
    description: request.description,
    eventTypes: request.eventTypes,
    enabled: true,
    createdAt: context.clock().toISOString(),
    createdBy: admin.name,
  };
  const audit = await auditWrites(
    context,
    admin,
    partChange(
      'webhook-endpoint',
      endpoint.id,
      endpoint.url,
      'webhook-endpoint-created',
      `types=${endpoint.eventTypes.join(' ')}`,
    ),
  );
  await storeWebhookEndpoint(context.table, endpoint, audit);
  forgetOrganisation(context.table, admin.organisationId);
  return { secret: webhookEndpointSecret(await context.linkSecret(), endpoint.id), endpoint };
}

/** An admin turns one of the organisation's endpoints on or off; undefined when it is not there or already so. */
export async function switchEndpoint(
  context: AppContext,
  admin: Organiser,
  endpointId: string,
  enabled: boolean,
): Promise<WebhookEndpoint | undefined> {
  const endpoint = await getWebhookEndpoint(context.table, admin.organisationId, endpointId);
  if (!endpoint) return undefined;
  const audit = await auditWrites(
    context,
    admin,
    partChange(
      'webhook-endpoint',
      endpoint.id,
      endpoint.url,
      enabled ? 'webhook-endpoint-enabled' : 'webhook-endpoint-disabled',
    ),
  );
  const switched = await switchWebhookEndpoint(
    context.table,
    endpoint,
    enabled,
    context.clock().toISOString(),
    audit,
  );
  forgetOrganisation(context.table, admin.organisationId);
  return switched ? endpoint : undefined;
}

export async function organisationWebhookEndpoints(
  context: AppContext,
  organisationId: string,
): Promise<WebhookEndpoint[]> {
  return listWebhookEndpoints(context.table, organisationId);
}

/** One of the organisation's endpoints with its latest deliveries; undefined when the organisation has no such one. */
export async function endpointWithDeliveries(
  context: AppContext,
  organisationId: string,
  endpointId: string,
): Promise<{ endpoint: WebhookEndpoint; deliveries: OutboxMessage[] } | undefined> {
  const endpoint = await getWebhookEndpoint(context.table, organisationId, endpointId);
  if (!endpoint) return undefined;
  return { endpoint, deliveries: await endpointDeliveries(context.table, endpoint.id, LISTED_DELIVERIES) };
}

/**
 * An admin's *Skicka igen* of a delivery to one of the organisation's endpoints (the endpoint is looked up in the
 * organisation's own partition first, so no admin can resend another's). False when it is still waiting.
 */
export async function sendWebhookAgain(
  context: AppContext,
  admin: Organiser,
  endpointId: string,
  deliveryId: string,
): Promise<boolean | undefined> {
  const endpoint = await getWebhookEndpoint(context.table, admin.organisationId, endpointId);
  if (!endpoint || !deliveryId.endsWith(`:${endpoint.id}`)) return undefined;
  return sendDeliveryAgain(
    context.table,
    { id: deliveryId, endpointId: endpoint.id },
    context.clock().toISOString(),
  );
}
