import type { Organiser } from '../../shared/domain/organiser.ts';
import type { Registration } from '../../shared/domain/registration.ts';
import { participantMail } from '../../shared/mail/participant-mail.ts';
import { summariseNeeds } from '../../shared/organiser/needs-summary.ts';
import type { AppContext } from '../http/app-context.ts';
import { cancelWithPromotion } from '../participants/cancel-with-promotion.ts';
import { participantMailContext } from '../participants/participant-mail-context.ts';
import { hashSecret, newSecretToken } from '../security/secret-token.ts';
import { type EventPage, getEventPage, listEvents } from '../store/event-items.ts';
import { listNeeds } from '../store/needs-items.ts';
import { promoteByOrganiser } from '../store/promotion-items.ts';
import { listRegistrations } from '../store/registration-items.ts';

/** The organisation's events; an organiser never sees another organisation's. */
export async function organisationEvents(context: AppContext, organiser: Organiser) {
  return (await listEvents(context.table)).filter(
    (event) => event.organisationId === organiser.organisationId,
  );
}

/** One event of the organiser's own organisation, or undefined, which the routes answer as "not found". */
export async function ownEvent(
  context: AppContext,
  organiser: Organiser,
  eventId: string,
): Promise<EventPage | undefined> {
  const page = await getEventPage(context.table, eventId);
  return page?.event.organisationId === organiser.organisationId ? page : undefined;
}

export interface EventRegistrations {
  confirmed: Registration[];
  offered: Registration[];
  waiting: Registration[];
  cancelled: Registration[];
  needs: ReturnType<typeof summariseNeeds>;
}

export async function eventRegistrations(context: AppContext, page: EventPage): Promise<EventRegistrations> {
  const registrations = (await listRegistrations(context.table, page.event.id)).sort((a, b) =>
    a.createdAt.localeCompare(b.createdAt),
  );
  const byStatus = (status: Registration['status']) =>
    registrations.filter((registration) => registration.status === status);
  return {
    confirmed: byStatus('confirmed'),
    offered: byStatus('offered'),
    waiting: byStatus('waiting').sort((a, b) => (a.waitingPosition ?? 0) - (b.waitingPosition ?? 0)),
    cancelled: byStatus('cancelled'),
    needs: summariseNeeds(await listNeeds(context.table, page.event.id)),
  };
}

/** The organiser gives a waiting person a seat (the event grows by one), and the person gets the invite. */
export async function promoteRegistration(context: AppContext, page: EventPage, registrationId: string) {
  const token = newSecretToken();
  const mail = await participantMailContext(context, page.event, token);
  return promoteByOrganiser(context.table, page.event, registrationId, context.clock().toISOString(), {
    manageTokenHash: hashSecret(token),
    message: (promoted) => participantMail('promoted', mail, promoted),
  });
}

/** The organiser cancels a registration; as when the participant does, the seat goes to the first in line. */
export function cancelRegistrationAsOrganiser(context: AppContext, page: EventPage, registrationId: string) {
  return cancelWithPromotion(context, page.event, registrationId);
}

/** Reads the organiser's waiting-list setting: hours to answer an offer, or none for seats given at once. */
export function readOfferSetting(fields: {
  mode?: string;
  offerHours?: string;
}): { ok: true; offerHours?: number } | { ok: false } {
  if (fields.mode !== 'offers') return { ok: true };
  const hours = Number(fields.offerHours);
  return Number.isInteger(hours) && hours >= 1 && hours <= 336
    ? { ok: true, offerHours: hours }
    : { ok: false };
}
