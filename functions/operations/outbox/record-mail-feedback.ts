import * as z from 'zod';
import type { UndeliverableReason } from '#shared/domain/undeliverable-mark.ts';
import type { Table } from '#store/table/table.ts';
import { markUndeliverableAddress } from '#store/transactions/undeliverable-marks.ts';

/** An address SES told us not to write to again, and since when. */
export interface UndeliverableReport {
  address: string;
  reason: UndeliverableReason;
  at: string;
}

const recipients = z.array(z.object({ emailAddress: z.string().min(1) })).min(1);

/**
 * The two kinds of SES feedback that make an address undeliverable. The configuration set's event publishing names
 * the kind `eventType`; an identity's feedback notifications name it `notificationType`: both are read.
 */
const feedback = z.union([
  z.object({
    kind: z.literal('Bounce'),
    bounce: z.object({ bounceType: z.string(), bouncedRecipients: recipients, timestamp: z.iso.datetime() }),
  }),
  z.object({
    kind: z.literal('Complaint'),
    complaint: z.object({ complainedRecipients: recipients, timestamp: z.iso.datetime() }),
  }),
]);

/**
 * The undeliverable addresses an SES notification (the SNS message's text) reports. Only a permanent bounce counts:
 * a transient one (a full mailbox, an out-of-office) says nothing about the next message. Other kinds of events
 * (deliveries, sends) report nothing; a notification that is not SES's at all is an error.
 */
export function undeliverableReports(notification: string): UndeliverableReport[] {
  const body = JSON.parse(notification) as { eventType?: unknown; notificationType?: unknown };
  const kind = body.eventType ?? body.notificationType;
  if (typeof kind !== 'string') throw new Error('not an SES notification: it names no event type');
  if (kind !== 'Bounce' && kind !== 'Complaint') return [];
  const parsed = feedback.parse({ ...body, kind });
  if (parsed.kind === 'Complaint') {
    const { complainedRecipients, timestamp } = parsed.complaint;
    return complainedRecipients.map(({ emailAddress }) => ({
      address: emailAddress,
      reason: 'complaint',
      at: timestamp,
    }));
  }
  const { bounceType, bouncedRecipients, timestamp } = parsed.bounce;
  if (bounceType !== 'Permanent') return [];
  return bouncedRecipients.map(({ emailAddress }) => ({
    address: emailAddress,
    reason: 'bounce',
    at: timestamp,
  }));
}

/** Marks every address the notification reports as undeliverable; returns what it marked. */
export async function recordMailFeedback(table: Table, notification: string): Promise<UndeliverableReport[]> {
  const reports = undeliverableReports(notification);
  for (const { address, reason, at } of reports) await markUndeliverableAddress(table, address, reason, at);
  return reports;
}
