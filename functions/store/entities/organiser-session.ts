import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { SessionTimes } from '#shared/domain/session-window.ts';
import { checkedRecord, type ItemShape } from '#store/table/checked-record.ts';
import type { Item } from '#store/table/item.ts';
import type { KeyDesign } from '#store/table/key-design.ts';
import type { Table } from '#store/table/table.ts';

/**
 * A signed-in session behind the cookie, found by the hash of its token, never the token itself:
 *   PK = SESSION#<sha256(token)>, SK = SESSION   whose, acting for which organisation, its idle and absolute deadlines
 * It carries `expiresAt` so DynamoDB's TTL removes it; reads also check the time themselves, since TTL deletes late.
 */
export const sessionKey = (tokenHash: string) => ({ PK: `SESSION#${tokenHash}`, SK: 'SESSION' });

export const keyDesign: KeyDesign = [sessionKey('<sha256(token)>')];

const epochSeconds = (instant: string) => Math.floor(Date.parse(instant) / 1000);

export interface StoredSession extends SessionTimes {
  emailHash: string;
  /** The organisation the organiser acts for; one of theirs. */
  organisationId: string;
}

export function sessionItem(tokenHash: string, session: StoredSession): Item {
  return {
    ...sessionKey(tokenHash),
    type: 'session',
    ...session,
    expiresAt: epochSeconds(session.absoluteUntil),
  };
}

const shape: ItemShape<StoredSession> = {
  type: 'session',
  required: { emailHash: 'string', organisationId: 'string', idleUntil: 'string', absoluteUntil: 'string' },
};

export async function getSession(table: Table, tokenHash: string): Promise<StoredSession | undefined> {
  const { Item } = await table.doc.send(
    new GetCommand({ TableName: table.name, Key: sessionKey(tokenHash), ConsistentRead: true }),
  );
  if (!Item) return undefined;
  const { emailHash, organisationId, idleUntil, absoluteUntil } = checkedRecord(Item, shape);
  return { emailHash, organisationId, idleUntil, absoluteUntil };
}
