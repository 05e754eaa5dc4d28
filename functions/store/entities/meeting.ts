import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { Meeting } from '#shared/domain/meeting.ts';
import type { MeetingInviteKind } from '#shared/mail/meeting-invite-mail.ts';
import { checkedRecord, type ItemShape } from '#store/table/checked-record.ts';
import type { Item } from '#store/table/item.ts';
import type { KeyDesign, KeyPlaceholder } from '#store/table/key-design.ts';
import type { Table } from '#store/table/table.ts';
import { eventPartition } from './event.ts';

/**
 * A working group's meeting lives in its event's page collection (PK = EVENT#<id>, SK = #MEETING#<nn>, see
 * event.ts). While the members have not all been told of its latest change it also carries
 *   noticePending = scheduled | moved | cancelled,  GSI1PK = MEETING-NOTICES#pending,  GSI1SK = <eventId>#MEETING#<nn>
 * so the scheduled jobs find a fan-out that was cut short. Date polls awaiting their invitations share that list.
 */
export const MEETING_NOTICES_PENDING = 'MEETING-NOTICES#pending';
/** Meeting and poll numbers take two digits in keys, so they sort in order. */
export const twoDigits = (number: number | KeyPlaceholder) => String(number).padStart(2, '0');
const meetingSortKey = (number: number | KeyPlaceholder) => `#MEETING#${twoDigits(number)}`;
export const meetingKey = (eventId: string, number: number | KeyPlaceholder) => ({
  PK: eventPartition(eventId),
  SK: meetingSortKey(number),
});
export const meetingNoticeKey = (eventId: string, number: number | KeyPlaceholder) => ({
  GSI1PK: MEETING_NOTICES_PENDING,
  GSI1SK: `${eventId}${meetingSortKey(number)}`,
});

export const keyDesign: KeyDesign = [
  { ...meetingKey('<id>', '<nn>'), gsi1: [meetingNoticeKey('<eventId>', '<nn>')] },
];

export const MEETING_TYPE = 'meeting';

export interface StoredMeeting {
  meeting: Meeting;
  noticePending?: MeetingInviteKind;
}

/** The meeting's item, marked while a notice of its change is still to be queued. */
export function storedMeetingItem({ meeting, noticePending }: StoredMeeting): Item {
  return {
    ...meetingKey(meeting.eventId, meeting.number),
    type: MEETING_TYPE,
    ...meeting,
    ...(noticePending ? { noticePending, ...meetingNoticeKey(meeting.eventId, meeting.number) } : {}),
  };
}

/** A meeting item may carry `noticePending`, which is bookkeeping, not part of the meeting. */
const shape: ItemShape<Meeting> = {
  type: MEETING_TYPE,
  required: { eventId: 'string', number: 'number', venue: 'map', sequence: 'number' },
  optional: { startsAt: 'string', endsAt: 'string', cancelled: 'boolean' },
  hidden: ['noticePending'],
};
export const meetingOf = (item: Item) => checkedRecord(item, shape);

export function storedMeetingOf(item: Item): StoredMeeting {
  const noticePending = item.noticePending as MeetingInviteKind | undefined;
  return { meeting: meetingOf(item), ...(noticePending ? { noticePending } : {}) };
}

export async function getMeeting(
  table: Table,
  eventId: string,
  number: number,
): Promise<StoredMeeting | undefined> {
  const { Item } = await table.doc.send(
    new GetCommand({ TableName: table.name, Key: meetingKey(eventId, number), ConsistentRead: true }),
  );
  return Item ? storedMeetingOf(Item) : undefined;
}
