import type { AddOn } from '#shared/domain/add-on.ts';
import type { Item } from '#store/table/item.ts';
import type { KeyDesign } from '#store/table/key-design.ts';
import type { Table } from '#store/table/table.ts';
import type { TransactItem } from '#store/table/transact-item.ts';
import { eventPartition } from './event.ts';

/**
 * How many hold an add-on of an event, in the event's page collection (see `event.ts`):
 *   PK = EVENT#<eventId>, SK = #ADDON#<addOnId>   `taken`, and `capacity` when the add-on has one
 * The capacity is kept on the counter (written by the editor's save), so a sign-up's condition compares the count
 * with the capacity as it is now, not as the sign-up read it. Sign-ups, changes and cancellations move `taken` in
 * their own transaction.
 */
const ADD_ON_PREFIX = '#ADDON#';
export const addOnCounterKey = (eventId: string, addOnId: string) => ({
  PK: eventPartition(eventId),
  SK: `${ADD_ON_PREFIX}${addOnId}`,
});

export const keyDesign: KeyDesign = [addOnCounterKey('<id>', '<addOnId>')];

export const ADD_ON_COUNTER_TYPE = 'add-on-counter';

/** The add-on's id an item of the event's page counts, or undefined when it is no add-on counter. */
export function addOnCountOf(item: Item): { addOnId: string; taken: number } | undefined {
  const sk = String(item.SK ?? '');
  return sk.startsWith(ADD_ON_PREFIX)
    ? { addOnId: sk.slice(ADD_ON_PREFIX.length), taken: Number(item.taken ?? 0) }
    : undefined;
}

/**
 * `count` more hold each add-on (one for a sign-up; a delegation's members together, as one update, since a
 * transaction names an item once). One with a capacity is taken under the capacity the counter holds now: for one
 * place `taken < capacity`; for more, DynamoDB having no arithmetic in conditions, under the bound worked out from the
 * capacity read, which the counter must still hold. One read as unlimited is taken only while the counter holds no
 * capacity, so an organiser who set one meanwhile is not overtaken.
 */
export function takeAddOnItems(
  table: Table,
  eventId: string,
  takes: readonly { addOn: AddOn; count: number }[],
): TransactItem[] {
  return takes.map(({ addOn, count }) => {
    const { capacity } = addOn;
    const condition =
      capacity === undefined
        ? 'attribute_not_exists(#capacity)'
        : count === 1
          ? 'taken < #capacity'
          : '#capacity = :capacity AND taken <= :limit';
    return {
      Update: {
        TableName: table.name,
        Key: addOnCounterKey(eventId, addOn.id),
        UpdateExpression: 'SET #type = :type ADD taken :count',
        ConditionExpression: condition,
        ExpressionAttributeNames: { '#type': 'type', '#capacity': 'capacity' },
        ExpressionAttributeValues: {
          ':type': ADD_ON_COUNTER_TYPE,
          ':count': count,
          ...(capacity !== undefined && count > 1
            ? { ':capacity': capacity, ':limit': capacity - count }
            : {}),
        },
      },
    };
  });
}

/** One fewer holds each of `addOnIds`: a cancellation, or an add-on given up on the manage page. */
export function releaseAddOnItems(
  table: Table,
  eventId: string,
  addOnIds: readonly string[],
): TransactItem[] {
  return addOnIds.map((addOnId) => ({
    Update: {
      TableName: table.name,
      Key: addOnCounterKey(eventId, addOnId),
      UpdateExpression: 'ADD taken :minusOne',
      ExpressionAttributeValues: { ':minusOne': -1 },
    },
  }));
}

/**
 * The editor's save of an add-on's capacity: set (never below those who hold it) or removed. The counter is made
 * here when it is new, with `taken` at 0, so a sign-up's `taken < capacity` has a count to compare.
 */
export function addOnCapacityItem(
  table: Table,
  eventId: string,
  addOnId: string,
  capacity: number | undefined,
): TransactItem {
  const base = {
    TableName: table.name,
    Key: addOnCounterKey(eventId, addOnId),
    ExpressionAttributeNames: { '#type': 'type', '#capacity': 'capacity' },
  };
  return capacity === undefined
    ? {
        Update: {
          ...base,
          UpdateExpression: 'SET #type = :type ADD taken :zero REMOVE #capacity',
          ExpressionAttributeValues: { ':type': ADD_ON_COUNTER_TYPE, ':zero': 0 },
        },
      }
    : {
        Update: {
          ...base,
          UpdateExpression: 'SET #type = :type, #capacity = :capacity ADD taken :zero',
          ConditionExpression: 'attribute_not_exists(taken) OR taken <= :capacity',
          ExpressionAttributeValues: { ':type': ADD_ON_COUNTER_TYPE, ':capacity': capacity, ':zero': 0 },
        },
      };
}

/** A new event's counters, one per add-on with a capacity: written with the event (a draft, the demo data). */
export function addOnCounterItems(eventId: string, addOns: readonly AddOn[] | undefined): Item[] {
  return (addOns ?? []).flatMap((addOn) =>
    addOn.capacity === undefined
      ? []
      : [
          {
            ...addOnCounterKey(eventId, addOn.id),
            type: ADD_ON_COUNTER_TYPE,
            taken: 0,
            capacity: addOn.capacity,
          },
        ],
  );
}
