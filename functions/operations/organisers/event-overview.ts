import type { AppContext } from '#context/app-context.ts';
import type { EventRecord } from '#shared/domain/event.ts';
import type { Organiser } from '#shared/domain/organiser.ts';
import type { Registration } from '#shared/domain/registration.ts';
import { type Attention, attentionOf } from '#shared/organiser/event-attention.ts';
import { summariseNeeds } from '#shared/organiser/needs-summary.ts';
import { listReviewedApplications } from '#store/entities/application.ts';
import { listNeeds } from '#store/entities/needs.ts';
import { latestRegistrations, openOffersOf } from '#store/entities/registration.ts';
import type { EventPage } from '#store/reads/event-page.ts';
import { registrationsWithStatus } from '#store/reads/registration-list-page.ts';
import { organisationMailTrouble } from './undelivered-mail.ts';

/** How many of the latest registrations an overview shows; the rest are on the participants' page. */
const LATEST = 5;

export interface EventOverview {
  /** From the seat counter (cancelled counted in DynamoDB where a counter made before it did not keep that count). */
  counts: { confirmed: number; waiting: number; cancelled: number };
  needs: ReturnType<typeof summariseNeeds>;
  /** How many hold each add-on, by its id, from the add-on counters. */
  addOnsTaken: Record<string, number>;
  attention: Attention[];
  /** The newest registrations, newest first. */
  latest: Registration[];
  /** Working groups: how the applications stand. */
  applications?: { submitted: number; selected: number; toReview: number; decisionsSent: boolean };
}

/** What an event's overview shows: its numbers, what needs doing about it, and who registered last. */
export async function eventOverview(
  context: AppContext,
  organiser: Organiser,
  page: EventPage,
): Promise<EventOverview> {
  const { event } = page;
  const [offered, latest, cancelled, needs, mailTrouble] = await Promise.all([
    openOffersOf(context.table, event.id),
    latestRegistrations(context.table, event.id, LATEST),
    registrationsWithStatus(context.table, event.id, page.registrationsByStatus, 'cancelled'),
    listNeeds(context.table, event.id),
    organisationMailTrouble(context, organiser),
  ]);
  const undeliveredMail = mailTrouble.failed.filter((mail) => mail.event.id === event.id).length;
  const applications = event.kind === 'working-group' ? await applicationStanding(context, event) : undefined;
  return {
    counts: { confirmed: page.seats.confirmed, waiting: page.seats.waiting, cancelled },
    needs: summariseNeeds(needs),
    addOnsTaken: page.addOnsTaken,
    ...(applications ? { applications } : {}),
    attention: attentionOf({
      event,
      now: context.clock(),
      offered,
      slots: page.slots.length,
      undeliveredMail,
      ...(applications ? { applications } : {}),
    }),
    latest,
  };
}

/** How a working group's applications stand: submitted, selected, still to review, and whether it has decided. */
export async function applicationStanding(
  context: AppContext,
  event: Pick<EventRecord, 'id' | 'decisionsSentAt'>,
) {
  const reviewed = await listReviewedApplications(context.table, event.id);
  const undecided = reviewed.filter(({ application }) => application.status === 'submitted');
  return {
    submitted: reviewed.length,
    selected: reviewed.filter(
      ({ review, application }) => review.selected || application.status === 'selected',
    ).length,
    toReview: undecided.filter(({ review }) => !review.selected && review.score === undefined).length,
    decisionsSent: event.decisionsSentAt !== undefined,
  };
}
