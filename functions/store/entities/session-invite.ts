import { checkedRecord, type ItemShape } from '#store/table/checked-record.ts';
import type { Item } from '#store/table/item.ts';
import type { KeyDesign } from '#store/table/key-design.ts';
import { queryAll } from '#store/table/query-all.ts';
import type { Table } from '#store/table/table.ts';
import type { TransactItem } from '#store/table/transact-item.ts';
import { eventPartition } from './event.ts';

/**
 * That a participant holds a session's invite in their calendar: they were sent its REQUEST (when a session on their
 * agenda changed) and not yet its CANCEL. Whoever withdraws the session from them (its removal, the event's or their
 * registration's cancellation) sends the CANCEL and deletes this in one transaction. Taking the session off their
 * agenda leaves it: the invite is still in their calendar. Kept beside the picks, erased with them:
 *   PK = EVENT#<eventId>, SK = INVITE#<registrationId>#<slotId>
 */
const INVITE_PREFIX = 'INVITE#';
export const sessionInviteKey = (eventId: string, registrationId: string, slotId: string) => ({
  PK: eventPartition(eventId),
  SK: `${INVITE_PREFIX}${registrationId}#${slotId}`,
});

export const keyDesign: KeyDesign = [sessionInviteKey('<id>', '<registrationId>', '<slotId>')];

export interface SessionInvite {
  eventId: string;
  registrationId: string;
  slotId: string;
}

const SESSION_INVITE_TYPE = 'session-invite';

/** The transaction element that records an invite sent; a second REQUEST for the same session leaves it as it is. */
export function sessionInviteHeld(table: Table, invite: SessionInvite, expiresAt: number): TransactItem {
  return {
    Put: {
      TableName: table.name,
      Item: {
        ...sessionInviteKey(invite.eventId, invite.registrationId, invite.slotId),
        type: SESSION_INVITE_TYPE,
        ...invite,
        expiresAt,
      },
    },
  };
}

/** The transaction element that forgets an invite once its CANCEL is queued. */
export function sessionInviteWithdrawn(table: Table, invite: SessionInvite): TransactItem {
  return {
    Delete: {
      TableName: table.name,
      Key: sessionInviteKey(invite.eventId, invite.registrationId, invite.slotId),
    },
  };
}

const shape: ItemShape<SessionInvite> = {
  type: SESSION_INVITE_TYPE,
  required: { eventId: 'string', registrationId: 'string', slotId: 'string' },
};
const sessionInviteOf = (item: Item): SessionInvite => {
  const { eventId, registrationId, slotId } = checkedRecord(item, shape);
  return { eventId, registrationId, slotId };
};

/** The session invites one participant holds, or all of the event's, strongly read. */
export async function heldSessionInvites(
  table: Table,
  eventId: string,
  registrationId?: string,
): Promise<SessionInvite[]> {
  const items = await queryAll(table, {
    KeyConditionExpression: 'PK = :pk AND begins_with(SK, :invites)',
    ExpressionAttributeValues: {
      ':pk': eventPartition(eventId),
      ':invites': registrationId === undefined ? INVITE_PREFIX : `${INVITE_PREFIX}${registrationId}#`,
    },
    ConsistentRead: true,
  });
  return items.map(sessionInviteOf);
}
