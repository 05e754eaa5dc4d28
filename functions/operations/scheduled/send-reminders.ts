import type { JobContext } from '#context/job-context.ts';
import { type ManageLinks, manageLinks } from '#operations/participants/manage-links.ts';
import { participantMailIntent } from '#shared/domain/mail-intent.ts';
import { REMINDER_LEAD_HOURS, remindersDue } from '#shared/domain/reminders-due.ts';
import { listEventsStartingBetween } from '#store/entities/event.ts';
import { getRegistration, listRegistrations } from '#store/entities/registration.ts';
import { queueReminder } from '#store/transactions/reminders.ts';

/**
 * Queues the two-days-before reminder for every confirmed participant who is owed one; returns how many it queued.
 * The reminder carries the person's manage link, so someone who cannot come can give the place up at once.
 */
export async function sendDueReminders(context: JobContext): Promise<number> {
  const now = context.clock();
  const horizon = new Date(now.getTime() + REMINDER_LEAD_HOURS * 3_600_000);
  const events = await listEventsStartingBetween(context.table, now.toISOString(), horizon.toISOString());
  // The link secret is read once there is a reminder to send: a quiet minute reads no secret.
  let links: ManageLinks | undefined;
  let queued = 0;
  for (const event of events) {
    const due = remindersDue(event, await listRegistrations(context.table, event.id), now);
    if (due.length === 0) continue;
    links ??= await manageLinks(context);
    for (const registration of due) {
      const stored = await getRegistration(context.table, event.id, registration.id);
      const manageLink = stored && links.mailable(stored);
      const mail = participantMailIntent(
        'reminder',
        registration,
        manageLink ? { manageLinkVersion: manageLink.version } : {},
      );
      if (await queueReminder(context.table, registration, mail, now.toISOString())) queued += 1;
    }
  }
  return queued;
}
