import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { Registration } from '#shared/domain/registration.ts';
import { foldedForSearch } from '#shared/organiser/registration-search.ts';
import { checkedRecord, type ItemShape } from '#store/table/checked-record.ts';
import type { Item } from '#store/table/item.ts';
import type { KeyDesign, KeyPlaceholder } from '#store/table/key-design.ts';
import { countAll, queryAll } from '#store/table/query-all.ts';
import type { Table } from '#store/table/table.ts';
import { TABLE_LAYOUT } from '#store/table/table-layout.ts';
import { eventPartition } from './event.ts';
import type { ManageLinkHash } from './manage-link.ts';

/**
 * A registration sits in its event's partition, away from the page items (no leading '#'):
 *   PK = EVENT#<eventId>, SK = REG#<registrationId>
 * `expiresAt` (TTL) erases it after the organisation's retention period. A check-in is `checkedInAt` on this item.
 * `searchText` holds its name, address and organisation folded (lower case, no accents): what the organisers' search
 * filters on in DynamoDB, which compares case and accents exactly.
 */
export const REGISTRATION_PREFIX = 'REG#';
export const registrationKey = (eventId: string, registrationId: string) => ({
  PK: eventPartition(eventId),
  SK: `${REGISTRATION_PREFIX}${registrationId}`,
});

export const waitingListOf = (eventId: string) => `${eventPartition(eventId)}#WAITING`;

/** While a registration waits, GSI1 holds it in its event's waiting list, in the order of its ticket. */
export const waitingListKey = (eventId: string, ticket: number | KeyPlaceholder) => ({
  GSI1PK: waitingListOf(eventId),
  GSI1SK: String(ticket).padStart(8, '0'),
});

/** Open offers, across events, by when they run out: the expiry job reads the ones already past. */
const OPEN_OFFERS = 'OFFERS';
export const openOfferKey = (offerExpiresAt: string, eventId: string, registrationId: string) => ({
  GSI1PK: OPEN_OFFERS,
  GSI1SK: `${offerExpiresAt}#${eventId}#${registrationId}`,
});

export const keyDesign: KeyDesign = [
  {
    ...registrationKey('<id>', '<registrationId>'),
    gsi1: [waitingListKey('<id>', '<ticket>'), openOfferKey('<offerExpiresAt>', '<id>', '<regId>')],
  },
];

export const REGISTRATION_TYPE = 'registration';

/** The folded words the organisers' search finds a registration by; rewritten whenever they change. */
export const searchTextOf = (registration: Pick<Registration, 'name' | 'email' | 'organisation'>) =>
  foldedForSearch(`${registration.name} ${registration.email} ${registration.organisation}`);

/**
 * A registration as stored, with the hash of the manage link it holds and the version that link was derived for
 * (a registration from before links were derived has no version), and the hashes of the links the participant or
 * the platform replaced, so that opening one says it was replaced.
 */
export type StoredRegistration = Registration & {
  manageTokenHash: string;
  manageLinkVersion?: number;
  replacedLinkHashes?: string[];
};

/** The registration's item; a waiting one's ticket is stored as its waiting list's sort key, not as an attribute. */
export function registrationItem(registration: Registration, link: ManageLinkHash, expiresAt: number): Item {
  // The ticket is stored as the waiting list's sort key; the place at joining only in the receipt.
  const { waitingPosition, waitingTicket, ...stored } = registration;
  return {
    ...registrationKey(registration.eventId, registration.id),
    ...(waitingTicket === undefined ? {} : waitingListKey(registration.eventId, waitingTicket)),
    type: REGISTRATION_TYPE,
    ...stored,
    updatedAt: stored.updatedAt ?? stored.createdAt,
    manageTokenHash: link.tokenHash,
    manageLinkVersion: link.version,
    searchText: searchTextOf(registration),
    expiresAt,
  };
}

