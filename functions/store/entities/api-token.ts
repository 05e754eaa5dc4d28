import type { ApiToken } from '#shared/domain/api-token.ts';
import { checkedRecord, type ItemShape } from '#store/table/checked-record.ts';
import type { Item } from '#store/table/item.ts';
import type { KeyDesign } from '#store/table/key-design.ts';
import { queryAll } from '#store/table/query-all.ts';
import type { Table } from '#store/table/table.ts';
import { organisationKey } from './organisation.ts';

/**
 * An organisation's API token as its admins list it, in the organisation's partition:
 *   PK = ORG#<orgId>, SK = APITOKEN#<tokenId>   name, role, who made it and when, expiry, last use; `tokenHash`
 * The secret is found by its hash through `api-token-secret.ts`; this item holds the hash so that revoking the
 * token can delete both in one transaction. `expiresAt` (epoch seconds) lets the TTL take an expired token.
 */
const API_TOKEN_PREFIX = 'APITOKEN#';
export const apiTokenKey = (organisationId: string, tokenId: string) => ({
  PK: organisationKey(organisationId).PK,
  SK: `${API_TOKEN_PREFIX}${tokenId}`,
});

export const keyDesign: KeyDesign = [apiTokenKey('<orgId>', '<tokenId>')];

export const epochSeconds = (instant: string) => Math.floor(Date.parse(instant) / 1000);

export function apiTokenItem(token: ApiToken, tokenHash: string): Item {
  return {
    ...apiTokenKey(token.organisationId, token.id),
    type: 'api-token',
    ...token,
    tokenHash,
    ...(token.expiresAt ? { expiresAt: epochSeconds(token.expiresAt), expiresOn: token.expiresAt } : {}),
  };
}

/** `expiresAt` is the table's TTL attribute (epoch seconds); the record's instant is kept as `expiresOn`. */
type StoredApiToken = Omit<ApiToken, 'expiresAt'> & { tokenHash: string; expiresOn?: string };

const shape: ItemShape<StoredApiToken> = {
  type: 'api-token',
  required: {
    id: 'string',
    organisationId: 'string',
    name: 'string',
    role: 'string',
    createdAt: 'string',
    createdBy: 'string',
    tokenHash: 'string',
  },
  optional: { expiresOn: 'string', lastUsedAt: 'string' },
};

/** A stored token as its admins see it, with the hash of its secret for revoking it. */
export function apiTokenOf(item: Item): { token: ApiToken; tokenHash: string } {
  const { tokenHash, expiresOn, ...token } = checkedRecord(item, shape);
  return { token: { ...token, ...(expiresOn ? { expiresAt: expiresOn } : {}) }, tokenHash };
}

/** The organisation's tokens, oldest first, strongly read: one just made or revoked shows at once. */
export async function listApiTokens(
  table: Table,
  organisationId: string,
): Promise<{ token: ApiToken; tokenHash: string }[]> {
  const items = await queryAll(table, {
    KeyConditionExpression: 'PK = :pk AND begins_with(SK, :prefix)',
    ExpressionAttributeValues: { ':pk': organisationKey(organisationId).PK, ':prefix': API_TOKEN_PREFIX },
    ConsistentRead: true,
  });
  return items.map(apiTokenOf).sort((a, b) => a.token.createdAt.localeCompare(b.token.createdAt));
}
