import type { JobContext } from '#context/job-context.ts';
import { REMINDER_LEAD_HOURS, remindersDue } from '#shared/domain/reminders-due.ts';
import { reminderMessage } from '#shared/mail/reminder-message.ts';
import { eventUrl } from '#shared/public-urls.ts';
import { listEventsStartingBetween } from '#store/entities/event.ts';
import { listRegistrations } from '#store/entities/registration.ts';
import { queueReminder } from '#store/transactions/reminders.ts';

/** Queues the two-days-before reminder for every confirmed participant who is owed one; returns how many it queued. */
export async function sendDueReminders(context: JobContext): Promise<number> {
  const now = context.clock();
  const horizon = new Date(now.getTime() + REMINDER_LEAD_HOURS * 3_600_000);
  const events = await listEventsStartingBetween(context.table, now.toISOString(), horizon.toISOString());
  let queued = 0;
  for (const event of events) {
    const due = remindersDue(event, await listRegistrations(context.table, event.id), now);
    for (const registration of due) {
      const message = reminderMessage(event, registration, eventUrl(context.publicBaseUrl, event.id));
      if (await queueReminder(context.table, registration, message, now.toISOString())) queued += 1;
    }
  }
  return queued;
}
