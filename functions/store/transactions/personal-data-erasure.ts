import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { hashSecret } from '#security/secret-token.ts';
import type { EventRecord } from '#shared/domain/event.ts';
import type { Registration, RegistrationStatus } from '#shared/domain/registration.ts';
import { attendanceFigures } from '#shared/organiser/attendance-figures.ts';
import { feedKey } from '#store/entities/agenda-feed.ts';
import { APPLICATION_TYPE } from '#store/entities/application.ts';
import { certificateKey } from '#store/entities/certificate.ts';
import { DELEGATION_TYPE } from '#store/entities/delegation.ts';
import { type ErasedCounts, erasureKey } from '#store/entities/erasure-record.ts';
import { GROUP_MEMBER_TYPE } from '#store/entities/group-member.ts';
import { answerKeysNaming } from '#store/entities/idempotency-key.ts';
import { manageLinkKey } from '#store/entities/manage-link.ts';
import { needsKey, needsKeysOfEvent } from '#store/entities/needs.ts';
import { outboxCopyKeys } from '#store/entities/outbox-message.ts';
import {
  REGISTRATION_TYPE,
  registrationKey,
  registrationOf,
  type StoredRegistration,
} from '#store/entities/registration.ts';
import { STATUS_COUNTS_FORGOTTEN, seatCounterKey, statusCountMoves } from '#store/entities/seat-counter.ts';
import { linksNamingEvent, personalDataOfEvent } from '#store/reads/personal-data.ts';
import { updateIf } from '#store/table/conditional-writes.ts';
import { deleteItems } from '#store/table/delete-items.ts';
import type { Item, ItemKey } from '#store/table/item.ts';
import { sendTransaction } from '#store/table/send-transaction.ts';
import type { Table } from '#store/table/table.ts';

/** Erases everything stored about one registration (the person's own request); cancel it first. */
export async function eraseRegistration(table: Table, registration: StoredRegistration): Promise<void> {
  await sendTransaction(table, {
    TransactItems: [
      {
        Delete: {
          TableName: table.name,
          Key: registrationKey(registration.eventId, registration.id),
          ConditionExpression: '#status = :cancelled',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':cancelled': 'cancelled' },
        },
      },
      { Delete: { TableName: table.name, Key: manageLinkKey(registration.manageTokenHash) } },
      { Delete: { TableName: table.name, Key: needsKey(registration.eventId, registration.id) } },
      // Their certificate names them: once erased, its number checks as unknown.
      { Delete: { TableName: table.name, Key: certificateKey(registration.eventId, registration.id) } },
      ...feedKeys(registration).map((key) => ({ Delete: { TableName: table.name, Key: key } })),
      erasedFromCounter(table, registration.eventId),
    ],
  });
}

/** The erased registration, cancelled, leaves the counter's count of cancellations. */
function erasedFromCounter(table: Table, eventId: string) {
  const moves = statusCountMoves(['cancelled', undefined]);
  return {
    Update: {
      TableName: table.name,
      Key: seatCounterKey(eventId),
      UpdateExpression: `ADD ${moves.terms.join(', ')}`,
      // An event without a counter gets none: an item with nothing but a count would seat anyone.
      ConditionExpression: 'attribute_exists(PK)',
      ExpressionAttributeValues: moves.values,
    },
  };
}

/**
 * Erases the copies of an event's messages: all of them, or those to one person or naming them. A message being sent at this
 * moment still goes out (it has left), but is not recorded again afterwards.
 */
export async function eraseOutboxCopies(
  table: Table,
  eventId: string,
  person?: { email: string; emailHash: string },
): Promise<number> {
  const keys = await outboxCopyKeys(table, eventId, person);
  await deleteItems(table, keys);
  return keys.length;
}

/**
 * Erases the posts of the event's forms that were sent with the address, answered or still running: a request still
 * running then finds its claim gone and keeps no answer. Returns how many went.
 */
