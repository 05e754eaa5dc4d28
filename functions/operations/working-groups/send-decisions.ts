import type { AppContext } from '#context/app-context.ts';
import type { JobContext } from '#context/job-context.ts';
import { auditWrites, eventChange } from '#operations/organisers/audit-trail.ts';
import { organiserOf } from '#operations/participants/participant-mail-context.ts';
import { webhookEmitter } from '#operations/webhooks/webhook-emission.ts';
import type { ReviewedApplication } from '#shared/domain/application.ts';
import type { EventRecord, Language } from '#shared/domain/event.ts';
import { type GroupMember, membersOfApplication } from '#shared/domain/group-member.ts';
import { isScheduled, type Meeting } from '#shared/domain/meeting.ts';
import type { Organiser } from '#shared/domain/organiser.ts';
import { erasureTimes } from '#shared/domain/retention.ts';
import { type DecisionMailContext, refusalMail, welcomeMail } from '#shared/mail/decision-mail.ts';
import { meetingInviteMail } from '#shared/mail/meeting-invite-mail.ts';
import { changeDetail, editorChanges } from '#shared/organiser/event-changes.ts';
import { eventUrl } from '#shared/public-urls.ts';
import { listReviewedApplications } from '#store/entities/application.ts';
import { eventsWithPendingNotices } from '#store/entities/event.ts';
import { type EventPage, getEventPage } from '#store/reads/event-page.ts';
import { transact } from '#store/table/send-transaction.ts';
import { groupMemberItem } from '#store/transactions/group-members.ts';
import { queueMessage, queueMessageOnce } from '#store/transactions/outbox-queue.ts';
import {
  markDecisionNoticesQueued,
  markDecisionsSent,
  recordDecision,
} from '#store/transactions/selection.ts';
import { meetingInviteId } from './meeting-invite-id.ts';
import { newMemberLink } from './member-links.ts';

export type DecisionsOutcome =
  | { kind: 'sent'; selected: number; declined: number }
  | { kind: 'already-sent' }
  | { kind: 'none-selected' }
  | { kind: 'before-deadline'; deadline: string }
  | { kind: 'cancelled' }
  /** Deciding early met a deadline other than the one the organiser was shown: someone changed it meanwhile. */
  | { kind: 'deadline-changed' };

/**
 * The one action that sends a working group's decisions: the selection is fixed first (once, while the group is
 * on; a second press finds it fixed), then every applicant is told. The notices may outnumber one transaction, so
 * they go out after the selection is fixed, each under an id of its own; the event stays marked until all are
 * queued, and the scheduled jobs finish a run that was cut short. Before the deadline only `decidingEarly` sends
 * them, after the organiser confirmed: applications close in the same transaction, and the audit entry says when
 * they would have closed (its words in the organiser's `language`).
 */
export async function sendDecisions(
  context: AppContext,
  organiser: Organiser,
  page: EventPage,
  decidingEarly?: { language: Language },
): Promise<DecisionsOutcome> {
  const { event } = page;
  const now = context.clock().toISOString();
  const open = applicationsStillOpen(event, context.clock());
  // Until applications close, more may come and teams may still change theirs: the choice is provisional.
  if (open && !decidingEarly)
    return { kind: 'before-deadline', deadline: event.registrationClosesAt ?? event.startsAt };
  const closing = open && decidingEarly ? { deadline: event.registrationClosesAt } : undefined;
  const detail =
    closing &&
    decidingEarly &&
    changeDetail(
      editorChanges(event, { ...event, registrationClosesAt: now }, decidingEarly.language),
      event,
      decidingEarly.language,
    );
  const audit = await auditWrites(
    context,
    organiser,
    eventChange(event, 'decisions-sent', detail || undefined),
    event,
  );
  if (!(await markDecisionsSent(context.table, event.id, now, audit, closing))) {
    const fresh = (await getEventPage(context.table, event.id))?.event;
    if (fresh?.status === 'cancelled') return { kind: 'cancelled' };
    if (fresh?.decisionsSentAt) return { kind: 'already-sent' };
    if (closing && fresh?.registrationClosesAt !== closing.deadline) return { kind: 'deadline-changed' };
    return { kind: 'none-selected' };
  }
  // Read only now, strongly: a choice made before the selection was fixed is in it, and one made after is refused
  // (it needs `attribute_not_exists(decisionsSentAt)`), so everyone is told what was fixed, not what was seen; and a
  // cancellation since is seen, as the job finishing the notices sees it.
  const applications = await listReviewedApplications(context.table, event.id);
  await tellApplicants(context, (await getEventPage(context.table, event.id)) ?? page, applications);
  const selected = applications.filter(({ review }) => review.selected).length;
  return { kind: 'sent', selected, declined: applications.length - selected };
}

