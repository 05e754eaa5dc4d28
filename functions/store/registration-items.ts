import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { OutboundMessage } from '#shared/domain/outbound-message.ts';
import type { Registration, SensitiveNeeds } from '#shared/domain/registration.ts';
import { type AddressChange, addressChangeItems } from './address-change-items.ts';
import { needsItem, needsKey } from './needs-items.ts';
import { type OutboxIntent, queueMessage } from './outbox-items.ts';
import { manageTokenKey, manageTokenReplacement } from './participant-keys.ts';
import { type Item, recordOf } from './table/item.ts';
import { countAll, queryAll } from './table/query-all.ts';
import { cancellationReasons, sendTransaction } from './table/send-transaction.ts';
import type { Table } from './table/table.ts';
import { TABLE_LAYOUT } from './table/table-layout.ts';
import type { TransactItem } from './table/transact-item.ts';

/**
 * A registration sits in its event's partition, away from the page items (no leading '#'):
 *   PK = EVENT#<eventId>, SK = REG#<registrationId>
 * `expiresAt` (TTL) erases it after the organisation's retention period.
 */
export const registrationKey = (eventId: string, registrationId: string) => ({
  PK: `EVENT#${eventId}`,
  SK: `REG#${registrationId}`,
});

/** While a registration waits, GSI1 holds it in its event's waiting list, in the order of its ticket. */
export const waitingListKey = (eventId: string, ticket: number) => ({
  GSI1PK: waitingListOf(eventId),
  GSI1SK: String(ticket).padStart(8, '0'),
});

export const waitingListOf = (eventId: string) => `EVENT#${eventId}#WAITING`;

