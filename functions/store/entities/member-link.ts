import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { GroupMember } from '#shared/domain/group-member.ts';
import { checkedRecord, type ItemShape } from '#store/table/checked-record.ts';
import type { Item } from '#store/table/item.ts';
import type { KeyDesign } from '#store/table/key-design.ts';
import type { Table } from '#store/table/table.ts';

/**
 * A group member's secret link (group page, members' feed, poll answers):
 *   PK = MEMBERLINK#<sha256(token)>, SK = MEMBERLINK
 * A member may hold several links: every e-mail that needs one mints its own, since only hashes are stored.
 */
export const memberLinkKey = (tokenHash: string) => ({ PK: `MEMBERLINK#${tokenHash}`, SK: 'MEMBERLINK' });

export const keyDesign: KeyDesign = [memberLinkKey('<sha256(token)>')];

export const MEMBER_LINK_TYPE = 'member-link';

type Named = Pick<GroupMember, 'eventId' | 'memberId'>;

/** The item of one link to a member. */
export function linkToMemberItem(member: Named, tokenHash: string, expiresAt: number): Item {
  return {
    ...memberLinkKey(tokenHash),
    type: MEMBER_LINK_TYPE,
    eventId: member.eventId,
    memberId: member.memberId,
    expiresAt,
  };
}

const shape: ItemShape<Named> = {
  type: MEMBER_LINK_TYPE,
  required: { eventId: 'string', memberId: 'string' },
};

/** The member a link names, if the link exists. */
export async function getMemberLink(table: Table, tokenHash: string): Promise<Named | undefined> {
  const { Item } = await table.doc.send(
    new GetCommand({ TableName: table.name, Key: memberLinkKey(tokenHash), ConsistentRead: true }),
  );
  return Item ? checkedRecord(Item, shape) : undefined;
}
