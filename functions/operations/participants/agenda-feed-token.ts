import type { JobContext } from '#context/job-context.ts';
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
 * The feed token of a registration that has a feed: derived, or, for one made before tokens were derived, the token
 * it kept in clear.
 */
export async function heldAgendaFeedToken(
  context: JobContext,
  registration: Pick<Registration, 'id' | 'agendaFeedToken' | 'agendaFeedTokenHash'>,
): Promise<string | undefined> {
  if (registration.agendaFeedToken) return registration.agendaFeedToken;
  return registration.agendaFeedTokenHash ? (await agendaFeedTokens(context))(registration.id) : undefined;
}
