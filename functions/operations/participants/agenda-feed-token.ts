import type { JobContext } from '#context/job-context.ts';
import { locatedToken } from '#security/located-token.ts';
import { derivedSecretToken } from '#security/secret-token.ts';
import type { Registration } from '#shared/domain/registration.ts';

/** Derives a registration's agenda feed token from its id. */
export type AgendaFeedTokens = (registrationId: string) => string;

/**
 * Registrations' agenda feed tokens, derived (HMAC-SHA-256) from their ids under the platform's link secret, as
 * manage links are: the manage page can show the feed's address again while the table holds only the token's hash.
 */
export async function agendaFeedTokens(context: JobContext): Promise<AgendaFeedTokens> {
  const key = await context.linkSecret();
  return (registrationId) => derivedSecretToken(key, `agenda-feed:${registrationId}`);
}

/**
 * The feed token of a registration that has a feed, as its URL carries it: derived and followed by where the
 * registration is (`security/located-token.ts`), or, for one made before tokens were derived, the token it kept in
 * clear, which an item of its own finds.
 */
export async function heldAgendaFeedToken(
  context: JobContext,
  registration: Pick<Registration, 'id' | 'eventId' | 'agendaFeedToken' | 'agendaFeedTokenHash'>,
): Promise<string | undefined> {
  if (registration.agendaFeedToken) return registration.agendaFeedToken;
  if (!registration.agendaFeedTokenHash) return undefined;
  return locatedToken((await agendaFeedTokens(context))(registration.id), registration);
}
