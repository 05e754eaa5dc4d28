import { randomBytes } from 'node:crypto';
import type { JobContext } from '#context/job-context.ts';
import { type WebhookData, type WebhookEventType, webhookBody } from '#shared/webhooks/webhook-events.ts';
import { recentWebhookTypes } from '#store/reads/organisation-cache.ts';
import type { TransactItem } from '#store/table/transact-item.ts';
import { queueMessage } from '#store/transactions/outbox-queue.ts';

/**
 * The writes that announce one change to the organisation's webhook endpoints, to append to the change's own
 * transaction: none when no enabled endpoint wants the type (known from the per-process organisation cache, so a
 * sign-up pays nothing for an organisation without webhooks), else ONE outbox item, whatever the number of
 * endpoints: the deliverer fans it out.
 */
export type WebhookEmitter = <T extends WebhookEventType>(
  type: T,
  data: WebhookData<T>,
  at: string,
) => TransactItem[];

/** The emitter for one organisation's changes: the only read (a cached one) happens here, before any transaction. */
export async function webhookEmitter(context: JobContext, organisationId: string): Promise<WebhookEmitter> {
  const wanted = await recentWebhookTypes(context.table, organisationId);
  return (type, data, at) => {
    if (!wanted.has(type)) return [];
    const id = webhookMessageId(at);
    const eventId = 'eventId' in data ? data.eventId : undefined;
    return [
      queueMessage(context.table, {
        id,
        ...(eventId ? { eventId } : {}),
        reason: `webhook:${type}`,
        webhook: { organisationId, type, body: webhookBody(type, at, data) },
        createdAt: at,
      }),
    ];
  };
}

/**
 * A webhook message's id (`webhook-id`): `msg_`, the instant in milliseconds in base 36 (so an endpoint's deliveries,
 * which carry it first, list in order) and 80 random bits.
 */
function webhookMessageId(at: string): string {
  return `msg_${Date.parse(at).toString(36).padStart(9, '0')}${randomBytes(10).toString('hex')}`;
}
