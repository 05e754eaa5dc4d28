import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { Delegation } from '#shared/domain/delegation.ts';
import { checkedRecord, type ItemShape } from '#store/table/checked-record.ts';
import type { Item } from '#store/table/item.ts';
import type { KeyDesign } from '#store/table/key-design.ts';
import type { Table } from '#store/table/table.ts';

/**
 * A delegation lead's secret link (`delegation.ts`):
 *   PK = LEAD#<sha256(token)>, SK = LEAD     looked up by its hash
 */
export const leadLinkKey = (tokenHash: string) => ({ PK: `LEAD#${tokenHash}`, SK: 'LEAD' });

export const keyDesign: KeyDesign = [leadLinkKey('<sha256(token)>')];

export const LEAD_LINK_TYPE = 'lead-link';

type Named = Pick<Delegation, 'eventId' | 'organisationKey'>;

export function leadLinkItem(
  tokenHash: string,
  { eventId, organisationKey }: Named,
  expiresAt: number,
): Item {
  return { ...leadLinkKey(tokenHash), type: LEAD_LINK_TYPE, eventId, organisationKey, expiresAt };
}

const shape: ItemShape<Named> = {
  type: LEAD_LINK_TYPE,
  required: { eventId: 'string', organisationKey: 'string' },
};

/** The delegation a lead's link names, if the link exists. */
export async function getLeadLink(table: Table, tokenHash: string): Promise<Named | undefined> {
  const { Item } = await table.doc.send(
    new GetCommand({ TableName: table.name, Key: leadLinkKey(tokenHash), ConsistentRead: true }),
  );
  return Item ? checkedRecord(Item, shape) : undefined;
}
