import type { Registration, SensitiveNeeds } from '#shared/domain/registration.ts';
import { needsItem, needsKey } from '#store/entities/needs.ts';
import {
  manageLinkSwitch,
  registrationKey,
  type StoredRegistration,
  searchTextOf,
} from '#store/entities/registration.ts';
import { cancellationReasons, sendTransaction } from '#store/table/send-transaction.ts';
import type { Table } from '#store/table/table.ts';
import type { TransactItem } from '#store/table/transact-item.ts';
import { type AddressChange, addressChangeItems } from './address-change.ts';

/** What a change of a registration's details carries; what goes with it depends on who makes it. */
export interface DetailsChange {
  /** When the change is made: the registration's `updatedAt`. */
  now: string;
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
  const linkSwitch = address && manageLinkSwitch(registration, address.manageLink, { silently: true });
  const conditions = ['#status <> :cancelled'];
  if (seenRevision !== undefined)
    conditions.push(seenRevision === 0 ? 'attribute_not_exists(revision)' : 'revision = :seen');
  // The e-mail tells the status as read, and the manage link replaced must be the one the item holds.
  if (linkSwitch) conditions.push('#status = :status', linkSwitch.condition);
  try {
    await sendTransaction(table, {
      TransactItems: [
        {
          Update: {
            TableName: table.name,
            Key: registrationKey(registration.eventId, registration.id),
            UpdateExpression: `SET #name = :name, organisation = :organisation, organisationKind = :kind, #role = :role, answers = :answers, searchText = :searchText, updatedAt = :now, revision = if_not_exists(revision, :zero) + :one${
              linkSwitch ? `, email = :email, ${linkSwitch.set}` : ''
            }`,
            ConditionExpression: conditions.join(' AND '),
            ExpressionAttributeNames: { '#name': 'name', '#role': 'role', '#status': 'status' },
            ExpressionAttributeValues: {
              ':name': details.name,
              ':organisation': details.organisation,
              ':kind': details.organisationKind,
              ':role': details.role,
              ':answers': details.answers ?? {},
              ':searchText': searchTextOf({
                name: details.name,
                email: address?.email ?? registration.email,
                organisation: details.organisation,
              }),
              ':cancelled': 'cancelled',
              ':now': change.now,
              ':zero': 0,
              ':one': 1,
              ...(seenRevision ? { ':seen': seenRevision } : {}),
              ...(address && linkSwitch
                ? { ':email': address.email, ':status': registration.status, ...linkSwitch.values }
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
