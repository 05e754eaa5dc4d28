import type { Material, ProgrammeSlot } from '../../shared/domain/programme-slot.ts';
import type { MergedProgramme } from '../../shared/programme/merge-programme.ts';
import { slotKey } from './event-items.ts';
import type { Table } from './table.ts';
import type { TransactItem } from './transact-item.ts';
import { cancellationReasons, sendTransaction } from './transaction-errors.ts';

/** DynamoDB's limit on the items in one transaction. */
const TRANSACTION_LIMIT = 100;

/** What a calendar entry shows of a slot: a changed slot gets these anew, and loses those it no longer has. */
const CALENDAR_ATTRIBUTES = [
  'startsAt',
  'endsAt',
  'kind',
  'title',
  'description',
  'speakers',
  'track',
] as const;

/** The slot still has the SEQUENCE the merge started from; a slot never changed has none stored. */
function sequenceStill(sequence: number) {
  return {
    ConditionExpression:
      sequence === 0
        ? 'attribute_exists(PK) AND (attribute_not_exists(#sequence) OR #sequence = :stored)'
        : '#sequence = :stored',
    ExpressionAttributeNames: { '#sequence': 'sequence' },
    ExpressionAttributeValues: { ':stored': sequence },
  };
}

function addition(table: Table, eventId: string, slot: ProgrammeSlot): TransactItem {
  return {
    Put: {
      TableName: table.name,
      Item: { ...slotKey(eventId, slot.id), type: 'slot', ...slot },
      ConditionExpression: 'attribute_not_exists(PK)',
    },
  };
}

/**
 * An update rather than a put, so that materials and agenda picks added since the merge's read stay. `names` are
 * the attributes written: those the slot lacks are removed.
 */
function update(
  table: Table,
  eventId: string,
  slot: ProgrammeSlot,
  names: readonly (keyof ProgrammeSlot)[],
  condition: ReturnType<typeof sequenceStill>,
  sequence?: number,
): TransactItem {
  const present = names.filter((name) => slot[name] !== undefined);
  const absent = names.filter((name) => slot[name] === undefined);
  const set = [...present, ...(sequence === undefined ? [] : ['sequence'])];
  return {
    Update: {
      TableName: table.name,
      Key: slotKey(eventId, slot.id),
      UpdateExpression: [
        ...(set.length > 0 ? [`SET ${set.map((name) => `#${name} = :${name}`).join(', ')}`] : []),
        ...(absent.length > 0 ? [`REMOVE ${absent.map((name) => `#${name}`).join(', ')}`] : []),
      ].join(' '),
      ConditionExpression: condition.ConditionExpression,
      ExpressionAttributeNames: Object.fromEntries([...names, 'sequence'].map((name) => [`#${name}`, name])),
      ExpressionAttributeValues: {
        ...Object.fromEntries(present.map((name) => [`:${name}`, slot[name]])),
        ...(sequence === undefined ? {} : { ':sequence': sequence }),
        ...condition.ExpressionAttributeValues,
      },
    },
  };
}

/** A slot whose calendar entries change, its capacity too if `resized`: written with its raised SEQUENCE. */
function change(table: Table, eventId: string, slot: ProgrammeSlot, resized: boolean): TransactItem {
  const sequence = slot.sequence ?? 0;
  const names = resized ? [...CALENDAR_ATTRIBUTES, 'capacity' as const] : CALENDAR_ATTRIBUTES;
  return update(table, eventId, slot, names, sequenceStill(sequence - 1), sequence);
}

/**
 * Only the capacity: calendars do not show it, so the SEQUENCE stays, and the import, which cannot write a
 * capacity, never writes one back over a change made meanwhile.
 */
function resize(table: Table, eventId: string, slot: ProgrammeSlot): TransactItem {
  return update(table, eventId, slot, ['capacity'], sequenceStill(slot.sequence ?? 0));
}

function removal(table: Table, eventId: string, slot: ProgrammeSlot): TransactItem {
  return {
    Delete: { TableName: table.name, Key: slotKey(eventId, slot.id), ...sequenceStill(slot.sequence ?? 0) },
  };
}

/**
 * Stores a merged programme: writes the new, changed and resized slots and deletes the removed ones; unchanged
 * slots are not written at all. Transactions rather than BatchWrite, for two reasons: the public page and the
 * calendar feeds never see half a programme, and each write's condition on the slot's SEQUENCE makes a second save
 * at the same moment fail instead of giving two different versions of a slot the same SEQUENCE, which calendars
 * would not tell apart. A save touching more than 100 slots takes several transactions, each whole.
 * False when a slot was changed meanwhile: the transaction that met it wrote nothing.
 */
export async function replaceProgramme(
  table: Table,
  eventId: string,
  merge: MergedProgramme,
  /** Writes that go with the first transaction of the save: its audit entry. */
  also: TransactItem[] = [],
): Promise<boolean> {
  const resized = new Set(merge.resized.map(({ id }) => id));
  const changed = new Set(merge.changed.map(({ id }) => id));
  const writes = [
    ...also,
    ...merge.added.map((slot) => addition(table, eventId, slot)),
    ...merge.changed.map((slot) => change(table, eventId, slot, resized.has(slot.id))),
    ...merge.resized.filter(({ id }) => !changed.has(id)).map((slot) => resize(table, eventId, slot)),
    ...merge.removed.map((slot) => removal(table, eventId, slot)),
  ];
  try {
    for (let start = 0; start < writes.length; start += TRANSACTION_LIMIT) {
      const TransactItems = writes.slice(start, start + TRANSACTION_LIMIT);
      await sendTransaction(table, { TransactItems });
    }
    return true;
  } catch (error) {
    if (cancellationReasons(error)) return false;
    throw error;
  }
}

/**
 * Adds slides or a link to a slot, if the slot is still there (false if not). A calendar entry does not show
 * materials, so the SEQUENCE stays.
 */
export async function addMaterial(
  table: Table,
  eventId: string,
  slotId: string,
  material: Material,
  /** Writes that go with the addition in its transaction: its audit entry. */
  also: TransactItem[] = [],
): Promise<boolean> {
  try {
    const update = {
      TableName: table.name,
      Key: slotKey(eventId, slotId),
      UpdateExpression: 'SET #materials = list_append(if_not_exists(#materials, :empty), :material)',
      ConditionExpression: 'attribute_exists(PK)',
      ExpressionAttributeNames: { '#materials': 'materials' },
      ExpressionAttributeValues: { ':empty': [], ':material': [material] },
    };
    await sendTransaction(table, { TransactItems: [{ Update: update }, ...also] });
    return true;
  } catch (error) {
    if (cancellationReasons(error)) return false;
    throw error;
  }
}
