import type { EventRecord } from '#shared/domain/event.ts';
import type { Meeting } from '#shared/domain/meeting.ts';
import { addOnCapacityItem } from '#store/entities/add-on-counter.ts';
import { eventKey, eventListKey } from '#store/entities/event.ts';
import { quotaKey } from '#store/entities/quota.ts';
import { seatCounterKey, vouchedVersion } from '#store/entities/seat-counter.ts';
import { cancellationReasons, sendTransaction } from '#store/table/send-transaction.ts';
import type { Table } from '#store/table/table.ts';
import type { TransactItem } from '#store/table/transact-item.ts';
import { meetingItem } from './meetings.ts';

/** One save of the event editor, as the operation worked it out from the event it read. */
export interface EventChangeWrite {
  /** The event as read: its `version` and `status` are what the form was made from. */
  before: EventRecord;
  after: EventRecord;
  /** The attributes that differ; the others are not written, so what the form does not show stays as stored. */
  attributes: readonly (keyof EventRecord)[];
  /** A change calendars must follow (time, place, name, link): SEQUENCE is raised with it. */
  calendarChange: boolean;
  /** A published event gets seats it did not have: it is marked until the waiting list has moved into them. */
  seatsAdded: boolean;
  /** The organisations whose quota falls, by their counter's key, with the new bound their places must be within. */
  loweredQuotas: readonly { key: string; max: number }[];
  /** The add-ons whose capacity is set, changed or removed: written onto their counters, never below those taken. */
  addOnCapacities: readonly { id: string; capacity: number | undefined }[];
  /** A working group's meetings added by a larger plan, "to be decided". */
  addedMeetings: readonly Meeting[];
  audit: TransactItem[];
}

/**
 * Saves an editor change in one transaction with its audit entries, on the condition that the event is still as
 * the form was read (same `version` and status: two organisers saving at once cannot overwrite each other), and
 * that nobody holds more than the change leaves: no fewer seats than are taken (the seat counter's `confirmedCount`,
 * which sign-ups raise under the counter's copy of the capacity, written here with the event's), no fewer places than
 * a working group has selected, no quota below an organisation's places, no add-on's places below those who hold it.
 * Seats added to a published event mark it `freedSeatsPending` until the waiting list has
 * moved into them. False when a condition failed; the caller reads the event again to say which.
 */
export async function saveEventChanges(table: Table, write: EventChangeWrite): Promise<boolean> {
  try {
    await sendTransaction(table, {
      TransactItems: [
        eventUpdate(table, write),
        seatCounterUpdate(table, write),
        ...write.loweredQuotas.map(({ key, max }) => ({
          ConditionCheck: {
            TableName: table.name,
            Key: quotaKey(write.before.id, key),
            ConditionExpression: 'attribute_not_exists(taken) OR taken <= :max',
            ExpressionAttributeValues: { ':max': max },
          },
        })),
        ...write.addOnCapacities.map(({ id, capacity }) =>
          addOnCapacityItem(table, write.before.id, id, capacity),
        ),
        ...write.addedMeetings.map((meeting) => meetingItem(table, meeting, {})),
        ...write.audit,
      ],
    });
    return true;
  } catch (error) {
    if (cancellationReasons(error)?.includes('ConditionalCheckFailed')) return false;
    throw error;
  }
}

function eventUpdate(table: Table, write: EventChangeWrite) {
  const { before, after } = write;
  const names: Record<string, string> = { '#status': 'status', '#version': 'version' };
  const values: Record<string, unknown> = {
    ':status': before.status,
    ':nextVersion': (before.version ?? 0) + 1,
  };
  const set = ['#version = :nextVersion'];
  const remove: string[] = [];
  write.attributes.forEach((attribute, index) => {
    names[`#a${index}`] = attribute;
    if (after[attribute] === undefined) remove.push(`#a${index}`);
    else {
      set.push(`#a${index} = :a${index}`);
      values[`:a${index}`] = after[attribute];
    }
  });
  // The start page and the jobs find events through GSI1 by start time.
  if (write.attributes.includes('startsAt')) {
    set.push('GSI1SK = :order');
    values[':order'] = eventListKey(after.startsAt, after.id).GSI1SK;
  }
  if (write.calendarChange && before.status === 'published') {
    names['#sequence'] = 'sequence';
    set.push('#sequence = :nextSequence');
    values[':nextSequence'] = (before.sequence ?? 0) + 1;
  }
  const conditions = [
    '#status = :status',
    before.version === undefined ? 'attribute_not_exists(#version)' : '#version = :version',
  ];
  if (before.version !== undefined) values[':version'] = before.version;
  if (write.attributes.includes('selection') && after.selection) {
    conditions.push('(attribute_not_exists(selectedCount) OR selectedCount <= :places)');
    values[':places'] = after.selection.places;
  }
  if (write.seatsAdded) {
    set.push('freedSeatsPending = :yes');
    values[':yes'] = true;
  }
  return {
    Update: {
      TableName: table.name,
      Key: eventKey(before.id),
      UpdateExpression: `SET ${set.join(', ')}${remove.length > 0 ? ` REMOVE ${remove.join(', ')}` : ''}`,
      ConditionExpression: conditions.join(' AND '),
      ExpressionAttributeNames: names,
      ExpressionAttributeValues: values,
    },
  };
}

/**
 * The counter's copies: the version saved, which sign-ups prove their copy of a published event by (a draft's counter
 * vouches for none, see `entities/seat-counter.ts`), and the capacity sign-ups are seated under, when it changes:
 * never below the seats already taken.
 */
function seatCounterUpdate(table: Table, write: EventChangeWrite) {
  const { before, after } = write;
  const published = before.status === 'published';
  const capacity = write.attributes.includes('capacity') ? after.capacity : undefined;
  const set = [
    ...(published ? ['eventVersion = :version'] : []),
    ...(capacity === undefined ? [] : ['#capacity = :capacity']),
  ];
  const remove = [
    ...(published ? [] : ['eventVersion']),
    ...(write.attributes.includes('capacity') && capacity === undefined ? ['#capacity'] : []),
  ];
  const values = {
    ...(published ? { ':version': vouchedVersion(before) + 1 } : {}),
    ...(capacity === undefined ? {} : { ':capacity': capacity }),
  };
  return {
    Update: {
      TableName: table.name,
      Key: seatCounterKey(after.id),
      UpdateExpression: [
        ...(set.length > 0 ? [`SET ${set.join(', ')}`] : []),
        ...(remove.length > 0 ? [`REMOVE ${remove.join(', ')}`] : []),
      ].join(' '),
      // Never a counter made by this update: it would hold no capacity, and seat everyone.
      ConditionExpression:
        capacity === undefined
          ? 'attribute_exists(PK)'
          : 'attribute_exists(PK) AND confirmedCount <= :capacity',
      ...(write.attributes.includes('capacity')
        ? { ExpressionAttributeNames: { '#capacity': 'capacity' } }
        : {}),
      ...(Object.keys(values).length > 0 ? { ExpressionAttributeValues: values } : {}),
    },
  };
}
