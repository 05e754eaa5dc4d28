import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, ScanCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { RegistrationStatus } from '#shared/domain/registration.ts';
import { deleteItems } from './table/delete-items.ts';
import type { Item, ItemKey } from './table/item.ts';
import { queryAll } from './table/query-all.ts';
import type { Table } from './table/table.ts';

/**
 * What became of an event's personal data, and what is kept of it for statistics:
 *   PK = EVENT#<id>, SK = ERASURE   `needsErasedAt`, `personalDataErasedAt`, `counts`
 * The counts are written once, before the first item is erased, so an erasure cut short and finished by the next
 * run still counts what there was.
 */
export interface ErasedCounts {
  registrations: Record<RegistrationStatus, number>;
  delegations: number;
  applications: number;
  groupMembers: number;
}

export interface ErasureRecord {
  needsErasedAt?: string;
  personalDataErasedAt?: string;
  counts?: ErasedCounts;
}

const erasureKey = (eventId: string) => ({ PK: `EVENT#${eventId}`, SK: 'ERASURE' });

export async function getErasureRecord(table: Table, eventId: string): Promise<ErasureRecord> {
  const { Item } = await table.doc.send(
    new GetCommand({ TableName: table.name, Key: erasureKey(eventId), ConsistentRead: true }),
  );
  return {
    ...(Item?.needsErasedAt ? { needsErasedAt: String(Item.needsErasedAt) } : {}),
    ...(Item?.personalDataErasedAt ? { personalDataErasedAt: String(Item.personalDataErasedAt) } : {}),
    ...(Item?.counts ? { counts: Item.counts as ErasedCounts } : {}),
  };
}

/** Erases every participant's dietary and accessibility needs for the event; returns how many there were. */
export async function eraseNeeds(table: Table, eventId: string, at: string): Promise<number> {
  const needs = await queryAll(table, {
    KeyConditionExpression: 'PK = :pk AND begins_with(SK, :needs)',
    ExpressionAttributeValues: { ':pk': `EVENT#${eventId}`, ':needs': 'NEEDS#' },
    ProjectionExpression: 'PK, SK',
    ConsistentRead: true,
  });
  await deleteItems(table, needs as ItemKey[]);
  await record(table, eventId, 'needsErasedAt', at);
  return needs.length;
}

/**
 * Erases the event's personal data: in its partition every item that carries `expiresAt` (registrations, address
 * uniqueness, needs, picks, delegations, applications, group members, answers kept for retried form posts) and every
 * outbox copy; outside it, every link that names the event (manage, feed, lead, application and member links). The
 * event, its programme and its counters stay. Returns how many items went.
 */
export async function erasePersonalData(table: Table, eventId: string, at: string): Promise<number> {
  const partition = await queryAll(table, {
    KeyConditionExpression: 'PK = :pk AND SK > :page',
    // Page items (the event, slots, meetings) start with '#'; '#~' sorts after all of them.
    ExpressionAttributeValues: { ':pk': `EVENT#${eventId}`, ':page': '#~', ':outbox': 'outbox' },
    FilterExpression: 'attribute_exists(expiresAt) OR #type = :outbox',
    ExpressionAttributeNames: { '#type': 'type' },
    ConsistentRead: true,
  });
  await keepCounts(table, eventId, partition);
  const keys = [...partition.map(keyOf), ...(await linksNaming(table, eventId))];
  await deleteItems(table, keys);
  await record(table, eventId, 'personalDataErasedAt', at);
  return keys.length;
}

async function keepCounts(table: Table, eventId: string, partition: Item[]): Promise<void> {
  const ofType = (type: string) => partition.filter((item) => item.type === type);
  const registrations: Record<RegistrationStatus, number> = {
    confirmed: 0,
    offered: 0,
    waiting: 0,
    cancelled: 0,
  };
  for (const item of ofType('registration')) registrations[item.status as RegistrationStatus] += 1;
  const counts: ErasedCounts = {
    registrations,
    delegations: ofType('delegation').length,
    applications: ofType('application').length,
    groupMembers: ofType('group-member').length,
  };
  try {
    await record(table, eventId, 'counts', counts, true);
  } catch (error) {
    if (!(error instanceof ConditionalCheckFailedException)) throw error;
  }
}

/**
 * The secret-link items of the event, which live in partitions of their own (keyed by the link's hash) and are
 * found only by the event id they carry: member links are not recorded anywhere else, and the manage links a
 * promotion writes carry no `expiresAt`. A scan, but one per event and retention period, from the jobs.
 */
async function linksNaming(table: Table, eventId: string): Promise<ItemKey[]> {
  const keys: ItemKey[] = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const result = await table.doc.send(
      new ScanCommand({
        TableName: table.name,
        FilterExpression: 'eventId = :eventId AND #type IN (:manage, :feed, :lead, :application, :member)',
        ExpressionAttributeNames: { '#type': 'type' },
        ExpressionAttributeValues: {
          ':eventId': eventId,
          ':manage': 'manage-token',
          ':feed': 'feed',
          ':lead': 'lead-link',
          ':application': 'application-link',
          ':member': 'member-link',
        },
        ProjectionExpression: 'PK, SK',
        ExclusiveStartKey: startKey,
      }),
    );
    keys.push(...((result.Items ?? []) as ItemKey[]));
    startKey = result.LastEvaluatedKey;
  } while (startKey);
  return keys;
}

/** Sets one attribute of the erasure record; with `onlyOnce`, not if it is there already. */
async function record(table: Table, eventId: string, attribute: string, value: unknown, onlyOnce = false) {
  await table.doc.send(
    new UpdateCommand({
      TableName: table.name,
      Key: erasureKey(eventId),
      UpdateExpression: 'SET #attribute = :value',
      ...(onlyOnce ? { ConditionExpression: 'attribute_not_exists(#attribute)' } : {}),
      ExpressionAttributeNames: { '#attribute': attribute },
      ExpressionAttributeValues: { ':value': value },
    }),
  );
}

const keyOf = (item: Item): ItemKey => ({ PK: String(item.PK), SK: String(item.SK) });
