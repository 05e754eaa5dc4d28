import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { GroupMember } from '#shared/domain/group-member.ts';
import { checkedRecord, type ItemShape } from '#store/table/checked-record.ts';
import type { Item } from '#store/table/item.ts';
import type { KeyDesign } from '#store/table/key-design.ts';
import { queryAll } from '#store/table/query-all.ts';
import type { Table } from '#store/table/table.ts';
import { eventPartition } from './event.ts';

/**
 * A member of a working group, from a selected municipality, once the decisions are sent (their secret links are
 * `member-link.ts`):
 *   PK = EVENT#<eventId>, SK = MEMBER#<memberId>     memberId = <kommunkod>-<n>
 * It expires with the rest of the event's personal data.
 */
const MEMBER_PREFIX = 'MEMBER#';
export const groupMemberKey = (eventId: string, memberId: string) => ({
  PK: eventPartition(eventId),
  SK: `${MEMBER_PREFIX}${memberId}`,
});

export const keyDesign: KeyDesign = [groupMemberKey('<id>', '<kommunkod>-<n>')];

export const GROUP_MEMBER_TYPE = 'group-member';

export function memberItem(member: GroupMember, expiresAt: number): Item {
  return {
    ...groupMemberKey(member.eventId, member.memberId),
    type: GROUP_MEMBER_TYPE,
    ...member,
    expiresAt,
  };
}

const shape: ItemShape<GroupMember> = {
  type: GROUP_MEMBER_TYPE,
  required: {
    eventId: 'string',
    memberId: 'string',
    municipalityCode: 'string',
    name: 'string',
    email: 'string',
  },
};
const groupMemberOf = (item: Item) => checkedRecord(item, shape);

export async function listGroupMembers(table: Table, eventId: string): Promise<GroupMember[]> {
  const items = await queryAll(table, {
    KeyConditionExpression: 'PK = :pk AND begins_with(SK, :members)',
    ExpressionAttributeValues: { ':pk': eventPartition(eventId), ':members': MEMBER_PREFIX },
    ConsistentRead: true,
  });
  return items.map(groupMemberOf);
}

export async function getGroupMember(
  table: Table,
  eventId: string,
  memberId: string,
): Promise<GroupMember | undefined> {
  const { Item } = await table.doc.send(
    new GetCommand({ TableName: table.name, Key: groupMemberKey(eventId, memberId), ConsistentRead: true }),
  );
  return Item ? groupMemberOf(Item) : undefined;
}
