import type { DatePoll } from '#shared/domain/date-poll.ts';
import { DATE_POLL_TYPE, pollOf } from '#store/entities/date-poll.ts';
import { MEETING_NOTICES_PENDING, type StoredMeeting, storedMeetingOf } from '#store/entities/meeting.ts';
import { queryAll } from '#store/table/query-all.ts';
import type { Table } from '#store/table/table.ts';
import { TABLE_LAYOUT } from '#store/table/table-layout.ts';

export type AwaitingMemberNotice = { poll: DatePoll } | { stored: StoredMeeting };

/** Meetings and date polls whose members have not all been told yet: the list both share on GSI1. */
export async function awaitingMemberNotices(table: Table): Promise<AwaitingMemberNotice[]> {
  const items = await queryAll(table, {
    IndexName: TABLE_LAYOUT.gsi1.name,
    KeyConditionExpression: 'GSI1PK = :pending',
    ExpressionAttributeValues: { ':pending': MEETING_NOTICES_PENDING },
  });
  return items.map((item) =>
    item.type === DATE_POLL_TYPE ? { poll: pollOf(item) } : { stored: storedMeetingOf(item) },
  );
}
