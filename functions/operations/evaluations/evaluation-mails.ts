import type { JobContext } from '#context/job-context.ts';
import { erasureTimes } from '#shared/domain/retention.ts';
import { evaluationPhase, isAsked, REMINDER_AFTER_DAYS } from '#shared/evaluation/evaluation.ts';
import { evaluationMail } from '#shared/mail/evaluation-mail.ts';
import { getEvaluation } from '#store/entities/evaluation.ts';
import { listEventsStartingBetween } from '#store/entities/event.ts';
import { listRegistrations } from '#store/entities/registration.ts';
import { recentOrganisation } from '#store/reads/organisation-cache.ts';
import { queueEvaluationInvitation, queueEvaluationReminder } from '#store/transactions/evaluations.ts';
import { evaluationLinks } from './evaluation-links.ts';

/** Events are found by their start; an evaluation stays open at most 90 days after an event of up to 14. */
const LOOK_BACK_DAYS = 105;

/**
 * Once an event with an evaluation has ended, each participant it asks gets the invitation with their answer link;
 * three days after theirs, those whose link is unused get one reminder, while it is open. Returns what it queued.
 */
export async function sendEvaluationMails(
  context: JobContext,
): Promise<{ invitations: number; reminders: number }> {
  const now = context.clock();
  const from = new Date(now.getTime() - LOOK_BACK_DAYS * 86_400_000);
  const queued = { invitations: 0, reminders: 0 };
  for (const event of await listEventsStartingBetween(context.table, from.toISOString(), now.toISOString())) {
    if (event.status !== 'published') continue;
    const evaluation = await getEvaluation(context.table, event.id);
    if (!evaluation || evaluationPhase(evaluation, event, now) !== 'open') continue;
    const linkOf = await evaluationLinks(context);
    const organisation = await recentOrganisation(context.table, event.organisationId);
    const { expiresAt } = erasureTimes(event, { retentionDays: organisation?.retentionDays ?? 0 });
    for (const registration of await listRegistrations(context.table, event.id)) {
      if (!isAsked(evaluation, registration)) continue;
      const link = linkOf(event.id, registration.id);
      const about = { closesAt: evaluation.closesAt, answerUrl: link.url };
      if (!registration.evaluationInvitedAt) {
        const message = evaluationMail(event, registration, about, 'invitation');
        const at = now.toISOString();
        const tokenHash = link.tokenHash;
        if (
          await queueEvaluationInvitation(context.table, registration, {
            tokenHash,
            expiresAt,
            message,
            now: at,
          })
        )
          queued.invitations += 1;
      } else if (
        !registration.evaluationRemindedAt &&
        now.getTime() - Date.parse(registration.evaluationInvitedAt) >= REMINDER_AFTER_DAYS * 86_400_000
      ) {
        const message = evaluationMail(event, registration, about, 'reminder');
        const reminder = { tokenHash: link.tokenHash, message, now: now.toISOString() };
        if (await queueEvaluationReminder(context.table, registration, reminder)) queued.reminders += 1;
      }
    }
  }
  return queued;
}