export function applicationsStillOpen(event: EventRecord, now: Date): boolean {
  return now.getTime() < Date.parse(event.registrationClosesAt ?? event.startsAt);
}

/** Finishes decision notices that a cut-short run left unqueued. */
export async function finishDecisionNotices(context: JobContext): Promise<number> {
  let events = 0;
  for (const event of await eventsWithPendingNotices(context.table, 'decisionNoticePending')) {
    const page = await getEventPage(context.table, event.id);
    if (!page) continue;
    await tellApplicants(context, page, await listReviewedApplications(context.table, event.id));
    events += 1;
  }
  return events;
}

async function tellApplicants(
  context: JobContext,
  page: EventPage,
  applications: readonly ReviewedApplication[],
): Promise<void> {
  const { event } = page;
  // A group cancelled meanwhile welcomes nobody: its cancellation tells those still waiting for a decision.
  if (event.status === 'cancelled') {
    await markDecisionNoticesQueued(context.table, event.id);
    return;
  }
  const organisation = await organiserOf(context, event);
  const mail: DecisionMailContext = {
    event,
    organisation,
    eventUrl: eventUrl(context.publicBaseUrl, event.id),
  };
  const chosen = applications.filter(({ review }) => review.selected).map(({ application }) => application);
  const groupMunicipalities = chosen
    .map(({ municipality }) => municipality)
    .sort((a, b) => a.localeCompare(b, 'sv'));
  const { expiresAt } = erasureTimes(event, organisation);
  const moreThanPlaces = applications.length > (event.selection?.places ?? 0);
  const emit = await webhookEmitter(context, event.organisationId);
  for (const { application, review } of applications) {
    if (review.selected) {
      for (const member of membersOfApplication(application)) {
        await welcomeMember(
          context,
          { ...mail, meetings: page.meetings, groupMunicipalities },
          member,
          expiresAt,
        );
      }
    } else {
      for (const member of membersOfApplication(application)) {
        await queueMessageOnce(context.table, {
          id: `decision:${event.id}:${member.memberId}`,
          eventId: event.id,
          reason: 'decision-declined',
          message: refusalMail(mail, member, application.municipality, moreThanPlaces),
          createdAt: context.clock().toISOString(),
        });
      }
    }
    const decision = review.selected ? 'selected' : 'declined';
    await recordDecision(
      context.table,
      event.id,
      application.municipalityCode,
      decision,
      emit(
        'application.decided',
        {
          organisationId: event.organisationId,
          eventId: event.id,
          municipalityCode: application.municipalityCode,
          decision,
        },
        context.clock().toISOString(),
      ),
    );
  }
  await markDecisionNoticesQueued(context.table, event.id);
}

/**
 * Makes one person a group member, with their link, welcome letter and one invite per dated meeting, in one
 * transaction: the member item's condition makes a second run write nothing, so nobody is welcomed twice.
 */
async function welcomeMember(
  context: JobContext,
  mail: DecisionMailContext & { meetings: readonly Meeting[]; groupMunicipalities: readonly string[] },
  member: GroupMember,
  expiresAt: number,
): Promise<void> {
  const { event } = mail;
  const now = context.clock();
  const createdAt = now.toISOString();
  const link = newMemberLink(context.table, context.publicBaseUrl, member, expiresAt);
  const dated = mail.meetings.filter(isScheduled).filter((meeting) => !meeting.cancelled);
  const failed = await transact(context.table, [
    groupMemberItem(context.table, member, expiresAt),
    link.item,
    queueMessage(context.table, {
      id: `decision:${event.id}:${member.memberId}`,
      eventId: event.id,
      reason: 'decision-selected',
      message: welcomeMail(mail, member, link),
      createdAt,
    }),
    ...dated.map((meeting) =>
      queueMessage(context.table, {
        id: meetingInviteId(event, meeting, member),
        eventId: event.id,
        reason: 'meeting-invite',
        message: meetingInviteMail('scheduled', { ...mail, now }, meeting, member),
        createdAt,
      }),
    ),
  ]);
  // The member item exists: an earlier run welcomed them. Any other refusal would be a bug worth hearing of.
  if (failed !== undefined && failed !== 0)
    throw new Error(`welcoming ${member.memberId} failed at element ${failed}`);
}
