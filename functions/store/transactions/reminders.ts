import { hashEmail } from '#security/secret-token.ts';
import type { MailIntent } from '#shared/domain/mail-intent.ts';
import type { Registration } from '#shared/domain/registration.ts';
import type { Table } from '#store/table/table.ts';
import { changeRegistrationWithMessage } from './registration-with-message.ts';

/**
 * Marks the reminder as queued and queues it together: the condition on the registration makes it once per
 * participant however often, or however concurrently, the job runs.
 */
export function queueReminder(
  table: Table,
  registration: Pick<Registration, 'eventId' | 'id' | 'email'>,
  mail: MailIntent,
  now: string,
): Promise<boolean> {
  return changeRegistrationWithMessage(
    table,
    registration,
    {
      UpdateExpression: 'SET reminderQueuedAt = :now',
      ConditionExpression: 'attribute_not_exists(reminderQueuedAt) AND #status = :confirmed',
      ExpressionAttributeValues: { ':now': now, ':confirmed': 'confirmed' },
    },
    {
      id: `reminder:${registration.id}`,
      reason: 'reminder',
      mail,
      recipientHash: hashEmail(registration.email),
      createdAt: now,
    },
  );
}
