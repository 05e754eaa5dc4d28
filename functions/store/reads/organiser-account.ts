import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { Membership } from '#shared/domain/organiser.ts';
import { isMembershipItem, memberOf } from '#store/entities/membership.ts';
import { isOrganiserProfile, organiserPartition, organiserProfileOf } from '#store/entities/organiser.ts';
import type { Table } from '#store/table/table.ts';

export interface OrganiserAccount {
  email: string;
  name: string;
  memberships: Membership[];
}

/** The person behind an address hash with every membership, in organisation order; undefined without any. */
export async function getOrganiserAccount(
  table: Table,
  emailHash: string,
): Promise<OrganiserAccount | undefined> {
  const { Items = [] } = await table.doc.send(
    new QueryCommand({
      TableName: table.name,
      KeyConditionExpression: 'PK = :pk',
      ExpressionAttributeValues: { ':pk': organiserPartition(emailHash) },
      ConsistentRead: true,
    }),
  );
  const memberships = Items.filter(isMembershipItem)
    .map(memberOf)
    .map(({ organisationId, role }) => ({ organisationId, role }))
    .sort((a, b) => a.organisationId.localeCompare(b.organisationId));
  const profile = Items.find(isOrganiserProfile);
  if (!profile || memberships.length === 0) return undefined;
  const { email, name } = organiserProfileOf(profile);
  return { email, name, memberships };
}
