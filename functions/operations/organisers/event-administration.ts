import type { AppContext } from '#context/app-context.ts';
import { cancelWithPromotion } from '#operations/participants/cancel-with-promotion.ts';
import { replaceManageLink } from '#operations/participants/replace-manage-link.ts';
import { seatPromotion } from '#operations/participants/seat-promotion.ts';
import { signUpForEvent } from '#operations/participants/sign-up-for-event.ts';
import type { Language } from '#shared/domain/event.ts';
import { organisationWorksOn } from '#shared/domain/event-access.ts';
import type { Organiser } from '#shared/domain/organiser.ts';
import type { Registration } from '#shared/domain/registration.ts';
import { numberedWaitingList } from '#shared/domain/waiting-list.ts';
import { summariseNeeds } from '#shared/organiser/needs-summary.ts';
import { listEvents } from '#store/entities/event.ts';
import { listNeeds } from '#store/entities/needs.ts';
import { getRegistration, listRegistrations, type StoredRegistration } from '#store/entities/registration.ts';
import { type EventPage, getEventPage } from '#store/reads/event-page.ts';
import { promoteByOrganiser } from '#store/transactions/promotion.ts';
import { auditWrites } from './audit-trail.ts';

/** The events of the organisation the organiser acts for, its own and those it co-organises; never another's. */
export async function organisationEvents(context: AppContext, organiser: Organiser) {
  return (await listEvents(context.table)).filter((event) =>
    organisationWorksOn(event, organiser.organisationId),
  );
}

/** One event the organiser's organisation works on, or undefined, which the routes answer as "not found". */
export async function ownEvent(
  context: AppContext,
  organiser: Organiser,
  eventId: string,
): Promise<EventPage | undefined> {
  const page = await getEventPage(context.table, eventId);
  return page && organisationWorksOn(page.event, organiser.organisationId) ? page : undefined;
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
    waiting: numberedWaitingList(byStatus('waiting')),
    cancelled: byStatus('cancelled'),
    needs: summariseNeeds(await listNeeds(context.table, page.event.id)),
  };
}

/**
 * The organiser registers a person on their behalf: the sign-up form's own use case (its checks, seat or waiting
 * list, the person's confirmation with their manage link), with the organiser's audit entry in its transaction.
 */
export function registerOnBehalf(
  context: AppContext,
  organiser: Organiser,
  page: EventPage,
  input: Record<string, unknown>,
  language: Language,
) {
  return signUpForEvent(context, page.event, input, language, (registration) =>
    registrationAudit(context, organiser, page, registration, 'registration-created'),
  );
}

/** The organiser gives a waiting person a seat (the event grows by one), and the person gets the invite. */
export async function promoteRegistration(
  context: AppContext,
  organiser: Organiser,
  page: EventPage,
  registrationId: string,
) {
  const audit = await storedRegistrationAudit(
    context,
    organiser,
    page,
    registrationId,
    'registration-promoted',
  );
  return promoteByOrganiser(
    context.table,
    page.event,
    registrationId,
    context.clock().toISOString(),
    await seatPromotion(context, page.event),
    audit,
  );
}

/** The organiser cancels a registration; as when the participant does, the seat goes to the first in line. */
export async function cancelRegistrationAsOrganiser(
  context: AppContext,
  organiser: Organiser,
  page: EventPage,
  registrationId: string,
) {
  const audit = await storedRegistrationAudit(
    context,
    organiser,
    page,
    registrationId,
    'registration-cancelled',
  );
  return cancelWithPromotion(context, page.event, registrationId, { audit });
}

/**
 * The organiser gives a participant a new manage link, mailed to them, when theirs was lost or leaked: the old one
 * then only says it was replaced. Audited with the replacement, in its transaction.
 */
export async function replaceLinkAsOrganiser(
  context: AppContext,
  organiser: Organiser,
  page: EventPage,
  registration: StoredRegistration,
) {
  const audit = await registrationAudit(context, organiser, page, registration, 'registration-link-replaced');
  await replaceManageLink(context, page.event, registration, audit);
}

/** The audit entry of a change to a registration known by its id: the person as stored, or the id if none is. */
async function storedRegistrationAudit(
  context: AppContext,
  organiser: Organiser,
  page: EventPage,
  registrationId: string,
  action: 'registration-promoted' | 'registration-cancelled',
) {
  const registration = await getRegistration(context.table, page.event.id, registrationId);
  const named = { id: registrationId, name: registration?.name ?? registrationId };
  return registrationAudit(context, organiser, page, named, action);
}

/** The audit entry of an organiser's change to one registration, naming the person (as they were) and the event. */
export async function registrationAudit(
  context: AppContext,
  organiser: Organiser,
  page: EventPage,
  registration: Pick<Registration, 'id' | 'name'>,
  action:
    | 'registration-created'
    | 'registration-promoted'
    | 'registration-cancelled'
    | 'registration-edited'
    | 'registration-link-replaced',
  detail?: string,
) {
  const label = `${registration.name}, ${page.event.title}`;
  return auditWrites(
    context,
    organiser,
    {
      action,
      target: { kind: 'registration', id: registration.id, label },
      ...(detail ? { detail } : {}),
      registration: { eventId: page.event.id, id: registration.id },
    },
    page.event,
  );
}
