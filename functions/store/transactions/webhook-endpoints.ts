import type { WebhookEndpoint } from '#shared/domain/webhook-endpoint.ts';
import { type OutboxIntent, outboxKey } from '#store/entities/outbox-message.ts';
import { webhookEndpointItem, webhookEndpointKey } from '#store/entities/webhook-endpoint.ts';
import { updateIf } from '#store/table/conditional-writes.ts';
import { cancellationReasons, sendTransaction } from '#store/table/send-transaction.ts';
import type { Table } from '#store/table/table.ts';
import { newItemPut, type TransactItem } from '#store/table/transact-item.ts';
import { writeWithAudit } from './audited-write.ts';
import { queueMessage } from './outbox-queue.ts';

/** Stores a new endpoint with the audit entries that record it. */
export async function storeWebhookEndpoint(
  table: Table,
  endpoint: WebhookEndpoint,
  audit: TransactItem[],
): Promise<void> {
  await sendTransaction(table, {
    TransactItems: [newItemPut(table, webhookEndpointItem(endpoint)), ...audit],
  });
}

/**
 * An admin turns an endpoint on or off. Turning it on forgets that it was failing, so it has three days again.
 * False when it is gone or already so.
 */
export async function switchWebhookEndpoint(
  table: Table,
  endpoint: Pick<WebhookEndpoint, 'id' | 'organisationId'>,
  enabled: boolean,
  at: string,
  audit: TransactItem[],
): Promise<boolean> {
  return writeWithAudit(
    table,
    {
      Update: {
        TableName: table.name,
        Key: webhookEndpointKey(endpoint.organisationId, endpoint.id),
        UpdateExpression: enabled
          ? 'SET enabled = :on REMOVE failingSince, disabledAt, disabledBecause'
          : 'SET enabled = :on, disabledAt = :at, disabledBecause = :admin',
        ConditionExpression: 'attribute_exists(PK) AND enabled <> :on',
        ExpressionAttributeValues: { ':on': enabled, ...(enabled ? {} : { ':at': at, ':admin': 'admin' }) },
      },
    },
    audit,
  );
}

/** A delivery failed and the endpoint had no failure on record: it is failing from `since`. */
export async function markEndpointFailing(
  table: Table,
  endpoint: WebhookEndpoint,
  since: string,
): Promise<void> {
  await updateIf(table, {
    Key: webhookEndpointKey(endpoint.organisationId, endpoint.id),
    UpdateExpression: 'SET failingSince = :since',
    ConditionExpression: 'enabled = :on AND attribute_not_exists(failingSince)',
    ExpressionAttributeValues: { ':since': since, ':on': true },
  });
}

/** A delivery went through: the endpoint is no longer failing. */
export async function markEndpointHealthy(table: Table, endpoint: WebhookEndpoint): Promise<void> {
  await updateIf(table, {
    Key: webhookEndpointKey(endpoint.organisationId, endpoint.id),
    UpdateExpression: 'REMOVE failingSince',
    ConditionExpression: 'attribute_exists(failingSince)',
  });
}

/**
 * Turns off an endpoint that has failed for days, in one transaction with the delivery that found it so (failed,
 * no longer claimed) and the mails to its admins: only the first to find it so does it, so they are told once.
 */
export async function disableFailingEndpoint(
  table: Table,
  endpoint: WebhookEndpoint,
  delivery: { id: string; endpointId: string; claimedAt: string; error: string; answerStatus?: number },
  at: string,
  mails: OutboxIntent[],
): Promise<boolean> {
  try {
    await sendTransaction(table, {
      TransactItems: [
        {
          Update: {
            TableName: table.name,
            Key: webhookEndpointKey(endpoint.organisationId, endpoint.id),
            UpdateExpression: 'SET enabled = :off, disabledAt = :at, disabledBecause = :failing',
            ConditionExpression: 'enabled = :on',
            ExpressionAttributeValues: { ':off': false, ':on': true, ':at': at, ':failing': 'failing' },
          },
        },
        {
          Update: {
            TableName: table.name,
            Key: outboxKey(delivery),
            UpdateExpression: `SET #status = :failed, failedAt = :at, lastError = :error${
              delivery.answerStatus === undefined ? '' : ', answerStatus = :answer'
            } REMOVE GSI1PK, GSI1SK`,
            ConditionExpression: '#status = :sending AND claimedAt = :claimedAt',
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: {
              ':failed': 'failed',
              ':sending': 'sending',
              ':claimedAt': delivery.claimedAt,
              ':at': at,
              ':error': delivery.error,
              ...(delivery.answerStatus === undefined ? {} : { ':answer': delivery.answerStatus }),
            },
          },
        },
        ...mails.map((mail) => queueMessage(table, mail)),
      ],
    });
    return true;
  } catch (error) {
    if (cancellationReasons(error)) return false;
    throw error;
  }
}
