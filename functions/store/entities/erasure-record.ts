import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { RegistrationStatus } from '#shared/domain/registration.ts';
import type { AttendanceFigures } from '#shared/organiser/attendance-figures.ts';
import { checkedRecord, type ItemShape } from '#store/table/checked-record.ts';
import type { KeyDesign } from '#store/table/key-design.ts';
import type { Table } from '#store/table/table.ts';
import { eventPartition } from './event.ts';

/**
 * What became of an event's personal data, and what is kept of it for statistics:
 *   PK = EVENT#<id>, SK = ERASURE   `needsErasedAt`, `personalDataErasedAt`, `counts`
 * The counts are written once, before the first item is erased, so an erasure cut short and finished by the next
 * run still counts what there was.
 */
export const erasureKey = (eventId: string) => ({ PK: eventPartition(eventId), SK: 'ERASURE' });

export const keyDesign: KeyDesign = [erasureKey('<id>')];

export interface ErasedCounts {
  registrations: Record<RegistrationStatus, number>;
  delegations: number;
  applications: number;
  groupMembers: number;
  /** The attendance figures as they stood (in all, by kind of organisation and county): no person in them. */
  attendance?: AttendanceFigures;
}

export interface ErasureRecord {
  needsErasedAt?: string;
  personalDataErasedAt?: string;
  counts?: ErasedCounts;
}

/** The record is made and changed by updates alone, one attribute at a time, which give it no type. */
const shape: ItemShape<ErasureRecord> = {
  type: null,
  required: {},
  optional: { needsErasedAt: 'string', personalDataErasedAt: 'string', counts: 'map' },
};

export async function getErasureRecord(table: Table, eventId: string): Promise<ErasureRecord> {
  const { Item } = await table.doc.send(
    new GetCommand({ TableName: table.name, Key: erasureKey(eventId), ConsistentRead: true }),
  );
  const record = Item ? checkedRecord(Item, shape) : {};
  return {
    ...(record.needsErasedAt ? { needsErasedAt: record.needsErasedAt } : {}),
    ...(record.personalDataErasedAt ? { personalDataErasedAt: record.personalDataErasedAt } : {}),
    ...(record.counts ? { counts: record.counts } : {}),
  };
}
