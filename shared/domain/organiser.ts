/**
 * A person who runs events, as a member of one or more organisations with a role in each. Viewers read; editors
 * also change events and registrations; admins also manage the organisation's people and settings.
 */
export const ORGANISER_ROLES = ['admin', 'editor', 'viewer'] as const;

export type OrganiserRole = (typeof ORGANISER_ROLES)[number];

/** Why a change to an organisation's people was refused: the admins' page says it in words. */
export type MembershipRefusal = 'already-member' | 'not-member' | 'last-admin' | 'changed-meanwhile';

/** One organisation a person organises for, with their role there. */
export interface Membership {
  organisationId: string;
  role: OrganiserRole;
}

/** A member of an organisation as its people list shows them. */
export interface Member extends Membership {
  email: string;
  name: string;
}

/**
 * The signed-in organiser, acting for one of their organisations at a time (`organisationId`, with their `role`
 * there); `memberships` are all of them, to switch between.
 */
export interface Organiser extends Member {
  memberships: Membership[];
}

export function mayChangeRegistrations(role: OrganiserRole): boolean {
  return role === 'admin' || role === 'editor';
}

export function mayManageOrganisation(role: OrganiserRole): boolean {
  return role === 'admin';
}
