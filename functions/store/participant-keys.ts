import type { Registration } from '#shared/domain/registration.ts';
import type { Table } from './table/table.ts';

/**
 * Items that make a registration findable without a scan, each written in the same transaction as the registration:
 *   PK = EVENT#<eventId>, SK = EMAIL#<sha256 of the lower-cased address>   one registration per address and event
 *   PK = MANAGE#<sha256 of the manage token>, SK = MANAGE                  the secret link, looked up by its hash
 * Both hold only hashes, so the keys themselves give away no address and no working link.
 */
export const emailKey = (eventId: string, emailHash: string) => ({
  PK: `EVENT#${eventId}`,
  SK: `EMAIL#${emailHash}`,
});

export const manageTokenKey = (tokenHash: string) => ({ PK: `MANAGE#${tokenHash}`, SK: 'MANAGE' });

type Owner = Pick<Registration, 'eventId' | 'id'>;

/**
 * The transaction element that claims an address for a registration: it fails when the address is already taken
 * for the event, which is what keeps one registration per address.
 */
export function emailClaim(table: Table, registration: Owner, emailHash: string, expiresAt: number) {
  return {
    Put: {
      TableName: table.name,
      Item: {
        ...emailKey(registration.eventId, emailHash),
        type: 'email',
        registrationId: registration.id,
        expiresAt,
      },
      ConditionExpression: 'attribute_not_exists(PK)',
    },
  };
}

/** The manage link's item; one without `expiresAt` is found by the purge through the event it names. */
export function manageTokenItem(tokenHash: string, registration: Owner, expiresAt?: number) {
  return {
    ...manageTokenKey(tokenHash),
    type: 'manage-token',
    eventId: registration.eventId,
    registrationId: registration.id,
    ...(expiresAt === undefined ? {} : { expiresAt }),
  };
}

/** The transaction elements that give a registration a new manage link: the old one stops working as it starts. */
export function manageTokenReplacement(
  table: Table,
  registration: Owner,
  hashes: { old: string; new: string },
  expiresAt?: number,
) {
  return [
    { Delete: { TableName: table.name, Key: manageTokenKey(hashes.old) } },
    { Put: { TableName: table.name, Item: manageTokenItem(hashes.new, registration, expiresAt) } },
  ];
}
