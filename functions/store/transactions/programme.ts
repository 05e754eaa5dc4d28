import { type Material, type ProgrammeSlot, withdrawnSequence } from '#shared/domain/programme-slot.ts';
import type { MergedProgramme } from '#shared/programme/merge-programme.ts';
import { slotItem, slotKey } from '#store/entities/programme-slot.ts';
import { retiredSlotWrite } from '#store/entities/retired-slot.ts';
import { cancellationReasons, sendTransaction, TRANSACTION_LIMIT } from '#store/table/send-transaction.ts';
import type { Table } from '#store/table/table.ts';
import type { TransactItem } from '#store/table/transact-item.ts';

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

/** What a write requires of the item it meets, in DynamoDB's terms. */
interface Condition {
  ConditionExpression: string;
  ExpressionAttributeNames: Record<string, string>;
  ExpressionAttributeValues: Record<string, unknown>;
}

/** The slot still has the SEQUENCE the merge started from; a slot never changed has none stored. */
function sequenceStill(sequence: number): Condition {
  return {
    ConditionExpression:
      sequence === 0
        ? 'attribute_exists(PK) AND (attribute_not_exists(#sequence) OR #sequence = :stored)'
        : '#sequence = :stored',
    ExpressionAttributeNames: { '#sequence': 'sequence' },
    ExpressionAttributeValues: { ':stored': sequence },
  };
}

/**
 * A new capacity raises no SEQUENCE, so it is written only over the capacity read: else a colleague's change of it
 * made since would be lost unseen. And only while the session's picks (counted on the slot, as `pickSlot` counts
 * them under its own condition) fit: the form checked them when the request began, and a pick can come in since.
 */
function capacityStill(read: number | undefined, capacity: number | undefined): Condition {
  return {
    ConditionExpression: [
      read === undefined ? 'attribute_not_exists(#capacity)' : '#capacity = :capacityRead',
      ...(capacity === undefined ? [] : ['(attribute_not_exists(pickedCount) OR pickedCount <= :capacity)']),
    ].join(' AND '),
    ExpressionAttributeNames: { '#capacity': 'capacity' },
    ExpressionAttributeValues: {
      ...(read !== undefined && { ':capacityRead': read }),
      ...(capacity !== undefined && { ':capacity': capacity }),
    },
  };
}

function allOf(...conditions: Condition[]): Condition {
  return {
    ConditionExpression: conditions
      .map(({ ConditionExpression }) => `(${ConditionExpression})`)
      .join(' AND '),
    ExpressionAttributeNames: Object.assign({}, ...conditions.map((each) => each.ExpressionAttributeNames)),
    ExpressionAttributeValues: Object.assign({}, ...conditions.map((each) => each.ExpressionAttributeValues)),
  };
}

function addition(table: Table, slot: ProgrammeSlot): TransactItem {
  return {
    Put: {
      TableName: table.name,
      Item: slotItem(slot),
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
  condition: Condition,
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
      ExpressionAttributeNames: {
        ...Object.fromEntries([...names, 'sequence'].map((name) => [`#${name}`, name])),
        ...condition.ExpressionAttributeNames,
      },
      ExpressionAttributeValues: {
        ...Object.fromEntries(present.map((name) => [`:${name}`, slot[name]])),
        ...(sequence === undefined ? {} : { ':sequence': sequence }),
        ...condition.ExpressionAttributeValues,
      },
    },
  };
}

/**
 * A slot whose calendar entries change, written with its raised SEQUENCE; its capacity too where it is not the one
 * read (`read`: the capacity the merge started from). An import keeps the stored capacity, so it writes none.
 */
function change(table: Table, eventId: string, slot: ProgrammeSlot, read: number | undefined): TransactItem {
  const sequence = slot.sequence ?? 0;
  const still = sequenceStill(sequence - 1);
  if (slot.capacity === read) return update(table, eventId, slot, CALENDAR_ATTRIBUTES, still, sequence);
  const names = [...CALENDAR_ATTRIBUTES, 'capacity' as const];
  return update(table, eventId, slot, names, allOf(still, capacityStill(read, slot.capacity)), sequence);
}

/** Only the capacity: calendars do not show it, so the SEQUENCE stays. */
function resize(table: Table, eventId: string, slot: ProgrammeSlot, read: number | undefined): TransactItem {
  const condition = allOf(sequenceStill(slot.sequence ?? 0), capacityStill(read, slot.capacity));
  return update(table, eventId, slot, ['capacity'], condition);
}

/** The slot's deletion, and the record of its id with the SEQUENCE of the CANCEL that withdraws it. */
function removal(table: Table, eventId: string, slot: ProgrammeSlot): TransactItem[] {
  return [
    {
      Delete: { TableName: table.name, Key: slotKey(eventId, slot.id), ...sequenceStill(slot.sequence ?? 0) },
    },
    retiredSlotWrite(table, eventId, { slotId: slot.id, sequence: withdrawnSequence(slot) }),
  ];
}

/** Writes in transactions of at most 100, each group of writes whole in one of them. */
function transactionsOf(groups: readonly TransactItem[][]): TransactItem[][] {
  const transactions: TransactItem[][] = [];
  for (const group of groups) {
    const last = transactions.at(-1);
    if (last && last.length + group.length <= TRANSACTION_LIMIT) last.push(...group);
    else transactions.push([...group]);
  }
  return transactions;
}

/**
 * Stores a merged programme: writes the new, changed and resized slots and deletes the removed ones, each with a
 * record of its retired id (`entities/retired-slot.ts`); unchanged slots are not written at all. Transactions rather than BatchWrite, for two reasons: the public page and the
 * calendar feeds never see half a programme, and each write's condition on the slot's SEQUENCE makes a second save
 * at the same moment fail instead of giving two different versions of a slot the same SEQUENCE, which calendars
 * would not tell apart. A save touching more than 100 slots takes several transactions, each whole.
 * False when a slot was changed meanwhile, or a new capacity no longer fits its picks: the transaction that met it
 * wrote nothing.
 */
export async function replaceProgramme(
  table: Table,
  eventId: string,
  /** The programme as read, which the merge was made from. */
  read: readonly ProgrammeSlot[],
  merge: MergedProgramme,
  /** Writes that go with the first transaction of the save: its audit entry. */
  also: TransactItem[] = [],
): Promise<boolean> {
  const capacityRead = new Map(read.map(({ id, capacity }) => [id, capacity]));
  const groups = [
    also,
    ...merge.added.map((slot) => [addition(table, slot)]),
    ...merge.changed.map((slot) => [change(table, eventId, slot, capacityRead.get(slot.id))]),
    ...merge.resized.map((slot) => [resize(table, eventId, slot, capacityRead.get(slot.id))]),
    ...merge.removed.map((slot) => removal(table, eventId, slot)),
  ].filter((group) => group.length > 0);
  try {
    for (const TransactItems of transactionsOf(groups)) await sendTransaction(table, { TransactItems });
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