/**
 * The parts of a registration's update that move it to another manage link, on the condition that it still holds
 * the link it was read with, so that no change made meanwhile is overwritten and no link is replaced twice unseen.
 * The link it leaves is remembered as replaced, unless it is to open nothing at all (`silently`: it went to an
 * address that was wrong, whose holder may be a stranger).
 */
export function manageLinkSwitch(
  registration: StoredRegistration,
  link: ManageLinkHash,
  { silently = false } = {},
) {
  const remembered = !silently && link.tokenHash !== registration.manageTokenHash;
  return {
    set: `manageTokenHash = :newLink, manageLinkVersion = :linkVersion${
      remembered
        ? ', replacedLinkHashes = list_append(if_not_exists(replacedLinkHashes, :noLinks), :leftLink)'
        : ''
    }`,
    condition: 'manageTokenHash = :heldLink',
    values: {
      ':newLink': link.tokenHash,
      ':linkVersion': link.version,
      ':heldLink': registration.manageTokenHash,
      ...(remembered ? { ':noLinks': [], ':leftLink': [registration.manageTokenHash] } : {}),
    },
  };
}

const storedShape: ItemShape<StoredRegistration> = {
  type: REGISTRATION_TYPE,
  required: { id: 'string', status: 'string' },
  optional: {
    eventId: 'string',
    email: 'string',
    name: 'string',
    createdAt: 'string',
    updatedAt: 'string',
    manageTokenHash: 'string',
    manageLinkVersion: 'number',
    replacedLinkHashes: 'list',
    offerExpiresAt: 'string',
    revision: 'number',
    agendaFeedToken: 'string',
    agendaFeedTokenHash: 'string',
    delegation: 'map',
  },
};
const shape: ItemShape<StoredRegistration> = { ...storedShape, hidden: ['searchText'] };
const withoutHash: ItemShape<Registration> = {
  ...storedShape,
  hidden: ['manageTokenHash', 'manageLinkVersion', 'replacedLinkHashes', 'searchText'],
};

/** A stored registration item as its record: while it waits, its ticket is the sort key its list holds it by. */
function withTicket<T extends Registration>(item: Item, record: T): T {
  return item.GSI1PK === waitingListOf(record.eventId)
    ? { ...record, waitingTicket: Number(item.GSI1SK) }
    : record;
}
const storedRegistrationOf = (item: Item) => withTicket(item, checkedRecord(item, shape));
export const registrationOf = (item: Item) => withTicket(item, checkedRecord(item, withoutHash));

/** The registration without its link's hash and version: what leaves the store for pages, e-mails and downloads. */
export function withoutSecret({
  manageTokenHash,
  manageLinkVersion,
  replacedLinkHashes,
  ...registration
}: StoredRegistration): Registration {
  return registration;
}

export async function getRegistration(
  table: Table,
  eventId: string,
  registrationId: string,
): Promise<StoredRegistration | undefined> {
  const { Item } = await table.doc.send(
    new GetCommand({
      TableName: table.name,
      Key: registrationKey(eventId, registrationId),
      ConsistentRead: true,
    }),
  );
  return Item ? storedRegistrationOf(Item) : undefined;
}

export async function listRegistrations(table: Table, eventId: string): Promise<Registration[]> {
  const items = await queryAll(table, {
    KeyConditionExpression: 'PK = :pk AND begins_with(SK, :reg)',
    ExpressionAttributeValues: { ':pk': eventPartition(eventId), ':reg': REGISTRATION_PREFIX },
    ConsistentRead: true,
  });
  return items.map(registrationOf);
}

/** The event's registrations with the hash of the link each holds: for jobs that mail the participants their link. */
export async function listStoredRegistrations(table: Table, eventId: string): Promise<StoredRegistration[]> {
  const items = await queryAll(table, {
    KeyConditionExpression: 'PK = :pk AND begins_with(SK, :reg)',
    ExpressionAttributeValues: { ':pk': eventPartition(eventId), ':reg': REGISTRATION_PREFIX },
    ConsistentRead: true,
  });
  return items.map(storedRegistrationOf);
}

