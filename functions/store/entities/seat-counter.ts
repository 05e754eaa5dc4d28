import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { RegistrationStatus } from '#shared/domain/registration.ts';
import { checkedRecord, type ItemShape } from '#store/table/checked-record.ts';
import type { Item } from '#store/table/item.ts';
import type { KeyDesign } from '#store/table/key-design.ts';
import type { Table } from '#store/table/table.ts';
import { eventPartition } from './event.ts';

/**
 * An event's seats, in a small item of their own beside the event:
 *   PK = EVENT#<id>, SK = #SEATS   `capacity` (the editor's, copied by its save), `confirmedCount`, `waitingCount`,
 *                                  `waitingTickets` and `waitingDepartures` (the waiting list's order),
 *                                  `eventVersion`: the version of the published event the counter vouches for, and
 *                                  `offeredCount`, `cancelledCount`, `statusesCounted` (the counts by status, below)
 * Every sign-up, cancellation and promotion writes it, so it is kept well under 1 KB (2 write units in a transaction)
 * and carries no GSI keys: the event item, which holds all of the event's texts and is listed in GSI1, is written only
 * when organisers change the event. Its sort key starts with '#', so the event page's Query reads it with the event.
 *
 * A sign-up takes its seat under `eventVersion = <the version of the event it was worked out from>`, so the one item
 * it must write anyway also proves its copy of the event current, and the 2.3 KB event item stays out of the
 * transaction. That holds because every write of the event's version or status writes `eventVersion` in the same
 * transaction: the editor's save sets the version it saves (`transactions/event-changes.ts`); any other (publishing, seats added
 * by a promotion, applications closed by the decisions, the event cancelled) removes it (`EVENT_VERSION_FORGOTTEN`),
 * and the next sign-up vouches for the event as it finds it (`vouchForEvent` in `transactions/sign-up.ts`). Deadlines
 * and published state are the event's at that version: a version is never reused.
 */
const SEATS = '#SEATS';
export const seatCounterKey = (eventId: string) => ({ PK: eventPartition(eventId), SK: SEATS });

export const keyDesign: KeyDesign = [seatCounterKey('<id>')];

export const SEAT_COUNTER_TYPE = 'seat-counter';

/** A new event's counter: nobody seated or waiting, under the event's capacity (none: no limit). */
export function seatCounterItem(eventId: string, capacity: number | undefined): Item {
  return {
    ...seatCounterKey(eventId),
    type: SEAT_COUNTER_TYPE,
    confirmedCount: 0,
    waitingCount: 0,
    ...(capacity === undefined ? {} : { capacity }),
    ...STATUS_COUNTS_FROM_START,
  };
}

/**
 * The condition under which one more seat may be taken (names `#capacity`): compared with the capacity stored on the
 * counter, not one a request read, since an organiser may change it. A missing counter takes nobody.
 */
export const SEAT_FREE =
  'attribute_exists(PK) AND (attribute_not_exists(#capacity) OR confirmedCount < #capacity)';

/** The sign-up's proof that its copy of the event is the stored one (names `:eventVersion`). */
export const EVENT_AS_READ = 'eventVersion = :eventVersion';

/** The version the counter vouches for; an event stored without one is at version 0. */
export const vouchedVersion = (event: { version?: number }) => event.version ?? 0;

/** For a write that changes the event's version or status without knowing the version it leaves (an update clause). */
export const EVENT_VERSION_FORGOTTEN = 'REMOVE eventVersion';

/**
 * The counter's element in such a write's transaction, where the write does not update the counter otherwise. It
 * never makes a counter: one made by an update would hold no capacity, and seat everyone.
 */
export const eventVersionForgotten = (table: Table, eventId: string) => ({
  Update: {
    TableName: table.name,
    Key: seatCounterKey(eventId),
    UpdateExpression: EVENT_VERSION_FORGOTTEN,
    ConditionExpression: 'attribute_exists(PK)',
  },
});

export interface SeatCounter {
  capacity?: number;
  /** Absent until a sign-up vouches for the published event, and after any change but the editor's. */
  eventVersion?: number;
  confirmedCount: number;
  waitingCount: number;
  waitingTickets: number;
  waitingDepartures: number;
}

const shape: ItemShape<Partial<SeatCounter>> = {
  type: SEAT_COUNTER_TYPE,
  required: {},
  optional: {
    capacity: 'number',
    eventVersion: 'number',
    confirmedCount: 'number',
    waitingCount: 'number',
    waitingTickets: 'number',
    waitingDepartures: 'number',
  },
};

