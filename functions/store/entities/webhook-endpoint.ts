import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { WebhookEndpoint } from '#shared/domain/webhook-endpoint.ts';
import { checkedRecord, type ItemShape } from '#store/table/checked-record.ts';
import type { Item } from '#store/table/item.ts';
import type { KeyDesign } from '#store/table/key-design.ts';
import { queryAll } from '#store/table/query-all.ts';
import type { Table } from '#store/table/table.ts';
import { organisationKey } from './organisation.ts';

/**
 * A webhook endpoint of an organisation, in the organisation's partition, so that one Query finds every endpoint a
 * change may go to (and nothing of another organisation's):
 *   PK = ORG#<orgId>, SK = WEBHOOK#<endpointId>   url, description, event types, enabled, failingSince
 * Its signing secret is derived from its id (`operations/webhooks/endpoint-secret.ts`), never stored. Its deliveries
 * are outbox messages in a partition of the endpoint's own (`outbox-message.ts`).
 */
const WEBHOOK_PREFIX = 'WEBHOOK#';
export const webhookEndpointKey = (organisationId: string, endpointId: string) => ({
  PK: organisationKey(organisationId).PK,
  SK: `${WEBHOOK_PREFIX}${endpointId}`,
});
/** The partition an endpoint's deliveries live in, listed newest first for its admins. */
export const webhookDeliveryPartition = (endpointId: string) => `${WEBHOOK_PREFIX}${endpointId}`;

export const keyDesign: KeyDesign = [webhookEndpointKey('<orgId>', '<endpointId>')];

export const WEBHOOK_ENDPOINT_TYPE = 'webhook-endpoint';

export const webhookEndpointItem = (endpoint: WebhookEndpoint): Item => ({
  ...webhookEndpointKey(endpoint.organisationId, endpoint.id),
  type: WEBHOOK_ENDPOINT_TYPE,
  ...endpoint,
});

const shape: ItemShape<WebhookEndpoint> = {
  type: WEBHOOK_ENDPOINT_TYPE,
  required: {
    id: 'string',
    organisationId: 'string',
    url: 'string',
    description: 'string',
    eventTypes: 'list',
    enabled: 'boolean',
    createdAt: 'string',
    createdBy: 'string',
  },
  optional: { failingSince: 'string', disabledAt: 'string', disabledBecause: 'string' },
};
export const webhookEndpointOf = (item: Item) => checkedRecord(item, shape);

export async function getWebhookEndpoint(
  table: Table,
  organisationId: string,
  endpointId: string,
): Promise<WebhookEndpoint | undefined> {
  const { Item } = await table.doc.send(
    new GetCommand({
      TableName: table.name,
      Key: webhookEndpointKey(organisationId, endpointId),
      ConsistentRead: true,
    }),
  );
  return Item ? webhookEndpointOf(Item) : undefined;
}

/** The organisation's endpoints, oldest first; strongly read unless `eventually` (the per-process cache's read). */
export async function listWebhookEndpoints(
  table: Table,
  organisationId: string,
  eventually = false,
): Promise<WebhookEndpoint[]> {
  const items = await queryAll(table, {
    KeyConditionExpression: 'PK = :pk AND begins_with(SK, :prefix)',
    ExpressionAttributeValues: { ':pk': organisationKey(organisationId).PK, ':prefix': WEBHOOK_PREFIX },
    ConsistentRead: !eventually,
  });
  return items.map(webhookEndpointOf).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}
