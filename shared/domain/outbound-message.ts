import type { WebhookEventType } from '#shared/webhooks/webhook-events.ts';
import type { MailIntent } from './mail-intent.ts';

/** An e-mail as the domain decides it: rendered, addressed, ready for any transport. */
export interface OutboundMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** An iCalendar object sent inline as `text/calendar; method=…`; `method` must match the file's METHOD. */
  calendar?: { method: 'REQUEST' | 'CANCEL' | 'PUBLISH'; content: string };
  /** The organisation's own sender name and reply-to address, where its admins set them. */
  sender?: { name?: string; replyTo?: string };
  /**
   * The participant's manage link the message carries, written as `MANAGE_TOKEN_SLOT` in its text and HTML: the
   * mailer derives the secret from the registration and the link's version when it sends, so the copy the outbox
   * keeps in the table holds no working link.
   */
  manageLink?: { registrationId: string; version: number };
}

/**
 * A webhook event as the change decides it: one per change, fanned out by the deliverer to each of the
 * organisation's endpoints that wants its type. `body` is the JSON as posted, so every try signs the same bytes.
 */
export interface OutboundWebhook {
  organisationId: string;
  type: WebhookEventType;
  body: string;
}

export type OutboxStatus = 'pending' | 'sending' | 'sent' | 'failed';

export interface OutboxMessage {
  id: string;
  /** The event the message is about, if any: its organisers see it when it fails, and it goes with the event's data. */
  eventId?: string;
  createdAt: string;
  status: OutboxStatus;
  attempts: number;
  /** Why the message was sent, for the audit trail and the mailbox page (e.g. `reminder`). */
  reason: string;
  /**
   * The mail, held while it waits or has failed: rendered (`message`), or as an intent the mailer renders when it
   * sends (`mail`). A sent message keeps neither, only `recipientHash`, so no link and no text stays.
   */
  message?: OutboundMessage;
  mail?: MailIntent;
  /**
   * A webhook event instead of a mail: without `endpointId` the event to fan out, with it one delivery of the event
   * to that endpoint (kept once delivered: it holds ids only, and *Skicka igen* posts it again).
   */
  webhook?: OutboundWebhook;
  endpointId?: string;
  /** The HTTP status the endpoint answered a delivery's last try with. */
  answerStatus?: number;
  /** The SHA-256 of the recipient's address, once sent: what erasure finds it by. */
  recipientHash?: string;
  /** Not to be tried before this instant: the backoff after a failed try. */
  nextAttemptAt?: string;
  /** When the current try began; a message left `sending` by a crash keeps it, which tells that it was cut short. */
  claimedAt?: string;
  /**
   * How many times its sender was cut short while it held the message: each time it was queued again and sent with
   * the same Message-ID, so its recipient may have it twice.
   */
  interruptions?: number;
  sentAt?: string;
  /** When the last try failed and the message was given up. */
  failedAt?: string;
  lastError?: string;
}

/** Whether the message still holds its mail, rendered or as an intent: one waiting, being sent or failed. */
export const holdsMail = (message: OutboxMessage): boolean =>
  message.message !== undefined || message.mail !== undefined;
