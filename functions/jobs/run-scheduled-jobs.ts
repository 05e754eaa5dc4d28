import type { JobContext } from '#context/job-context.ts';
import { sendEvaluationMails } from '#operations/evaluations/evaluation-mails.ts';
import { creditCancellations } from '#operations/invoicing/credit-notes.ts';
import { finishFreedSeats } from '#operations/organisers/fill-freed-seats.ts';
import { notifyEventCancellations } from '#operations/organisers/notify-event-cancellations.ts';
import { sendPresentationMails } from '#operations/presentations/presentations-mail.ts';
import { eraseExpiredPersonalData } from '#operations/scheduled/erase-personal-data.ts';
import { expireSeatOffers } from '#operations/scheduled/expire-offers.ts';
import { sendDueReminders } from '#operations/scheduled/send-reminders.ts';
import { finishMemberNotices } from '#operations/working-groups/meeting-notices.ts';
import { finishDecisionNotices } from '#operations/working-groups/send-decisions.ts';

export interface JobReport {
  remindersQueued: number;
  offersExpired: number;
  /** People moved from waiting lists into seats organisers added, where a run was cut short. */
  freedSeatsFilled: number;
  cancellationNotices: number;
  /** Working groups whose decision notices a cut-short run left to finish. */
  decisionNoticesFinished: number;
  /** Meetings and date polls whose members' messages a cut-short run left to finish. */
  memberNoticesFinished: number;
  /**
   * Items of past events' personal data erased: needs first, then the rest after the retention period, and the
   * audit entries that named its participants pseudonymised.
   */
  personalDataErased: number;
  /** Participants told that the presentations of an event that has ended are there. */
  presentationMailsQueued: number;
  /** Invitations to evaluate an event that has ended, and the one reminder three days on. */
  evaluationInvitationsQueued: number;
  evaluationRemindersQueued: number;
  /** Credit notes for invoiced registrations whose cancellation did not get to credit them itself. */
  creditNotesIssued: number;
}

/** Everything the platform does on a timer: EventBridge calls it in AWS, a setInterval locally. */
export async function runScheduledJobs(context: JobContext): Promise<JobReport> {
  return {
    remindersQueued: await sendDueReminders(context),
    offersExpired: await expireSeatOffers(context),
    freedSeatsFilled: await finishFreedSeats(context),
    cancellationNotices: await notifyEventCancellations(context),
    decisionNoticesFinished: await finishDecisionNotices(context),
    memberNoticesFinished: await finishMemberNotices(context),
    personalDataErased: await eraseExpiredPersonalData(context),
    presentationMailsQueued: await sendPresentationMails(context),
    ...(await evaluationMailsQueued(context)),
    creditNotesIssued: await creditCancellations(context),
  };
}

async function evaluationMailsQueued(context: JobContext) {
  const { invitations, reminders } = await sendEvaluationMails(context);
  return { evaluationInvitationsQueued: invitations, evaluationRemindersQueued: reminders };
}
