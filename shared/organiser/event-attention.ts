import type { EventRecord } from '#shared/domain/event.ts';
import type { Registration } from '#shared/domain/registration.ts';

/** Something about one event an organiser should act on, with what it counts. */
export type Attention =
  | { kind: 'applications-to-review'; count: number }
  | { kind: 'offers-expiring'; count: number }
  | { kind: 'undelivered-mail'; count: number }
  | { kind: 'no-programme' };

/** What the rules look at; each part is read once for the dashboard or the event's overview. */
export interface AttentionFacts {
  event: Pick<EventRecord, 'kind' | 'status' | 'endsAt' | 'selection'>;
  now: Date;
  /** Registrations holding a seat offer, with their deadlines. */
  offered: Pick<Registration, 'offerExpiresAt'>[];
  slots: number;
  undeliveredMail: number;
  /** Working groups: applications submitted and not yet decided, and how many are selected. */
  applications?: { toReview: number; selected: number; decisionsSent: boolean };
}

/** An offer is worth a look when its person has less than a day left to answer. */
const OFFER_WARNING_MS = 24 * 3_600_000;

/**
 * What needs doing now, most urgent first: mail that did not go out, offers about to lapse, applications to review
 * (only while places are open: after the selection or the decisions there is nothing left to weigh), and an event
 * that will take place without a programme. A past or cancelled event needs nothing.
 */
export function attentionOf(facts: AttentionFacts): Attention[] {
  const { event, now } = facts;
  if (event.status === 'cancelled' || Date.parse(event.endsAt) < now.getTime()) return [];
  const attention: Attention[] = [];
  if (facts.undeliveredMail > 0) attention.push({ kind: 'undelivered-mail', count: facts.undeliveredMail });
  const expiring = facts.offered.filter(
    (offer) =>
      offer.offerExpiresAt !== undefined &&
      Date.parse(offer.offerExpiresAt) - now.getTime() < OFFER_WARNING_MS,
  ).length;
  if (expiring > 0) attention.push({ kind: 'offers-expiring', count: expiring });
  const applications = facts.applications;
  const placesOpen =
    applications !== undefined &&
    !applications.decisionsSent &&
    applications.selected < (event.selection?.places ?? Number.POSITIVE_INFINITY);
  if (applications && placesOpen && applications.toReview > 0)
    attention.push({ kind: 'applications-to-review', count: applications.toReview });
  if (event.kind !== 'working-group' && facts.slots === 0) attention.push({ kind: 'no-programme' });
  return attention;
}
