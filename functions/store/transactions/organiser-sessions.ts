import { DeleteCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { type StoredSession, sessionItem, sessionKey } from '#store/entities/organiser-session.ts';
import { updateIf } from '#store/table/conditional-writes.ts';
import type { Table } from '#store/table/table.ts';

export async function startSession(table: Table, tokenHash: string, session: StoredSession): Promise<void> {
  await table.doc.send(new PutCommand({ TableName: table.name, Item: sessionItem(tokenHash, session) }));
}

/**
 * Moves the session's idle deadline, or the organisation it acts for, on the condition that the session still
 * exists, so a request that races a sign-out cannot bring the session back.
 */
export async function updateSession(
  table: Table,
  tokenHash: string,
  change: { idleUntil: string } | { organisationId: string },
): Promise<boolean> {
  const [name, value] = Object.entries(change)[0] ?? [];
  return updateIf(table, {
    Key: sessionKey(tokenHash),
    UpdateExpression: 'SET #field = :value',
    ConditionExpression: 'attribute_exists(PK)',
    ExpressionAttributeNames: { '#field': String(name) },
    ExpressionAttributeValues: { ':value': value },
  });
}

export async function endSession(table: Table, tokenHash: string): Promise<void> {
  await table.doc.send(new DeleteCommand({ TableName: table.name, Key: sessionKey(tokenHash) }));
}
