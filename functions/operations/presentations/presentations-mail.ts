import type { JobContext } from '#context/job-context.ts';
import { presentationsMail } from '#shared/mail/presentations-mail.ts';
import { listEventsStartingBetween } from '#store/entities/event.ts';
import { listStoredRegistrations, withoutSecret } from '#store/entities/registration.ts';
import { queuePresentationsMail } from '#store/transactions/presentations.ts';
import { manageLinks } from '../participants/manage-links.ts';
import { readyPresentations } from './session-presentations.ts';

/** After this long the material is old news: no mail goes out for files that arrive later still. */
const MAIL_WINDOW_DAYS = 30;
/** Events are found by their start; the longest a multi-day event runs before its window is over. */
const LONGEST_EVENT_DAYS = 14;

/**
 * Once an event is over and has files on its sessions, each confirmed participant gets one mail that the
 * presentations are there, linking to their list. Files added after it are on the same list. Returns how many it queued.
 */
export async function sendPresentationMails(context: JobContext): Promise<number> {
  const now = context.clock();
  const from = new Date(now.getTime() - (MAIL_WINDOW_DAYS + LONGEST_EVENT_DAYS) * 86_400_000);
  const events = await listEventsStartingBetween(context.table, from.toISOString(), now.toISOString());
  let queued = 0;
  for (const event of events) {
    const end = Date.parse(event.endsAt);
    const over = end <= now.getTime() && now.getTime() - end <= MAIL_WINDOW_DAYS * 86_400_000;
    if (!over || event.status !== 'published') continue;
    if ((await readyPresentations(context, event.id)).length === 0) continue;
    const links = await manageLinks(context);
    for (const stored of await listStoredRegistrations(context.table, event.id)) {
      const link = links.mailable(stored);
      if (stored.status !== 'confirmed' || stored.presentationsMailQueuedAt || !link) continue;
      const registration = withoutSecret(stored);
      const message = presentationsMail(event, registration, link, registration.id);
      if (await queuePresentationsMail(context.table, registration, message, now.toISOString())) queued += 1;
    }
  }
  return queued;
}
