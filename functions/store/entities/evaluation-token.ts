import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { Item } from '#store/table/item.ts';
import type { KeyDesign } from '#store/table/key-design.ts';
import type { Table } from '#store/table/table.ts';
import { eventPartition } from './event.ts';

/**
 * An answer link that was mailed: PK = EVENT#<id>, SK = EVALTOKEN#<sha256(token)>, written with the invitation,
 * and `usedAt` set in the answer's transaction (under `attribute_not_exists(usedAt)`), so a link answers once. It
 * holds only the link's hash: neither the person nor their answer. It goes with the event's personal data.
 */
export const evaluationTokenKey = (eventId: string, tokenHash: string) => ({
  PK: eventPartition(eventId),
  SK: `EVALTOKEN#${tokenHash}`,
});

export const keyDesign: KeyDesign = [evaluationTokenKey('<id>', '<sha256(token)>')];

const TOKEN_TYPE = 'evaluation-token';

export const evaluationTokenItem = (eventId: string, tokenHash: string, expiresAt: number): Item => ({
  ...evaluationTokenKey(eventId, tokenHash),
  type: TOKEN_TYPE,
  expiresAt,
});

/** The answer link with this hash: never mailed, mailed and unused, or used. */
export async function evaluationTokenState(
  table: Table,
  eventId: string,
  tokenHash: string,
): Promise<'unknown' | 'unused' | 'used'> {
  const { Item } = await table.doc.send(
    new GetCommand({
      TableName: table.name,
      Key: evaluationTokenKey(eventId, tokenHash),
      ConsistentRead: true,
    }),
  );
  if (!Item) return 'unknown';
  return Item.usedAt === undefined ? 'unused' : 'used';
}
