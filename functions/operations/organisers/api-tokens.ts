import { randomUUID } from 'node:crypto';
import type { AppContext } from '#context/app-context.ts';
import { hashSecret, newSecretToken } from '#security/secret-token.ts';
import type { ApiToken } from '#shared/domain/api-token.ts';
import type { Organiser } from '#shared/domain/organiser.ts';
import type { NewApiToken } from '#shared/organiser/api-token-form.ts';
import { listApiTokens } from '#store/entities/api-token.ts';
import { deleteApiToken, storeApiToken } from '#store/transactions/api-tokens.ts';
import { auditWrites, partChange } from './audit-trail.ts';

/**
 * Tokens start with `tp_`, so that secret scanners (and people) can tell one in a repository or a log; the rest is
 * 256 random bits.
 */
export const API_TOKEN_PREFIX = 'tp_';

/**
 * An admin makes a token for the organisation they act for. The secret is returned to be shown once: only its
 * SHA-256 is stored, and neither it nor its hash is written to the audit trail.
 */
export async function issueApiToken(
  context: AppContext,
  admin: Organiser,
  request: NewApiToken,
): Promise<{ secret: string; token: ApiToken }> {
  const now = context.clock();
  const token: ApiToken = {
    id: randomUUID(),
    organisationId: admin.organisationId,
    name: request.name,
    role: request.role,
    createdAt: now.toISOString(),
    createdBy: admin.name,
    ...(request.validDays === undefined
      ? {}
      : { expiresAt: new Date(now.getTime() + request.validDays * 86_400_000).toISOString() }),
  };
  const secret = `${API_TOKEN_PREFIX}${newSecretToken()}`;
  const audit = await auditWrites(
    context,
    admin,
    partChange(
      'api-token',
      token.id,
      token.name,
      'api-token-created',
      `role=${token.role}, expiresAt=${token.expiresAt ?? ''}`,
    ),
  );
  await storeApiToken(context.table, token, hashSecret(secret), audit);
  return { secret, token };
}

/** An admin revokes one of their organisation's tokens; undefined when it is not (or no longer) there. */
export async function revokeApiToken(
  context: AppContext,
  admin: Organiser,
  tokenId: string,
): Promise<ApiToken | undefined> {
  const found = (await listApiTokens(context.table, admin.organisationId)).find(
    ({ token }) => token.id === tokenId,
  );
  if (!found) return undefined;
  const audit = await auditWrites(
    context,
    admin,
    partChange('api-token', found.token.id, found.token.name, 'api-token-revoked'),
  );
  return (await deleteApiToken(context.table, found.token, found.tokenHash, audit)) ? found.token : undefined;
}

/** The organisation's tokens as its admins list them: never a secret or its hash. */
export async function organisationApiTokens(
  context: AppContext,
  organisationId: string,
): Promise<ApiToken[]> {
  return (await listApiTokens(context.table, organisationId)).map(({ token }) => token);
}
