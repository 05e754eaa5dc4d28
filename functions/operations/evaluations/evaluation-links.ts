import type { JobContext } from '#context/job-context.ts';
import { derivedSecretToken, hashSecret } from '#security/secret-token.ts';
import { evaluationPath } from '#shared/public-urls.ts';

/** A participant's one-time answer link: its secret, the hash the table knows it by, and its address. */
export interface EvaluationLink {
  token: string;
  tokenHash: string;
  url: string;
}

/**
 * Answer links, derived (HMAC-SHA-256) from the event and registration under the link secret: the reminder carries
 * the same link as the invitation, and the table holds only its hash, never whose it is.
 */
export async function evaluationLinks(
  context: JobContext,
): Promise<(eventId: string, registrationId: string) => EvaluationLink> {
  const key = await context.linkSecret();
  return (eventId, registrationId) => {
    const token = derivedSecretToken(key, `evaluation:${eventId}:${registrationId}`);
    return {
      token,
      tokenHash: hashSecret(token),
      url: `${context.publicBaseUrl}${evaluationPath(eventId, token)}`,
    };
  };
}
