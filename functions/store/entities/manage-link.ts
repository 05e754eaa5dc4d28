import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { checkedRecord, type ItemShape } from '#store/table/checked-record.ts';
import type { KeyDesign } from '#store/table/key-design.ts';
import type { Table } from '#store/table/table.ts';

/**
 * A registration's secret manage link from before links said where their registration is
 * (`security/located-token.ts`); none is written any more, and those mailed before keep working until they expire:
 *   PK = MANAGE#<sha256 of the manage token>, SK = MANAGE    looked up by its hash
 * It holds only the hash, so the key itself gives away no working link. A link that was replaced keeps its item:
 * the registration then holds another link's hash, and opening the old one says it was replaced.
 */
export const manageLinkKey = (tokenHash: string) => ({ PK: `MANAGE#${tokenHash}`, SK: 'MANAGE' });

export const keyDesign: KeyDesign = [manageLinkKey('<sha256(token)>')];

export const MANAGE_LINK_TYPE = 'manage-token';

/**
 * Which of a registration's links it holds: the hash of the token, and the version the token was derived for
 * (`operations/participants/manage-links.ts`). Replacing the link raises the version.
 */
export interface ManageLinkHash {
  tokenHash: string;
  version: number;
}

const shape: ItemShape<{ eventId: string; registrationId: string }> = {
  type: MANAGE_LINK_TYPE,
  required: { eventId: 'string', registrationId: 'string' },
};

/** The registration a manage link names, if the link exists. */
export async function getManageLink(table: Table, tokenHash: string) {
  const { Item } = await table.doc.send(
    new GetCommand({ TableName: table.name, Key: manageLinkKey(tokenHash), ConsistentRead: true }),
  );
  return Item ? checkedRecord(Item, shape) : undefined;
}