export function seatCounterOf(item: Item | undefined): SeatCounter {
  const counter = item ? checkedRecord(item, shape) : {};
  return {
    ...(counter.capacity === undefined ? {} : { capacity: counter.capacity }),
    ...(counter.eventVersion === undefined ? {} : { eventVersion: counter.eventVersion }),
    confirmedCount: counter.confirmedCount ?? 0,
    waitingCount: counter.waitingCount ?? 0,
    waitingTickets: counter.waitingTickets ?? 0,
    waitingDepartures: counter.waitingDepartures ?? 0,
  };
}

/** The counter in DynamoDB's wire form, as a refused transaction hands it back: numbers only, so read here. */
export function seatCounterOfWire(item: Record<string, AttributeValue> | undefined): SeatCounter | undefined {
  if (!item) return undefined;
  const number = (name: string) => (item[name]?.N === undefined ? undefined : Number(item[name].N));
  return seatCounterOf({
    type: SEAT_COUNTER_TYPE,
    ...Object.fromEntries(
      [
        'capacity',
        'eventVersion',
        'confirmedCount',
        'waitingCount',
        'waitingTickets',
        'waitingDepartures',
      ].flatMap((name) => {
        const value = number(name);
        return value === undefined ? [] : [[name, value]];
      }),
    ),
  });
}

/** The counter as it stands now, strongly read: what a refused transaction met. */
export async function seatCounterNow(table: Table, eventId: string): Promise<SeatCounter> {
  const { Item } = await table.doc.send(
    new GetCommand({ TableName: table.name, Key: seatCounterKey(eventId), ConsistentRead: true }),
  );
  return seatCounterOf(Item);
}

/**
 * The counts by status the organisers' pages show, kept by the same writes as the seats: `offeredCount` (offers are
 * also in `confirmedCount`, since an offer holds a seat) and `cancelledCount`; a registration erased leaves them.
 * `statusesCounted` says the counts started with the counter. A counter made before them lacks it: the writes still
 * `ADD` to it (so the attributes appear, counting only the changes since), and readers count the registrations
 * instead. Erasing an event's personal data removes it, since what is counted is then gone.
 */
const STATUS_COUNTS_FROM_START = { offeredCount: 0, cancelledCount: 0, statusesCounted: true };

/** For a write after which the counts by status no longer describe the event's registrations (an update clause). */
export const STATUS_COUNTS_FORGOTTEN = 'REMOVE statusesCounted';

/** How many of an event's registrations have each status: exact, or absent where the counter does not keep them. */
export type StatusCounts = Record<RegistrationStatus, number>;

const statusShape: ItemShape<
  Partial<{ offeredCount: number; cancelledCount: number; statusesCounted: boolean }>
> = {
  type: SEAT_COUNTER_TYPE,
  required: {},
  optional: { offeredCount: 'number', cancelledCount: 'number', statusesCounted: 'boolean' },
};

export function statusCountsOf(item: Item | undefined): StatusCounts | undefined {
  if (!item) return undefined;
  const { offeredCount = 0, cancelledCount = 0, statusesCounted } = checkedRecord(item, statusShape);
  if (statusesCounted !== true) return undefined;
  const seats = seatCounterOf(item);
  return {
    confirmed: seats.confirmedCount - offeredCount,
    offered: offeredCount,
    waiting: seats.waitingCount,
    cancelled: cancelledCount,
  };
}

/**
 * The counter's status counts moved by registrations going from one status to another (absent: created or erased),
 * beyond the seats and the waiting list, which the writes keep themselves: `ADD` terms and their values, named
 * `:statusOffered` and `:statusCancelled`, for an update expression that already `ADD`s. Empty when nothing moves.
 */
export function statusCountMoves(
  ...moves: [from: RegistrationStatus | undefined, to: RegistrationStatus | undefined][]
): { terms: string[]; values: Record<string, number> } {
  const counted: [string, string, RegistrationStatus][] = [
    ['offeredCount', ':statusOffered', 'offered'],
    ['cancelledCount', ':statusCancelled', 'cancelled'],
  ];
  const terms: string[] = [];
  const values: Record<string, number> = {};
  for (const [attribute, name, status] of counted) {
    let change = 0;
    for (const [from, to] of moves) change += (to === status ? 1 : 0) - (from === status ? 1 : 0);
    if (change === 0) continue;
    terms.push(`${attribute} ${name}`);
    values[name] = change;
  }
  return { terms, values };
}
