import type { EventRecord } from '../../shared/domain/event.ts';
import type { ParticipantMailContext } from '../../shared/mail/participant-mail.ts';
import type { AppContext } from '../http/app-context.ts';
import { eventUrl, manageUrl } from '../http/public-urls.ts';
import { recentOrganisation } from '../store/organisation-cache.ts';

/** Everything a participant e-mail about `event` needs, for the holder of the manage link `token` if there is one. */
export async function participantMailContext(
  context: AppContext,
  event: EventRecord,
  token?: string,
): Promise<ParticipantMailContext> {
  const organisation = await recentOrganisation(context.table, event.organisationId);
  if (!organisation)
    throw new Error(`event ${event.id} belongs to unknown organisation ${event.organisationId}`);
  return {
    event,
    organisation,
    eventUrl: eventUrl(context.publicBaseUrl, event.id),
    ...(token ? { manageUrl: manageUrl(context.publicBaseUrl, token) } : {}),
    now: context.clock(),
  };
}
