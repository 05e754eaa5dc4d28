import type { EventRecord } from '#shared/domain/event.ts';
import type { GroupMember } from '#shared/domain/group-member.ts';
import { type Meeting, meetingSequence } from '#shared/domain/meeting.ts';

/**
 * The outbox id of one member's message about one version of a meeting, the version calendars hold (a cancelled
 * group's meetings are one version on): whoever sends it (the welcome, a newly dated meeting, a move, the group's
 * cancellation), the same version reaches each member once.
 */
export const meetingInviteId = (
  group: Pick<EventRecord, 'id' | 'status'>,
  meeting: Meeting,
  member: Pick<GroupMember, 'memberId'>,
) =>
  `meeting:${group.id}:${String(meeting.number).padStart(2, '0')}:${meetingSequence(meeting, group)}:${member.memberId}`;
