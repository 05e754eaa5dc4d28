import { expireSeatOffers } from './expire-offers.ts';
import { type JobContext, sendDueReminders } from './send-reminders.ts';

export interface JobReport {
  remindersQueued: number;
  offersExpired: number;
}

/** Everything the platform does on a timer: EventBridge calls it in AWS, a setInterval locally. */
export async function runScheduledJobs(context: JobContext): Promise<JobReport> {
  return { remindersQueued: await sendDueReminders(context), offersExpired: await expireSeatOffers(context) };
}