/** A stored registration item as its record: while it waits, its ticket is the sort key its list holds it by. */
function registrationOf<T extends Registration>(item: Item, also: readonly string[] = []): T {
  const record = recordOf<T>(item, also);
  return item.GSI1PK === waitingListOf(record.eventId)
    ? { ...record, waitingTicket: Number(item.GSI1SK) }
    : record;
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

export async function listRegistrations(table: Table, eventId: string): Promise<Registration[]> {
  const items = await queryAll(table, {
    KeyConditionExpression: 'PK = :pk AND begins_with(SK, :reg)',
    ExpressionAttributeValues: { ':pk': `EVENT#${eventId}`, ':reg': 'REG#' },
    ConsistentRead: true,
  });
  return items.map((item) => registrationOf<Registration>(item, ['manageTokenHash']));
}

/** A guarded change to one registration: the update and the condition it holds under. */
export interface RegistrationChange {
  UpdateExpression: string;
  ConditionExpression: string;
  ExpressionAttributeValues: Record<string, unknown>;
}

/**
 * Changes a registration and queues the e-mail that tells of it, in one transaction; false when the condition does
 * not hold (or another writer held the item), in which case neither happened. `#status` names the status attribute.
 */
export async function changeRegistrationWithMessage(
  table: Table,
  registration: Pick<Registration, 'eventId' | 'id'>,
  change: RegistrationChange,
  intent: Omit<OutboxIntent, 'eventId'>,
): Promise<boolean> {
  try {
    await sendTransaction(table, {
      TransactItems: [
        {
          Update: {
            TableName: table.name,
            Key: registrationKey(registration.eventId, registration.id),
            ExpressionAttributeNames: { '#status': 'status' },
            ...change,
          },
        },
        queueMessage(table, { ...intent, eventId: registration.eventId }),
      ],
    });
    return true;
  } catch (error) {
    if (cancellationReasons(error)) return false;
    throw error;
  }
}

/**
 * Marks the reminder as queued and queues it together: the condition on the registration makes it once per
 * participant however often, or however concurrently, the job runs.
 */
export function queueReminder(
  table: Table,
  registration: Registration,
  message: OutboundMessage,
  now: string,
): Promise<boolean> {
  return changeRegistrationWithMessage(
    table,
    registration,
    {
      UpdateExpression: 'SET reminderQueuedAt = :now',
      ConditionExpression: 'attribute_not_exists(reminderQueuedAt) AND #status = :confirmed',
      ExpressionAttributeValues: { ':now': now, ':confirmed': 'confirmed' },
    },
    { id: `reminder:${registration.id}`, reason: 'reminder', message, createdAt: now },
  );
}

/** A registration as stored, with the hash of its manage link. */
export type StoredRegistration = Registration & { manageTokenHash: string };

/** The registration without its link's hash: what leaves the store for pages, e-mails and downloads. */
export function withoutSecret({ manageTokenHash, ...registration }: StoredRegistration): Registration {
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
  return Item ? registrationOf<StoredRegistration>(Item) : undefined;
}

/** The registration a secret manage link opens, found through the hash of its token. */
export async function registrationByManageToken(
  table: Table,
  tokenHash: string,
): Promise<StoredRegistration | undefined> {
  const { Item } = await table.doc.send(
    new GetCommand({ TableName: table.name, Key: manageTokenKey(tokenHash), ConsistentRead: true }),
  );
  if (!Item) return undefined;
  return getRegistration(table, String(Item.eventId), String(Item.registrationId));
}

/**
 * Gives a registration a new manage link and sends it, in one transaction; the old link stops working. Used when
 * someone signs up again with an address already registered: the link goes to the address, never to the screen.
 */
export async function replaceManageToken(
  table: Table,
  registration: StoredRegistration,
  newTokenHash: string,
  message: OutboundMessage,
  now: string,
): Promise<void> {
  await sendTransaction(table, {
    TransactItems: [
      {
        Update: {
          TableName: table.name,
          Key: registrationKey(registration.eventId, registration.id),
          UpdateExpression: 'SET manageTokenHash = :new',
          ConditionExpression: 'manageTokenHash = :old',
          ExpressionAttributeValues: { ':new': newTokenHash, ':old': registration.manageTokenHash },
        },
      },
      ...manageTokenReplacement(table, registration, {
        old: registration.manageTokenHash,
        new: newTokenHash,
      }),
      queueMessage(table, {
        id: `manage-link:${registration.id}:${now}`,
        eventId: registration.eventId,
        reason: 'manage-link',
        message,
        createdAt: now,
      }),
    ],
  });
}

/** What a change of a registration's details carries; what goes with it depends on who makes it. */
export interface DetailsChange {
  details: Pick<Registration, 'name' | 'organisation' | 'organisationKind' | 'role' | 'answers'>;
  /**
   * The participant's own needs, replaced with the rest (none given: none kept). Absent when an organiser edits:
   * organisers see needs only as totals, so they neither see nor change anyone's.
   */
  needs?: { needs: SensitiveNeeds; expiresAt: number };
  /** A new address, which only an organiser gives; the participant's own address stays as it is. */
  address?: AddressChange;
  /** The revision the change was made from (an organiser's form); absent, the change applies over any. */
  seenRevision?: number;
  /** Writes that go with the change in its transaction: its audit entry. */
  also?: TransactItem[];
}

export type DetailsChangeResult = 'saved' | 'changed-meanwhile' | 'address-taken';

/**
 * Changes a registration's details in one transaction; status and place in line stay as they are. Every change raises
 * the revision. 'changed-meanwhile' when the registration was cancelled, or changed since `seenRevision`, or (with a
 * new address) got another status or manage link since it was read; 'address-taken' when the new address is
 * registered for the event already. Either way nothing is written.
 */
export async function updateRegistrationDetails(
  table: Table,
  registration: StoredRegistration,
  change: DetailsChange,
): Promise<DetailsChangeResult> {
  const { details, needs, address, seenRevision } = change;
  const conditions = ['#status <> :cancelled'];
  if (seenRevision !== undefined)
    conditions.push(seenRevision === 0 ? 'attribute_not_exists(revision)' : 'revision = :seen');
  // The e-mail tells the status as read, and the manage link replaced must be the one the item holds.
  if (address) conditions.push('#status = :status', 'manageTokenHash = :oldToken');
  try {
    await sendTransaction(table, {
      TransactItems: [
        {
          Update: {
            TableName: table.name,
            Key: registrationKey(registration.eventId, registration.id),
            UpdateExpression: `SET #name = :name, organisation = :organisation, organisationKind = :kind, #role = :role, answers = :answers, revision = if_not_exists(revision, :zero) + :one${
              address ? ', email = :email, manageTokenHash = :newToken' : ''
            }`,
            ConditionExpression: conditions.join(' AND '),
            ExpressionAttributeNames: { '#name': 'name', '#role': 'role', '#status': 'status' },
            ExpressionAttributeValues: {
              ':name': details.name,
              ':organisation': details.organisation,
              ':kind': details.organisationKind,
              ':role': details.role,
              ':answers': details.answers ?? {},
              ':cancelled': 'cancelled',
              ':zero': 0,
              ':one': 1,
              ...(seenRevision ? { ':seen': seenRevision } : {}),
              ...(address
                ? {
                    ':email': address.email,
                    ':newToken': address.manageTokenHash,
                    ':status': registration.status,
                    ':oldToken': registration.manageTokenHash,
                  }
                : {}),
            },
          },
        },
        // Second, so that a refusal at position 1 means the new address is taken.
        ...(address ? addressChangeItems(table, registration, address) : []),
        ...(needs ? [needsWrite(table, registration, needs)] : []),
        ...(change.also ?? []),
      ],
    });
    return 'saved';
  } catch (error) {
    const reasons = cancellationReasons(error);
    if (reasons?.[0] === 'ConditionalCheckFailed') return 'changed-meanwhile';
    if (address && reasons?.[1] === 'ConditionalCheckFailed') return 'address-taken';
    throw error;
  }
}

/** The participant's needs as they now give them: stored apart, or, when they give none, none kept. */
function needsWrite(
  table: Table,
  registration: Registration,
  { needs, expiresAt }: NonNullable<DetailsChange['needs']>,
) {
  return Object.keys(needs).length > 0
    ? {
        Put: {
          TableName: table.name,
          Item: needsItem(registration.eventId, registration.id, needs, expiresAt),
        },
      }
    : { Delete: { TableName: table.name, Key: needsKey(registration.eventId, registration.id) } };
}
