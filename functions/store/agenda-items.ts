import { DeleteCommand, GetCommand } from '@aws-sdk/lib-dynamodb';
import type { Registration } from '#shared/domain/registration.ts';
import { slotKey } from './event-items.ts';
import { getRegistration, registrationKey, withoutSecret } from './registration-items.ts';
import { queryAll } from './table/query-all.ts';
import { cancellationReasons, sendTransaction } from './table/send-transaction.ts';
import type { Table } from './table/table.ts';

/**
 * A participant's agenda: the sessions they picked, and the secret feed that shows them.
 *   PK = EVENT#<eventId>, SK = PICK#<registrationId>#<slotId>   one picked session
 *   PK = FEED#<sha256(token)>, SK = FEED                        the agenda feed's secret, pointing at the registration
 * A session with its own capacity counts its picks on the slot item (`pickedCount`), under the same kind of
 * condition as the event's seats.
 */
const pickKey = (eventId: string, registrationId: string, slotId: string) => ({
  PK: `EVENT#${eventId}`,
  SK: `PICK#${registrationId}#${slotId}`,
});
export const feedKey = (tokenHash: string) => ({ PK: `FEED#${tokenHash}`, SK: 'FEED' });

export function feedItem(
  tokenHash: string,
  registration: Pick<Registration, 'eventId' | 'id'>,
  expiresAt: number,
) {
  return {
    ...feedKey(tokenHash),
    type: 'feed',
    eventId: registration.eventId,
    registrationId: registration.id,
    expiresAt,
  };
}

export async function pickedSlotIds(
  table: Table,
  eventId: string,
  registrationId: string,
): Promise<string[]> {
  const items = await queryAll(table, {
    KeyConditionExpression: 'PK = :pk AND begins_with(SK, :picks)',
    ExpressionAttributeValues: { ':pk': `EVENT#${eventId}`, ':picks': `PICK#${registrationId}#` },
    ConsistentRead: true,
  });
  return items.map((item) => String(item.slotId));
}

export type PickResult = 'picked' | 'full' | 'not-confirmed';

/** Adds a session to a confirmed participant's agenda, if the session has room. */
export async function pickSlot(
  table: Table,
  registration: Registration,
  slotId: string,
  expiresAt: number,
): Promise<PickResult> {
  const { eventId, id } = registration;
  try {
    await sendTransaction(table, {
      TransactItems: [
        {
          ConditionCheck: {
            TableName: table.name,
            Key: registrationKey(eventId, id),
            ConditionExpression: '#status = :confirmed',
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: { ':confirmed': 'confirmed' },
          },
        },
        {
          Update: {
            TableName: table.name,
            Key: slotKey(eventId, slotId),
            UpdateExpression: 'ADD pickedCount :one',
            ConditionExpression:
              'attribute_exists(PK) AND (attribute_not_exists(#capacity) OR attribute_not_exists(pickedCount) OR pickedCount < #capacity)',
            ExpressionAttributeNames: { '#capacity': 'capacity' },
            ExpressionAttributeValues: { ':one': 1 },
          },
        },
        {
          Put: {
            TableName: table.name,
            Item: { ...pickKey(eventId, id, slotId), type: 'pick', registrationId: id, slotId, expiresAt },
            ConditionExpression: 'attribute_not_exists(PK)',
          },
        },
      ],
    });
    return 'picked';
  } catch (error) {
    const reasons = cancellationReasons(error);
    if (!reasons) throw error;
    if (reasons[0] === 'ConditionalCheckFailed') return 'not-confirmed';
    if (reasons[1] === 'ConditionalCheckFailed') return 'full';
    return 'picked';
  }
}

/** The transaction elements that take one session off an agenda and give its place back. */
export function unpickItems(table: Table, eventId: string, registrationId: string, slotId: string) {
  return [
    {
      Delete: {
        TableName: table.name,
        Key: pickKey(eventId, registrationId, slotId),
        ConditionExpression: 'attribute_exists(PK)',
      },
    },
    {
      Update: {
        TableName: table.name,
        Key: slotKey(eventId, slotId),
        UpdateExpression: 'ADD pickedCount :minusOne',
        ConditionExpression: 'attribute_exists(PK)',
        ExpressionAttributeValues: { ':minusOne': -1 },
      },
    },
  ];
}

export async function unpickSlot(
  table: Table,
  eventId: string,
  registrationId: string,
  slotId: string,
): Promise<void> {
  try {
    await sendTransaction(table, { TransactItems: unpickItems(table, eventId, registrationId, slotId) });
  } catch (error) {
    // Already off the agenda (or the session was removed from the programme): nothing to give back.
    if (!cancellationReasons(error)) throw error;
  }
}

/** The registration a feed URL belongs to. */
export async function registrationByFeedToken(
  table: Table,
  tokenHash: string,
): Promise<Registration | undefined> {
  const { Item } = await table.doc.send(new GetCommand({ TableName: table.name, Key: feedKey(tokenHash) }));
  if (!Item) return undefined;
  const registration = await getRegistration(table, String(Item.eventId), String(Item.registrationId));
  if (!registration) return undefined;
  return withoutSecret(registration);
}

/** Every pick in an event, to find who has a changed session on their agenda. */
export async function picksOfEvent(
  table: Table,
  eventId: string,
): Promise<{ registrationId: string; slotId: string }[]> {
  const items = await queryAll(table, {
    KeyConditionExpression: 'PK = :pk AND begins_with(SK, :picks)',
    ExpressionAttributeValues: { ':pk': `EVENT#${eventId}`, ':picks': 'PICK#' },
  });
  return items.map((item) => ({ registrationId: String(item.registrationId), slotId: String(item.slotId) }));
}

/** Forgets a pick of a session that left the programme; there is no session left to give the place back to. */
export async function forgetPick(
  table: Table,
  eventId: string,
  registrationId: string,
  slotId: string,
): Promise<void> {
  await table.doc.send(
    new DeleteCommand({ TableName: table.name, Key: pickKey(eventId, registrationId, slotId) }),
  );
}
