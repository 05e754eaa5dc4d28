import { hashEmail } from '#security/secret-token.ts';
import type { Member, MembershipRefusal, OrganiserRole } from '#shared/domain/organiser.ts';
import { listMembers, membershipItem, membershipKey } from '#store/entities/membership.ts';
import { ORGANISER_TYPE, organiserKey } from '#store/entities/organiser.ts';
import { cancellationReasons, sendTransaction } from '#store/table/send-transaction.ts';
import type { Table } from '#store/table/table.ts';
import type { TransactItem } from '#store/table/transact-item.ts';

/**
 * Organisers and their memberships (`entities/organiser.ts`, `entities/membership.ts`) as admins, the demo data and
 * the command line change them; "never the last admin" is a condition on another admin's membership.
 */

/**
 * Gives a person a role in an organisation, whatever they held before: for demo data, tests and the command line.
 * Admins take their people in and out through `addMember`, `changeMemberRole` and `removeMember`, which guard.
 */
export async function putOrganiser(table: Table, emailHash: string, member: Member): Promise<void> {
  await sendTransaction(table, {
    TransactItems: [profileWrite(table, emailHash, member, true), membershipPut(table, emailHash, member)],
  });
}

/** Adds a person to an organisation; refused when they already belong to it. */
export async function addMember(
  table: Table,
  member: Member,
  also: TransactItem[],
): Promise<MembershipRefusal | undefined> {
  const emailHash = hashEmail(member.email);
  const put = membershipPut(table, emailHash, member);
  return refusalOf(
    table,
    [
      profileWrite(table, emailHash, member, false),
      { Put: { ...put.Put, ConditionExpression: 'attribute_not_exists(PK)' } },
      ...also,
    ],
    1,
    'already-member',
  );
}

/**
 * Changes a member's role, on the condition that it is still the role the admin saw; taking the admin role from
 * someone also needs another admin to still be one, in the same transaction, so the last admin never goes.
 */
export async function changeMemberRole(
  table: Table,
  member: Member,
  newRole: OrganiserRole,
  also: TransactItem[],
): Promise<MembershipRefusal | undefined> {
  const guard = member.role === 'admin' && newRole !== 'admin' ? await otherAdminCheck(table, member) : [];
  if (!guard) return 'last-admin';
  return refusalOf(
    table,
    [
      {
        Update: {
          TableName: table.name,
          Key: membershipKey(hashEmail(member.email), member.organisationId),
          UpdateExpression: 'SET #role = :new',
          ConditionExpression: '#role = :old',
          ExpressionAttributeNames: { '#role': 'role' },
          ExpressionAttributeValues: { ':new': newRole, ':old': member.role },
        },
      },
      ...guard,
      ...also,
    ],
    0,
    'changed-meanwhile',
  );
}

/** Takes a person out of an organisation, under the same guards as a change of role. */
export async function removeMember(
  table: Table,
  member: Member,
  also: TransactItem[],
): Promise<MembershipRefusal | undefined> {
  const guard = member.role === 'admin' ? await otherAdminCheck(table, member) : [];
  if (!guard) return 'last-admin';
  return refusalOf(
    table,
    [
      {
        Delete: {
          TableName: table.name,
          Key: membershipKey(hashEmail(member.email), member.organisationId),
          ConditionExpression: '#role = :old',
          ExpressionAttributeNames: { '#role': 'role' },
          ExpressionAttributeValues: { ':old': member.role },
        },
      },
      ...guard,
      ...also,
    ],
    0,
    'changed-meanwhile',
  );
}

/**
 * A condition that some other member is an admin, or undefined when nobody else is. The list is read from the
 * index, which may lag; the condition itself is checked on the member's own item inside the transaction, so two
 * admins demoting each other at once cannot both succeed.
 */
async function otherAdminCheck(table: Table, member: Member): Promise<TransactItem[] | undefined> {
  const other = (await listMembers(table, member.organisationId)).find(
    (candidate) => candidate.role === 'admin' && candidate.email !== member.email,
  );
  if (!other) return undefined;
  return [
    {
      ConditionCheck: {
        TableName: table.name,
        Key: membershipKey(hashEmail(other.email), member.organisationId),
        ConditionExpression: '#role = :admin',
        ExpressionAttributeNames: { '#role': 'role' },
        ExpressionAttributeValues: { ':admin': 'admin' },
      },
    },
  ];
}

/** Runs a membership change; a failed condition on the membership (at `membershipAt`) is `refusal`. */
async function refusalOf(
  table: Table,
  items: TransactItem[],
  membershipAt: number,
  refusal: MembershipRefusal,
): Promise<MembershipRefusal | undefined> {
  try {
    await sendTransaction(table, { TransactItems: items });
    return undefined;
  } catch (error) {
    const reasons = cancellationReasons(error);
    if (!reasons) throw error;
    if (reasons[membershipAt] === 'ConditionalCheckFailed') return refusal;
    // Otherwise the other admin stopped being one, or another change held the items: nothing was written.
    return reasons.includes('ConditionalCheckFailed') ? 'last-admin' : 'changed-meanwhile';
  }
}

/** The person's profile: the name given first is kept, unless `rename`, so adding someone elsewhere renames no one. */
function profileWrite(table: Table, emailHash: string, member: Member, rename: boolean): TransactItem {
  return {
    Update: {
      TableName: table.name,
      Key: organiserKey(emailHash),
      UpdateExpression: rename
        ? 'SET #type = :type, email = :email, #name = :name REMOVE organisationId, #role'
        : 'SET #type = :type, email = :email, #name = if_not_exists(#name, :name)',
      ExpressionAttributeNames: { '#type': 'type', '#name': 'name', ...(rename ? { '#role': 'role' } : {}) },
      ExpressionAttributeValues: { ':type': ORGANISER_TYPE, ':email': member.email, ':name': member.name },
    },
  };
}

function membershipPut(table: Table, emailHash: string, member: Member) {
  return { Put: { TableName: table.name, Item: membershipItem(emailHash, member) } };
}