/** The delegation's members who still hold their seats, in the order they were registered. */
export async function delegationMembers(
  table: Table,
  eventId: string,
  organisationKey: string,
): Promise<Registration[]> {
  const items = await queryAll(table, {
    KeyConditionExpression: 'PK = :pk AND begins_with(SK, :reg)',
    FilterExpression: '#delegation.organisationKey = :key AND #status <> :cancelled',
    ExpressionAttributeNames: { '#delegation': 'delegation', '#status': 'status' },
    ExpressionAttributeValues: {
      ':pk': eventPartition(eventId),
      ':reg': REGISTRATION_PREFIX,
      ':key': organisationKey,
      ':cancelled': 'cancelled',
    },
    ConsistentRead: true,
  });
  return items
    .map(registrationOf)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.name.localeCompare(b.name));
}

/**
 * The registration with its place in the waiting list as it stands now, if it waits: one more than the
 * registrations still waiting with a lower ticket (a count on GSI1).
 */
export async function withCurrentPlace<T extends Registration>(table: Table, registration: T): Promise<T> {
  if (registration.status !== 'waiting' || registration.waitingTicket === undefined) return registration;
  const { GSI1PK, GSI1SK } = waitingListKey(registration.eventId, registration.waitingTicket);
  const ahead = await countAll(table, {
    IndexName: TABLE_LAYOUT.gsi1.name,
    KeyConditionExpression: 'GSI1PK = :list AND GSI1SK < :ticket',
    ExpressionAttributeValues: { ':list': GSI1PK, ':ticket': GSI1SK },
  });
  return { ...registration, waitingPosition: ahead + 1 };
}

/** The waiting registration with the lowest ticket. */
export async function firstInLine(table: Table, eventId: string): Promise<StoredRegistration | undefined> {
  const { Items } = await table.doc.send(
    new QueryCommand({
      TableName: table.name,
      IndexName: TABLE_LAYOUT.gsi1.name,
      KeyConditionExpression: 'GSI1PK = :waiting',
      ExpressionAttributeValues: { ':waiting': waitingListOf(eventId) },
      Limit: 1,
    }),
  );
  const first = Items?.[0];
  return first ? storedRegistrationOf(first) : undefined;
}

/** The event's `count` newest registrations, newest first: their ids (UUID v7) sort by sign-up in their keys. */
export async function latestRegistrations(
  table: Table,
  eventId: string,
  count: number,
): Promise<Registration[]> {
  const { Items } = await table.doc.send(
    new QueryCommand({
      TableName: table.name,
      KeyConditionExpression: 'PK = :pk AND begins_with(SK, :reg)',
      ExpressionAttributeValues: { ':pk': eventPartition(eventId), ':reg': REGISTRATION_PREFIX },
      ScanIndexForward: false,
      Limit: count,
    }),
  );
  return (Items ?? []).map(registrationOf);
}

/** The event's open seat offers, from the index of every open offer (a few, since offers run out in days). */
export async function openOffersOf(table: Table, eventId: string): Promise<Registration[]> {
  const items = await queryAll(table, {
    IndexName: TABLE_LAYOUT.gsi1.name,
    KeyConditionExpression: 'GSI1PK = :offers',
    FilterExpression: 'eventId = :event',
    ExpressionAttributeValues: { ':offers': OPEN_OFFERS, ':event': eventId },
  });
  return items.map(registrationOf);
}

/** Offers whose time has run out, oldest first, in every event. */
export async function expiredOffers(
  table: Table,
  now: string,
): Promise<{ eventId: string; registrationId: string }[]> {
  const items = await queryAll(table, {
    IndexName: TABLE_LAYOUT.gsi1.name,
    KeyConditionExpression: 'GSI1PK = :offers AND GSI1SK <= :now',
    ExpressionAttributeValues: { ':offers': OPEN_OFFERS, ':now': now },
  });
  return items.map(registrationOf).map(({ eventId, id }) => ({ eventId, registrationId: id }));
}