export async function eraseAnswersNaming(
  table: Table,
  eventId: string,
  addressHash: string,
): Promise<number> {
  const keys = await answerKeysNaming(table, eventId, addressHash);
  await deleteItems(table, keys);
  return keys.length;
}

/** Erases every participant's dietary and accessibility needs for the event; returns how many there were. */
export async function eraseNeeds(table: Table, eventId: string, at: string): Promise<number> {
  const needs = await needsKeysOfEvent(table, eventId);
  await deleteItems(table, needs);
  await record(table, eventId, 'needsErasedAt', at);
  return needs.length;
}

/**
 * Erases the event's personal data: in its partition every item that carries `expiresAt` (registrations, address
 * uniqueness, needs, picks, delegations, applications, group members, answers kept for retried form posts) and every
 * outbox copy; outside it, every link that names the event (manage, feed, lead, application and member links). The
 * event, its programme and its counters stay. Returns how many items went.
 */
export async function erasePersonalData(
  table: Table,
  event: Pick<EventRecord, 'id' | 'kind' | 'endsAt'>,
  at: string,
): Promise<number> {
  const eventId = event.id;
  const partition = await personalDataOfEvent(table, eventId);
  await keepCounts(table, event, partition, at);
  // The counter's seats stay, as the event's figures; its counts by status describe registrations about to go.
  await updateIf(table, {
    Key: seatCounterKey(eventId),
    UpdateExpression: STATUS_COUNTS_FORGOTTEN,
    ConditionExpression: 'attribute_exists(PK)',
  });
  const keys = [...partition.map(keyOf), ...(await linksNamingEvent(table, eventId))];
  await deleteItems(table, keys);
  await record(table, eventId, 'personalDataErasedAt', at);
  return keys.length;
}

async function keepCounts(
  table: Table,
  event: Pick<EventRecord, 'id' | 'kind' | 'endsAt'>,
  partition: Item[],
  at: string,
): Promise<void> {
  const ofType = (type: string) => partition.filter((item) => item.type === type);
  const registrations: Record<RegistrationStatus, number> = {
    confirmed: 0,
    offered: 0,
    waiting: 0,
    cancelled: 0,
  };
  for (const item of ofType(REGISTRATION_TYPE)) registrations[item.status as RegistrationStatus] += 1;
  const counts: ErasedCounts = {
    registrations,
    delegations: ofType(DELEGATION_TYPE).length,
    applications: ofType(APPLICATION_TYPE).length,
    groupMembers: ofType(GROUP_MEMBER_TYPE).length,
    attendance: attendanceFigures(event, ofType(REGISTRATION_TYPE).map(registrationOf), new Date(at)),
  };
  await record(table, event.id, 'counts', counts, true);
}

/** Sets one attribute of the erasure record; with `onlyOnce`, not if it is there already. */
async function record(table: Table, eventId: string, attribute: string, value: unknown, onlyOnce = false) {
  const update = {
    Key: erasureKey(eventId),
    UpdateExpression: 'SET #attribute = :value',
    ExpressionAttributeNames: { '#attribute': attribute },
    ExpressionAttributeValues: { ':value': value },
  };
  if (onlyOnce) await updateIf(table, { ...update, ConditionExpression: 'attribute_not_exists(#attribute)' });
  else await table.doc.send(new UpdateCommand({ TableName: table.name, ...update }));
}

const keyOf = (item: Item): ItemKey => ({ PK: String(item.PK), SK: String(item.SK) });

/** The key of the registration's agenda feed item, by the hash it keeps or, before that, the token it kept. */
function feedKeys(registration: Pick<Registration, 'agendaFeedToken' | 'agendaFeedTokenHash'>) {
  const hash =
    registration.agendaFeedTokenHash ??
    (registration.agendaFeedToken ? hashSecret(registration.agendaFeedToken) : undefined);
  return hash ? [feedKey(hash)] : [];
}
