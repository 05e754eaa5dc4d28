import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { GroupMember } from '#shared/domain/group-member.ts';
import { recordOf } from './table/item.ts';
import { queryAll } from './table/query-all.ts';
import type { Table } from './table/table.ts';

/**
 * The members of a working group and their secret links:
 *   PK = EVENT#<eventId>, SK = MEMBER#<memberId>              one per member of a selected municipality
 *   PK = MEMBERLINK#<sha256(token)>, SK = MEMBERLINK          a member's link (group page, feed, poll answers)
 * A member may hold several links: every e-mail that needs one mints its own, since only hashes are stored.
 * Both expire with the rest of the event's personal data.
 */
const memberKey = (eventId: string, memberId: string) => ({
  PK: `EVENT#${eventId}`,
  SK: `MEMBER#${memberId}`,
});
const memberLinkKey = (tokenHash: string) => ({ PK: `MEMBERLINK#${tokenHash}`, SK: 'MEMBERLINK' });

/** A transaction element that adds a member; the condition keeps a fan-out run twice from writing it twice. */
export function groupMemberItem(table: Table, member: GroupMember, expiresAt: number) {
  return {
    Put: {
      TableName: table.name,
      Item: { ...memberKey(member.eventId, member.memberId), type: 'group-member', ...member, expiresAt },
      ConditionExpression: 'attribute_not_exists(PK)',
    },
  };
}

/** A transaction element that gives a member one more link. */
export function memberLinkItem(table: Table, member: GroupMember, tokenHash: string, expiresAt: number) {
  return {
    Put: {
      TableName: table.name,
      Item: {
        ...memberLinkKey(tokenHash),
        type: 'member-link',
        eventId: member.eventId,
        memberId: member.memberId,
        expiresAt,
      },
    },
  };
}

export async function listGroupMembers(table: Table, eventId: string): Promise<GroupMember[]> {
  const items = await queryAll(table, {
    KeyConditionExpression: 'PK = :pk AND begins_with(SK, :members)',
    ExpressionAttributeValues: { ':pk': `EVENT#${eventId}`, ':members': 'MEMBER#' },
    ConsistentRead: true,
  });
  return items.map((item) => recordOf<GroupMember>(item));
}

export async function getGroupMember(
  table: Table,
  eventId: string,
  memberId: string,
): Promise<GroupMember | undefined> {
  const { Item } = await table.doc.send(
    new GetCommand({ TableName: table.name, Key: memberKey(eventId, memberId), ConsistentRead: true }),
  );
  return Item ? recordOf<GroupMember>(Item) : undefined;
}

/** The member a link opens; undefined for a link that never existed or has expired. */
export async function groupMemberByLink(table: Table, tokenHash: string): Promise<GroupMember | undefined> {
  const { Item: link } = await table.doc.send(
    new GetCommand({ TableName: table.name, Key: memberLinkKey(tokenHash), ConsistentRead: true }),
  );
  if (!link) return undefined;
  return getGroupMember(table, String(link.eventId), String(link.memberId));
}
