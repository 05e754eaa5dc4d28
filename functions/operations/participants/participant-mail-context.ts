import type { JobContext } from '#context/job-context.ts';
import type { EventRecord } from '#shared/domain/event.ts';
import type { Organisation } from '#shared/domain/organisation.ts';
import type { MailedManageLink, ParticipantMailContext } from '#shared/mail/participant-mail.ts';
import { eventCalendarUrl, eventUrl, linkAgainUrl, programmeUrl } from '#shared/public-urls.ts';
import { hasProgramme } from '#store/entities/programme-slot.ts';
import { recentOrganisation } from '#store/reads/organisation-cache.ts';

/** The organisation an event belongs to, as its mail signs it and its retention period erases; it always has one. */
export async function organiserOf(context: JobContext, event: EventRecord): Promise<Organisation> {
  const organisation = await recentOrganisation(context.table, event.organisationId);
  if (!organisation)
    throw new Error(`event ${event.id} belongs to unknown organisation ${event.organisationId}`);
  return organisation;
}

/** Everything a participant e-mail about `event` needs, with the manage link it carries if it carries one. */
export async function participantMailContext(
  context: JobContext,
  event: EventRecord,
  manageLink?: MailedManageLink,
  /** How the programme is read: the table's answer now, or, for a sign-up, this process's recent one. */
  programmeKnown: (table: JobContext['table'], eventId: string) => Promise<boolean> = hasProgramme,
): Promise<ParticipantMailContext> {
  const [organisation, programme] = await Promise.all([
    organiserOf(context, event),
    programmeKnown(context.table, event.id),
  ]);
  return {
    event,
    organisation,
    eventUrl: eventUrl(context.publicBaseUrl, event.id),
    ...(programme ? { programmeUrl: programmeUrl(context.publicBaseUrl, event.id) } : {}),
    calendarFileUrl: eventCalendarUrl(context.publicBaseUrl, event.id),
    linkAgainUrl: linkAgainUrl(context.publicBaseUrl, event.id),
    ...(manageLink ? { manageLink } : {}),
    now: context.clock(),
  };
}
