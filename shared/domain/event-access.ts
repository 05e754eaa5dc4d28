import type { EventRecord } from './event.ts';

/**
 * Whether an organisation works on an event: it owns it, or the owner named it a co-organiser by id. Co-organisers'
 * members act on the event with the role they hold in their own organisation, so a joint event is run jointly;
 * `coOrganisers` (names) is only what the public page says, and may name bodies that are not on the platform.
 */
export function organisationWorksOn(
  event: Pick<EventRecord, 'organisationId' | 'coOrganiserIds'>,
  organisationId: string,
): boolean {
  return event.organisationId === organisationId || (event.coOrganiserIds ?? []).includes(organisationId);
}
