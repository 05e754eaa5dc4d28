import type { ApiToken } from '#shared/domain/api-token.ts';
import { apiTokenItem, apiTokenKey } from '#store/entities/api-token.ts';
import { apiTokenSecretItem, apiTokenSecretKey } from '#store/entities/api-token-secret.ts';
import { updateIf } from '#store/table/conditional-writes.ts';
import { sendTransaction } from '#store/table/send-transaction.ts';
import type { Table } from '#store/table/table.ts';
import { newItemPut, type TransactItem } from '#store/table/transact-item.ts';
import { writeWithAudit } from './audited-write.ts';

/** Stores a new token (its listed item and its secret's hash) with the audit entries that record it. */
export async function storeApiToken(
  table: Table,
  token: ApiToken,
  tokenHash: string,
  audit: TransactItem[],
): Promise<void> {
  await sendTransaction(table, {
    TransactItems: [
      newItemPut(table, apiTokenItem(token, tokenHash)),
      newItemPut(table, apiTokenSecretItem(tokenHash, token)),
      ...audit,
    ],
  });
}

/**
 * Revokes a token: both its items go, with the audit entries, in one transaction. False when it was gone already
 * (another admin revoked it, or it expired and the TTL took it).
 */
export async function deleteApiToken(
  table: Table,
  token: Pick<ApiToken, 'id' | 'organisationId'>,
  tokenHash: string,
  audit: TransactItem[],
): Promise<boolean> {
  return writeWithAudit(
    table,
    {
      Delete: {
        TableName: table.name,
        Key: apiTokenKey(token.organisationId, token.id),
        ConditionExpression: 'attribute_exists(PK)',
      },
    },
    [{ Delete: { TableName: table.name, Key: apiTokenSecretKey(tokenHash) } }, ...audit],
  );
}

/**
 * Records that a token was used at `at`, at most once a minute (`since`: a minute before), so a busy integration
 * costs one write a minute, not one a request. A token revoked meanwhile is not brought back.
 */
export async function recordApiTokenUse(
  table: Table,
  token: Pick<ApiToken, 'id' | 'organisationId'>,
  at: string,
  since: string,
): Promise<void> {
  await updateIf(table, {
    Key: apiTokenKey(token.organisationId, token.id),
    UpdateExpression: 'SET lastUsedAt = :at',
    ConditionExpression: 'attribute_exists(PK) AND (attribute_not_exists(lastUsedAt) OR lastUsedAt < :since)',
    ExpressionAttributeValues: { ':at': at, ':since': since },
  });
}
