import type { AppContext } from '#context/app-context.ts';
import { hashEmail } from '#security/secret-token.ts';
import type { Member, MembershipRefusal, Organiser, OrganiserRole } from '#shared/domain/organiser.ts';
import { listMembers } from '#store/entities/membership.ts';
import { addMember, changeMemberRole, removeMember } from '#store/transactions/organiser-accounts.ts';
import { auditWrites } from './audit-trail.ts';

/**
 * An admin's changes to the people of the organisation they act for, each written together with its audit entry.
 * People are named in paths by the hash of their address, never the address itself.
 */
export type PeopleChange =
  | { ok: true; member: Member }
  | { ok: false; refusal: MembershipRefusal; member?: Member };

const memberChange = (member: Member, action: 'member-added' | 'member-role-changed' | 'member-removed') => ({
  action,
  target: { kind: 'member' as const, id: hashEmail(member.email), label: `${member.name} <${member.email}>` },
  ...(action === 'member-removed' ? {} : { detail: member.role }),
});

export async function addPerson(
  context: AppContext,
  admin: Organiser,
  person: Omit<Member, 'organisationId'>,
): Promise<PeopleChange> {
  const member: Member = { ...person, organisationId: admin.organisationId };
  const refusal = await addMember(
    context.table,
    member,
    await auditWrites(context, admin, memberChange(member, 'member-added')),
  );
  return refusal ? { ok: false, refusal } : { ok: true, member };
}

export async function changeRole(
  context: AppContext,
  admin: Organiser,
  member: Member,
  role: OrganiserRole,
): Promise<PeopleChange> {
  const changed = { ...member, role };
  const refusal = await changeMemberRole(
    context.table,
    member,
    role,
    await auditWrites(context, admin, memberChange(changed, 'member-role-changed')),
  );
  return refusal ? { ok: false, refusal, member } : { ok: true, member: changed };
}

export async function removePerson(
  context: AppContext,
  admin: Organiser,
  member: Member,
): Promise<PeopleChange> {
  const refusal = await removeMember(
    context.table,
    member,
    await auditWrites(context, admin, memberChange(member, 'member-removed')),
  );
  return refusal ? { ok: false, refusal, member } : { ok: true, member };
}

/** A member of the organisation, named by the hash of their address as paths name them. */
export async function memberByKey(
  context: AppContext,
  organisationId: string,
  memberHash: string,
): Promise<Member | undefined> {
  return (await listMembers(context.table, organisationId)).find(
    (member) => hashEmail(member.email) === memberHash,
  );
}
