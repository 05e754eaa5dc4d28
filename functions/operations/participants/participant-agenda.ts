import type { AppContext } from '#context/app-context.ts';
import { readToken } from '#security/located-token.ts';
import { agendaFeed } from '#shared/calendar/agenda-feed.ts';
import { inProgrammeOrder, isSession } from '#shared/domain/programme-slot.ts';
import { erasureTimes } from '#shared/domain/retention.ts';
import { eventUrl } from '#shared/public-urls.ts';
import { pickedSlotIds } from '#store/entities/agenda-pick.ts';
import { registrationByFeedToken } from '#store/reads/by-secret-link.ts';
import { getEventPage } from '#store/reads/event-page.ts';
import { recentOrganisation } from '#store/reads/organisation-cache.ts';
import { pickSlot, unpickSlot } from '#store/transactions/agenda.ts';
import type { OpenedBooking } from './manage-registration.ts';

/** Sessions that can go on an agenda: the programme less its breaks and lunch. */
export function agendaSlots(booking: Pick<OpenedBooking, 'page'>) {
  return inProgrammeOrder(booking.page.slots).filter(isSession);
}

/**
 * Makes the agenda what the participant ticked: picks the new sessions, drops the others. Returns the titles of
 * sessions that were full; every other choice is saved.
 */
export async function saveAgenda(
  context: AppContext,
  booking: OpenedBooking,
  chosen: readonly string[],
): Promise<string[]> {
  const { event } = booking.page;
  const offered = new Map(agendaSlots(booking).map((slot) => [slot.id, slot]));
  const wanted = new Set(chosen.filter((id) => offered.has(id)));
  const current = new Set(await pickedSlotIds(context.table, event.id, booking.registration.id));
  const organisation = await recentOrganisation(context.table, event.organisationId);
  const { expiresAt } = erasureTimes(event, { retentionDays: organisation?.retentionDays ?? 0 });
  const full: string[] = [];
  for (const slotId of current) {
    if (!wanted.has(slotId)) await unpickSlot(context.table, event.id, booking.registration.id, slotId);
  }
  for (const slotId of wanted) {
    if (current.has(slotId)) continue;
    const result = await pickSlot(context.table, booking.registration, slotId, expiresAt);
    if (result === 'full') full.push(offered.get(slotId)?.title ?? slotId);
  }
  return full;
}

/** The agenda feed behind a secret URL, or undefined for a URL that opens nothing. */
export async function agendaFeedFor(context: AppContext, feedToken: string): Promise<string | undefined> {
  const read = readToken(feedToken);
  const registration = read && (await registrationByFeedToken(context.table, read));
  if (!registration) return undefined;
  const page = await getEventPage(context.table, registration.eventId);
  if (!page) return undefined;
  const picked = new Set(await pickedSlotIds(context.table, page.event.id, registration.id));
  const confirmed = registration.status === 'confirmed';
  return agendaFeed({
    event: page.event,
    picked: page.slots.filter((slot) => picked.has(slot.id)),
    eventUrl: eventUrl(context.publicBaseUrl, page.event.id),
    onlineLink: confirmed && page.event.venue.kind === 'digital' ? page.event.onlineLink : undefined,
    registrationCancelled: registration.status === 'cancelled',
    now: context.clock(),
  });
}
