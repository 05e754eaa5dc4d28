import type { Application, Representation } from './application.ts';

/**
 * A member of a working group: someone named in a selected municipality's application, from the moment the
 * organisers' decisions are sent. Meeting invites, the members' series feed with the digital link, and date polls
 * go to group members only.
 */
export interface GroupMember {
  eventId: string;
  /** `<kommunkod>-<n>`: the municipality and the member's place in its application when decisions were sent. */
  memberId: string;
  municipalityCode: string;
  municipality: string;
  name: string;
  email: string;
  title: string;
  representation: Representation;
}

/** The people of an application as members of the group, in the order the application names them. */
export function membersOfApplication(application: Application): GroupMember[] {
  return application.members.map((member, n) => ({
    ...member,
    eventId: application.eventId,
    memberId: `${application.municipalityCode}-${n + 1}`,
    municipalityCode: application.municipalityCode,
    municipality: application.municipality,
  }));
}
