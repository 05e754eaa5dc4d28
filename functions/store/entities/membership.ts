import type { Member } from '#shared/domain/organiser.ts';
import { checkedRecord, type ItemShape } from '#store/table/checked-record.ts';
import type { Item } from '#store/table/item.ts';
import type { KeyDesign } from '#store/table/key-design.ts';
import { queryAll } from '#store/table/query-all.ts';
import type { Table } from '#store/table/table.ts';
import { TABLE_LAYOUT } from '#store/table/table-layout.ts';
import { organiserPartition } from './organiser.ts';

/**
 * A person's membership of an organisation, in the person's partition (`organiser.ts`):
 *   PK = ORGANISER#<sha256(address)>, SK = MEMBER#<orgId>      the organisation and the role there
 *     GSI1PK = ORG#<orgId>#MEMBERS, GSI1SK = <sha256(address)>  so the organisation's people list is one Query
 */
const MEMBERSHIP_PREFIX = 'MEMBER#';
export const membershipKey = (emailHash: string, organisationId: string) => ({
  PK: organiserPartition(emailHash),
  SK: `${MEMBERSHIP_PREFIX}${organisationId}`,
});
const membersOf = (organisationId: string) => `ORG#${organisationId}#MEMBERS`;
export const membersListKey = (organisationId: string, emailHash: string) => ({
  GSI1PK: membersOf(organisationId),
  GSI1SK: emailHash,
});

export const keyDesign: KeyDesign = [
  {
    ...membershipKey('<sha256(address)>', '<orgId>'),
    gsi1: [membersListKey('<orgId>', '<sha256(address)>')],
  },
];

export const isMembershipItem = (item: Item) => String(item.SK).startsWith(MEMBERSHIP_PREFIX);

export function membershipItem(emailHash: string, member: Member): Item {
  return {
    ...membershipKey(emailHash, member.organisationId),
    ...membersListKey(member.organisationId, emailHash),
    type: 'membership',
    email: member.email,
    name: member.name,
    organisationId: member.organisationId,
    role: member.role,
  };
}

const shape: ItemShape<Member> = {
  type: 'membership',
  required: { email: 'string', name: 'string', organisationId: 'string', role: 'string' },
};
export const memberOf = (item: Item) => checkedRecord(item, shape);

/** The organisation's people, by name. */
export async function listMembers(table: Table, organisationId: string): Promise<Member[]> {
  const items = await queryAll(table, {
    IndexName: TABLE_LAYOUT.gsi1.name,
    KeyConditionExpression: 'GSI1PK = :members',
    ExpressionAttributeValues: { ':members': membersOf(organisationId) },
  });
  return items
    .map(memberOf)
    .sort((a, b) => a.name.localeCompare(b.name, 'sv') || a.email.localeCompare(b.email));
}
