import { eventUrl } from '#http/public-urls.ts';
import { REMINDER_LEAD_HOURS, remindersDue } from '#shared/domain/reminders-due.ts';
import { reminderMessage } from '#shared/mail/reminder-message.ts';
import { listEventsStartingBetween } from '#store/event-items.ts';
import { listRegistrations, queueReminder } from '#store/registration-items.ts';
import type { Table } from '#store/table.ts';

export interface JobContext {
  table: Table;
  clock: () => Date;
  publicBaseUrl: string;
}

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
