import type { Transporter } from 'nodemailer';
import type { OutboxMessage } from '../../shared/domain/outbound-message.ts';
import { claimMessage, markSent, pendingMessageIds, releaseAfterFailure } from '../store/outbox-items.ts';
import type { Table } from '../store/table.ts';

export interface OutboxDelivery {
  table: Table;
  transport: Transporter;
  from: string;
  clock: () => Date;
}

const MAX_ATTEMPTS = 5;

/**
 * Delivers one queued message at most once: claim, send, record. A transport error returns the message to the
 * queue (nothing was sent); a crash between send and record leaves it `sending`, visible, and never sent twice.
 */
export async function deliverOutboxMessage(
  delivery: OutboxDelivery,
  id: string,
): Promise<'sent' | 'skipped' | 'failed'> {
  const message = await claimMessage(delivery.table, id);
  if (!message) return 'skipped';
  try {
    await delivery.transport.sendMail(mailOptions(message, delivery.from));
  } catch (error) {
    await releaseAfterFailure(delivery.table, message, String(error), MAX_ATTEMPTS);
    return 'failed';
  }
  await markSent(delivery.table, id, delivery.clock().toISOString());
  return 'sent';
}

/** Drains every pending message once, oldest first; the local worker calls it on a timer. */
export async function deliverPendingMessages(delivery: OutboxDelivery): Promise<number> {
  let sent = 0;
  for (const id of await pendingMessageIds(delivery.table)) {
    if ((await deliverOutboxMessage(delivery, id)) === 'sent') sent += 1;
  }
  return sent;
}

function mailOptions(outbox: OutboxMessage, from: string) {
  const { message } = outbox;
  return {
    from,
    to: message.to,
    subject: message.subject,
    text: message.text,
    html: message.html,
    // The same id on every try lets receiving servers drop a duplicate if one ever slips through.
    messageId: `<${outbox.id.replaceAll(/[^A-Za-z0-9.-]/g, '.')}@traffpunkt>`,
    headers: { 'X-Traffpunkt-Reason': outbox.reason },
    ...(message.calendar
      ? { icalEvent: { method: message.calendar.method, content: message.calendar.content } }
      : {}),
  };
}
