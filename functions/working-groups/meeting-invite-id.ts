import type { GroupMember } from '../../shared/domain/group-member.ts';
import type { Meeting } from '../../shared/domain/meeting.ts';

/**
 * The outbox id of one member's invite to one version of a meeting: whoever sends it (the welcome, a newly dated
 * meeting, a move), the same version reaches each member once.
 */
export const meetingInviteId = (
  eventId: string,
  meeting: Pick<Meeting, 'number' | 'sequence'>,
  member: Pick<GroupMember, 'memberId'>,
) => `meeting:${eventId}:${String(meeting.number).padStart(2, '0')}:${meeting.sequence}:${member.memberId}`;
