import type { AppContext } from '#context/app-context.ts';
import { hashSecret } from '#security/secret-token.ts';
import { type ApiToken, isTokenExpired } from '#shared/domain/api-token.ts';
import { getTokenHolder } from '#store/entities/api-token-secret.ts';
import { recordApiTokenUse } from '#store/transactions/api-tokens.ts';

const USE_RECORDED_EVERY_MS = 60_000;

/**
 * The token a request's bearer secret belongs to, or undefined: unknown, revoked or expired. Found by the secret's
 * hash in one strongly consistent read, so a revocation takes effect at once; its last use is recorded (to the
 * minute) for the admins' list.
 */
export async function authenticateApiToken(
  context: AppContext,
  secret: string,
): Promise<Pick<ApiToken, 'id' | 'organisationId' | 'name' | 'role'> | undefined> {
  const holder = await getTokenHolder(context.table, hashSecret(secret));
  const now = context.clock();
  if (!holder || isTokenExpired(holder, now)) return undefined;
  await recordApiTokenUse(
    context.table,
    holder,
    now.toISOString(),
    new Date(now.getTime() - USE_RECORDED_EVERY_MS).toISOString(),
  );
  return holder;
}
