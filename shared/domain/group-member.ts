import type { Representation } from './application.ts';

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
