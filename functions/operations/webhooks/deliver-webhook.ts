import { organisationLanguage } from '#operations/organisers/organiser-sign-in.ts';
import { hashEmail } from '#security/secret-token.ts';
import { webhookEndpointSecret, webhookSignature } from '#security/webhook-signature.ts';
import type { OutboundWebhook, OutboxMessage } from '#shared/domain/outbound-message.ts';
import {
  DELIVERY_TIMEOUT_MS,
  failedLongEnough,
  nextDeliveryAttemptAt,
  type WebhookEndpoint,
  wants,
} from '#shared/domain/webhook-endpoint.ts';
import { webhookDisabledMail } from '#shared/mail/webhook-disabled-mail.ts';
import { listMembers } from '#store/entities/membership.ts';
import { getOrganisation } from '#store/entities/organisation.ts';
import { getWebhookEndpoint, listWebhookEndpoints } from '#store/entities/webhook-endpoint.ts';
import { forgetOrganisation } from '#store/reads/organisation-cache.ts';
import type { Table } from '#store/table/table.ts';
import { queueMessageOnce } from '#store/transactions/outbox-queue.ts';
import {
  failDelivery,
  markDelivered,
  markFannedOut,
  retryDeliveryLater,
} from '#store/transactions/webhook-deliveries.ts';
import {
  disableFailingEndpoint,
  markEndpointFailing,
  markEndpointHealthy,
} from '#store/transactions/webhook-endpoints.ts';

/** What the outbox's deliverer hands webhook work: the store, the clock, the jitter and the key secrets come from. */
export interface WebhookSending {
  table: Table;
  clock: () => Date;
  random: () => number;
  linkSecret: () => Promise<string>;
  /** Where the mail to admins of an endpoint turned off points. */
  publicBaseUrl: string;
}

type HeldWebhook = OutboxMessage & { webhook: OutboundWebhook };

/**
 * Fans a webhook event out into one delivery per endpoint of its organisation that is on and wants its type, read
 * strongly now (an endpoint turned off since the change gets nothing). Each delivery's id is `<eventId>:<endpointId>`
 * and is written only if absent, so an event fanned out again after a crash never doubles a delivery.
 */
export async function fanOutWebhookEvent(sending: WebhookSending, event: HeldWebhook): Promise<number> {
  const endpoints = (await listWebhookEndpoints(sending.table, event.webhook.organisationId)).filter(
    (endpoint) => wants(endpoint, event.webhook.type),
  );
  const at = sending.clock().toISOString();
  for (const endpoint of endpoints) {
    await queueMessageOnce(sending.table, {
      id: `${event.id}:${endpoint.id}`,
      endpointId: endpoint.id,
      reason: event.reason,
      webhook: event.webhook,
      createdAt: at,
    });
  }
  await markFannedOut(sending.table, event, at);
  return endpoints.length;
}

/**
 * Posts one delivery, signed by Standard Webhooks, and records the answer: 2xx is delivered; anything else (another
 * status, a refused connection, no answer within the timeout) is tried again on the schedule, and an endpoint that
 * has failed for three days without one success is turned off and its admins are told. A delivery whose endpoint is
 * off or gone fails without a try.
 */
export async function postWebhookDelivery(
  sending: WebhookSending,
  delivery: HeldWebhook & { endpointId: string },
): Promise<'sent' | 'retrying' | 'failed'> {
  const endpoint = await getWebhookEndpoint(
    sending.table,
    delivery.webhook.organisationId,
    delivery.endpointId,
  );
  if (!endpoint?.enabled) {
    await failDelivery(sending.table, delivery, {
      at: sending.clock().toISOString(),
      error: endpoint ? 'endpoint turned off' : 'endpoint removed',
    });
    return 'failed';
  }
  const answer = await post(sending, endpoint, delivery);
  const at = sending.clock().toISOString();
  if (answer.ok) {
    await markDelivered(sending.table, delivery, { at, status: answer.status });
    if (endpoint.failingSince) await markEndpointHealthy(sending.table, endpoint);
    return 'sent';
  }
  const failure = { error: answer.error, ...(answer.status ? { answerStatus: answer.status } : {}) };
  if (failedLongEnough(endpoint, at)) {
    await turnOff(sending, endpoint, { ...delivery, ...failure, claimedAt: delivery.claimedAt ?? '' }, at);
    return 'failed';
  }
  if (!endpoint.failingSince) await markEndpointFailing(sending.table, endpoint, at);
  await retryDeliveryLater(sending.table, delivery, {
    ...failure,
    next: nextDeliveryAttemptAt(at, delivery.attempts, sending.random()),
  });
  return 'retrying';
}

type Answer = { ok: true; status: number } | { ok: false; status?: number; error: string };

async function post(
  sending: WebhookSending,
  endpoint: WebhookEndpoint,
  delivery: HeldWebhook,
): Promise<Answer> {
  const secret = webhookEndpointSecret(await sending.linkSecret(), endpoint.id);
  const timestamp = Math.floor(sending.clock().getTime() / 1000);
  try {
    const response = await fetch(endpoint.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'user-agent': 'Traffpunkt-Webhooks/1',
        'webhook-id': delivery.id,
        'webhook-timestamp': String(timestamp),
        'webhook-signature': webhookSignature(secret, delivery.id, timestamp, delivery.webhook.body),
      },
      body: delivery.webhook.body,
      // A redirect is an answer, not a delivery: following it could post the event somewhere nobody registered.
      redirect: 'manual',
      signal: AbortSignal.timeout(DELIVERY_TIMEOUT_MS),
    });
    // The answer's body is not kept: it is the receiver's, and may be anything.
    await response.body?.cancel();
    return response.status >= 200 && response.status < 300
      ? { ok: true, status: response.status }
      : { ok: false, status: response.status, error: `answered ${response.status}` };
  } catch (error) {
    // Why no answer came, as the receiver's admins can act on it (ECONNREFUSED, TimeoutError, bad port…); never more.
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    return {
      ok: false,
      error: cause?.code ?? cause?.message ?? (error instanceof Error ? error.name : 'failed'),
    };
  }
}

async function turnOff(
  sending: WebhookSending,
  endpoint: WebhookEndpoint,
  delivery: { id: string; endpointId: string; claimedAt: string; error: string; answerStatus?: number },
  at: string,
): Promise<void> {
  const [organisation, members] = await Promise.all([
    getOrganisation(sending.table, endpoint.organisationId),
    listMembers(sending.table, endpoint.organisationId),
  ]);
  const language = organisationLanguage(organisation);
  const pageUrl = `${sending.publicBaseUrl}/organiser/settings/webhooks/${endpoint.id}`;
  const mails = members
    .filter((member) => member.role === 'admin')
    .map((admin) => ({
      id: `webhook-disabled:${endpoint.id}:${endpoint.failingSince}:${hashEmail(admin.email).slice(0, 16)}`,
      reason: 'webhook-disabled',
      message: webhookDisabledMail(language, admin.email, endpoint, organisation?.name ?? '', pageUrl),
      createdAt: at,
    }));
  await disableFailingEndpoint(sending.table, endpoint, delivery, at, mails);
  forgetOrganisation(sending.table, endpoint.organisationId);
}
