import type { AppContext } from '#context/app-context.ts';
import { ownEvent } from '#operations/organisers/event-administration.ts';
import type { Organiser } from '#shared/domain/organiser.ts';
import type { EventPage } from '#store/reads/event-page.ts';
import type { ApiAnswer } from './api-operation.ts';

/**
 * Runs `act` on an event of the token's organisation, read afresh, or answers the 404 that also answers for another
 * organisation's event: whether it exists elsewhere does not leak.
 */
export async function withOwnEvent(
  context: AppContext,
  actor: Organiser | undefined,
  eventId: string,
  act: (page: EventPage, actor: Organiser) => Promise<ApiAnswer>,
): Promise<ApiAnswer> {
  const page = actor && (await ownEvent(context, actor, eventId));
  return page && actor ? act(page, actor) : { problem: 'not-found', detail: 'No such event.' };
}

/** The 404 of an event that is not of the kind an operation is for: a study trip has no applications. */
export const notOfKind = (kind: string): ApiAnswer => ({
  problem: 'not-found',
  detail: `The event is not a ${kind}.`,
});
