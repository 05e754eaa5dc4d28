import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { checkedRecord, type ItemShape } from '#store/table/checked-record.ts';
import type { KeyDesign } from '#store/table/key-design.ts';
import type { Table } from '#store/table/table.ts';

/**
 * The secret of a participant's agenda feed (the sessions they picked, `agenda-pick.ts`) from before feed links said
 * where their registration is (`security/located-token.ts`); none is written any more:
 *   PK = FEED#<sha256(token)>, SK = FEED     pointing at the registration
 */
export const feedKey = (tokenHash: string) => ({ PK: `FEED#${tokenHash}`, SK: 'FEED' });

export const keyDesign: KeyDesign = [feedKey('<sha256(token)>')];

export const FEED_TYPE = 'feed';

const shape: ItemShape<{ eventId: string; registrationId: string }> = {
  type: FEED_TYPE,
  required: { eventId: 'string', registrationId: 'string' },
};

/** The registration a feed names, if the feed exists. */
export async function getFeed(table: Table, tokenHash: string) {
  const { Item } = await table.doc.send(new GetCommand({ TableName: table.name, Key: feedKey(tokenHash) }));
  return Item ? checkedRecord(Item, shape) : undefined;
}
