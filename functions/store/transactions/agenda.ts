import { DeleteCommand } from '@aws-sdk/lib-dynamodb';
import type { Registration } from '#shared/domain/registration.ts';
import { pickItem, pickKey } from '#store/entities/agenda-pick.ts';
import { slotKey } from '#store/entities/programme-slot.ts';
import { registrationKey } from '#store/entities/registration.ts';
import { cancellationReasons, sendTransaction } from '#store/table/send-transaction.ts';
import type { Table } from '#store/table/table.ts';

/**
 * A participant's agenda (`entities/agenda-pick.ts`): a pick and the slot's `pickedCount` change together, so a
 * session with its own capacity is never overbooked.
 */

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
            Item: pickItem(eventId, { registrationId: id, slotId }, expiresAt),
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
