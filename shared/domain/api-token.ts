import type { Organiser, OrganiserRole } from './organiser.ts';

/** What an API token may do: read only, or read and write (as an editor does on the pages). */
export const API_TOKEN_ROLES = ['read', 'read-write'] as const;

export type ApiTokenRole = (typeof API_TOKEN_ROLES)[number];

/**
 * An organisation's API token, as its admins see it: never the secret itself, which is shown once when the token is
 * made and only its hash is stored.
 */
export interface ApiToken {
  id: string;
  organisationId: string;
  name: string;
  role: ApiTokenRole;
  createdAt: string;
  /** The admin who made it. */
  createdBy: string;
  /** The last instant it may be used; none: until it is revoked. */
  expiresAt?: string;
  /** When it was last used, to the minute. */
  lastUsedAt?: string;
}

/** The role of the organiser a token acts as: a read-write token may do what an editor does, a read token reads. */
const ORGANISER_ROLE: Record<ApiTokenRole, OrganiserRole> = { read: 'viewer', 'read-write': 'editor' };

/**
 * The token as the organiser the operations take: its organisation, the role it stands for, and a name and address
 * that say in the audit trail that the token (and which) made a change. The address is in the reserved
 * `.invalid` domain, so nothing is ever sent to it.
 */
export function apiTokenActor(token: Pick<ApiToken, 'id' | 'organisationId' | 'name' | 'role'>): Organiser {
  const role = ORGANISER_ROLE[token.role];
  return {
    email: `api-token-${token.id}@api.invalid`,
    name: `API: ${token.name}`,
    organisationId: token.organisationId,
    role,
    memberships: [{ organisationId: token.organisationId, role }],
  };
}

export function mayWriteWith(token: Pick<ApiToken, 'role'>): boolean {
  return token.role === 'read-write';
}

/** A token past its expiry is refused, whatever the table's TTL has not yet removed. */
export function isTokenExpired(token: Pick<ApiToken, 'expiresAt'>, now: Date): boolean {
  return token.expiresAt !== undefined && Date.parse(token.expiresAt) < now.getTime();
}

/** Whole days from `now` to the token's expiry, at least 0; undefined when it does not expire. */
export function daysUntilExpiry(token: Pick<ApiToken, 'expiresAt'>, now: Date): number | undefined {
  if (token.expiresAt === undefined) return undefined;
  return Math.max(0, Math.floor((Date.parse(token.expiresAt) - now.getTime()) / 86_400_000));
}
