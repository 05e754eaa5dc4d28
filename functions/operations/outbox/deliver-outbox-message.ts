import type { Transporter } from 'nodemailer';
import { withManageLink } from '#operations/participants/manage-links.ts';
import {
  fanOutWebhookEvent,
  postWebhookDelivery,
  type WebhookSending,
} from '#operations/webhooks/deliver-webhook.ts';
import { hashEmail } from '#security/secret-token.ts';
import { holdsMail, type OutboundMessage, type OutboxMessage } from '#shared/domain/outbound-message.ts';
import { cutShortBefore } from '#shared/mail/delivery-retry.ts';
import { dueMessages, type OutboxAddress } from '#store/entities/outbox-message.ts';
import type { Table } from '#store/table/table.ts';
import {
  claimMessage,
  dropWhileClaimed,
  markSent,
  releaseAfterFailure,
} from '#store/transactions/outbox-delivery.ts';
import { renderMailIntent } from './render-mail-intent.ts';

export interface OutboxDelivery extends WebhookSending {
  table: Table;
  transport: Transporter;
  from: string;
  clock: () => Date;
  /** A number in [0, 1) for the jitter of the backoff: `Math.random` outside tests. */
  random: () => number;
  /**
   * What the manage links that messages carry are derived from: the mailer writes them in as it sends. Webhook
   * endpoints' signing secrets are derived from it too.
   */
  linkSecret: () => Promise<string>;
  /**
   * The longest any living sender holds a claim (in AWS the mailer's timeout and a margin, from the stack): a message
   * still `sending` after it was cut short, and the next claim takes it over.
   */
  cutShortAfterMs: number;
}

/**
 * Delivers one queued message: claim, send, record. A webhook event is fanned out into its deliveries, and a
 * delivery is posted to its endpoint (`operations/webhooks/deliver-webhook.ts`), on the same claim. A transport error returns the message to the queue with a
 * backoff (nothing was sent), or leaves it `failed` after its last try. A crash after the claim leaves it `sending`
 * until a claim finds it cut short and sends it again: delivery is at least once, and the same
 * Message-ID on every try lets receiving servers drop the rare second copy. `skipped`: another sender has it, it is
 * not due yet, or it was sent already.
 */
export async function deliverOutboxMessage(
  delivery: OutboxDelivery,
  address: OutboxAddress,
): Promise<'sent' | 'skipped' | 'retrying' | 'failed'> {
  const now = delivery.clock().toISOString();
  const claimed = await claimMessage(delivery.table, address, {
    now,
    cutShortBefore: cutShortBefore(now, delivery.cutShortAfterMs),
  });
  if (!claimed) return 'skipped';
  if (claimed.webhook) {
    const webhook = { ...claimed, webhook: claimed.webhook };
    if (!webhook.endpointId) {
      await fanOutWebhookEvent(delivery, webhook);
      return 'sent';
    }
    return postWebhookDelivery(delivery, { ...webhook, endpointId: webhook.endpointId });
  }
  if (!holdsMail(claimed)) return 'skipped';
  return sendMail(delivery, claimed);
}

/**
 * Sends a claimed mail: as rendered by the change, or rendered now from its intent. An intent with nobody left to
 * tell (its registration or event erased meanwhile) is dropped: nothing goes out and nothing is kept.
 */
async function sendMail(
  delivery: OutboxDelivery,
  message: OutboxMessage,
): Promise<'sent' | 'skipped' | 'retrying' | 'failed'> {
  let rendered: OutboundMessage | undefined;
  try {
    rendered =
      message.message ??
      (message.mail && (await renderMailIntent(delivery, { ...message, mail: message.mail })));
    if (!rendered) {
      await dropWhileClaimed(delivery.table, message);
      return 'skipped';
    }
    const sent = await withManageLink(delivery.linkSecret, rendered);
    await delivery.transport.sendMail(mailOptions(message, sent, delivery.from));
  } catch (error) {
    return releaseAfterFailure(delivery.table, message, {
      error: String(error),
      at: delivery.clock().toISOString(),
      jitter: delivery.random(),
    });
  }
  await markSent(delivery.table, message, {
    at: delivery.clock().toISOString(),
    recipientHash: hashEmail(rendered.to),
  });
  return 'sent';
}

/**
 * Tries every message that is due once, the longest-waiting first, and takes over every one whose sender was cut
 * short (a claimed message keeps its place in the list): the local worker calls it on a timer, the jobs Lambda every
 * minute. Returns how many went out.
 */
export async function deliverPendingMessages(delivery: OutboxDelivery): Promise<number> {
  const now = delivery.clock().toISOString();
  let sent = 0;
  for (const address of await dueMessages(delivery.table, now)) {
    if ((await deliverOutboxMessage(delivery, address)) === 'sent') sent += 1;
  }
  return sent;
}

/** The outbox's message as the transport takes it: `message` is its content as sent, its link filled in. */
function mailOptions(outbox: OutboxMessage, message: OutboundMessage, from: string) {
  // The organisation's name goes before the platform's own address, which the mail service has verified.
  const address = /<([^>]+)>/.exec(from)?.[1] ?? from;
  return {
    from: message.sender?.name ? { name: message.sender.name, address } : from,
    ...(message.sender?.replyTo ? { replyTo: message.sender.replyTo } : {}),
    to: message.to,
    subject: message.subject,
    text: message.text,
    html: message.html,
    // The same id on every try lets receiving servers drop a duplicate: a message sent again after its sender was
    // cut short may have gone out the first time too.
    messageId: `<${outbox.id.replaceAll(/[^A-Za-z0-9.-]/g, '.')}@traffpunkt>`,
    headers: { 'X-Traffpunkt-Reason': outbox.reason },
    ...(message.calendar
      ? { icalEvent: { method: message.calendar.method, content: message.calendar.content } }
      : {}),
  };
}
