import type { GroupMember } from '#shared/domain/group-member.ts';
import { memberItem } from '#store/entities/group-member.ts';
import { linkToMemberItem } from '#store/entities/member-link.ts';
import type { Table } from '#store/table/table.ts';

/** A transaction element that adds a member; the condition keeps a fan-out run twice from writing it twice. */
export function groupMemberItem(table: Table, member: GroupMember, expiresAt: number) {
  return {
    Put: {
      TableName: table.name,
      Item: memberItem(member, expiresAt),
      ConditionExpression: 'attribute_not_exists(PK)',
    },
  };
}

/** A transaction element that gives a member one more link. */
export function memberLinkItem(table: Table, member: GroupMember, tokenHash: string, expiresAt: number) {
  return {
    Put: {
      TableName: table.name,
      Item: linkToMemberItem(member, tokenHash, expiresAt),
    },
  };
}
