import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { Registration } from '#shared/domain/registration.ts';
import { checkedRecord, type ItemShape } from '#store/table/checked-record.ts';
import type { KeyDesign } from '#store/table/key-design.ts';
import type { Table } from '#store/table/table.ts';
import { eventPartition } from './event.ts';

/**
 * An address's claim on an event, written in the same transaction as the registration, so a registration is
 * findable by its address without a scan:
 *   PK = EVENT#<eventId>, SK = EMAIL#<sha256 of the lower-cased address>   one registration per address and event
 * It holds only a hash, so the key itself gives away no address.
 */
export const addressClaimKey = (eventId: string, emailHash: string) => ({
  PK: eventPartition(eventId),
  SK: `EMAIL#${emailHash}`,
});

export const keyDesign: KeyDesign = [addressClaimKey('<id>', '<sha256(address)>')];

type Owner = Pick<Registration, 'eventId' | 'id'>;

/**
 * The transaction element that claims an address for a registration: it fails when the address is already taken
 * for the event, which is what keeps one registration per address.
 */
export function addressClaim(table: Table, registration: Owner, emailHash: string, expiresAt: number) {
  return {
    Put: {
      TableName: table.name,
      Item: {
        ...addressClaimKey(registration.eventId, emailHash),
        type: 'email',
        registrationId: registration.id,
        expiresAt,
      },
      ConditionExpression: 'attribute_not_exists(PK)',
    },
  };
}

const shape: ItemShape<{ registrationId: string }> = {
  type: 'email',
  required: { registrationId: 'string' },
};

/** The registration that holds the address for the event, strongly read: what a refused claim met. */
export async function registrationIdClaiming(
  table: Table,
  eventId: string,
  emailHash: string,
): Promise<string | undefined> {
  const { Item } = await table.doc.send(
    new GetCommand({ TableName: table.name, Key: addressClaimKey(eventId, emailHash), ConsistentRead: true }),
  );
  return Item ? checkedRecord(Item, shape).registrationId : undefined;
}
