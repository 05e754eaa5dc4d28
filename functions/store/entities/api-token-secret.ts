import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { ApiToken } from '#shared/domain/api-token.ts';
import { checkedRecord, type ItemShape } from '#store/table/checked-record.ts';
import type { Item } from '#store/table/item.ts';
import type { KeyDesign } from '#store/table/key-design.ts';
import type { Table } from '#store/table/table.ts';
import { epochSeconds } from './api-token.ts';

/**
 * An API token's secret, found by its hash, never the secret itself:
 *   PK = APITOKEN#<sha256(token)>, SK = APITOKEN   the token's id, organisation, name, role and expiry
 * It holds what a request needs to act (one strongly consistent GetItem per request); the organisation's list and
 * the last use are on the token's own item (`api-token.ts`), deleted with this one when the token is revoked.
 */
export const apiTokenSecretKey = (tokenHash: string) => ({ PK: `APITOKEN#${tokenHash}`, SK: 'APITOKEN' });

export const keyDesign: KeyDesign = [apiTokenSecretKey('<sha256(token)>')];

export type TokenHolder = Pick<ApiToken, 'id' | 'organisationId' | 'name' | 'role' | 'expiresAt'>;

export function apiTokenSecretItem(tokenHash: string, token: ApiToken): Item {
  const { id, organisationId, name, role, expiresAt } = token;
  return {
    ...apiTokenSecretKey(tokenHash),
    type: 'api-token-secret',
    id,
    organisationId,
    name,
    role,
    ...(expiresAt ? { expiresAt: epochSeconds(expiresAt), expiresOn: expiresAt } : {}),
  };
}

const shape: ItemShape<Omit<TokenHolder, 'expiresAt'> & { expiresOn?: string }> = {
  type: 'api-token-secret',
  required: { id: 'string', organisationId: 'string', name: 'string', role: 'string' },
  optional: { expiresOn: 'string' },
};

/** The token whose secret hashes to `tokenHash`, or undefined: never made, or revoked. */
export async function getTokenHolder(table: Table, tokenHash: string): Promise<TokenHolder | undefined> {
  const { Item } = await table.doc.send(
    new GetCommand({ TableName: table.name, Key: apiTokenSecretKey(tokenHash), ConsistentRead: true }),
  );
  if (!Item) return undefined;
  const { expiresOn, ...holder } = checkedRecord(Item, shape);
  return { ...holder, ...(expiresOn ? { expiresAt: expiresOn } : {}) };
}
