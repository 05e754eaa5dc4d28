import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { Delegation } from '#shared/domain/delegation.ts';
import { checkedRecord, type ItemShape } from '#store/table/checked-record.ts';
import type { Item } from '#store/table/item.ts';
import type { KeyDesign } from '#store/table/key-design.ts';
import { queryAll } from '#store/table/query-all.ts';
import type { Table } from '#store/table/table.ts';
import { eventPartition } from './event.ts';

/**
 * A delegation of an organisation to an event (its lead's way back is `lead-link.ts`):
 *   PK = EVENT#<eventId>, SK = DELEGATION#<organisation key>   one per organisation and event: the lead, the link's hash
 * Members are ordinary registrations carrying `delegation`, so their own links, e-mails and cancellations work as
 * anyone's; their seats and quota places are taken in one transaction.
 */
export const delegationKey = (eventId: string, organisationKey: string) => ({
  PK: eventPartition(eventId),
  SK: `DELEGATION#${organisationKey}`,
});

export const keyDesign: KeyDesign = [delegationKey('<id>', '<organisation key>')];

export const DELEGATION_TYPE = 'delegation';

export function delegationItem(delegation: Delegation, leadTokenHash: string, expiresAt: number): Item {
  return {
    ...delegationKey(delegation.eventId, delegation.organisationKey),
    type: DELEGATION_TYPE,
    ...delegation,
    leadTokenHash,
    expiresAt,
  };
}

type StoredDelegation = Delegation & { leadTokenHash: string };
const shape: ItemShape<StoredDelegation> = {
  type: DELEGATION_TYPE,
  required: {
    eventId: 'string',
    organisation: 'string',
    organisationKey: 'string',
    leadName: 'string',
    leadEmail: 'string',
    createdAt: 'string',
    leadTokenHash: 'string',
  },
};

/** The delegation with the hash of its lead's current link. */
export async function getDelegation(
  table: Table,
  eventId: string,
  organisationKey: string,
): Promise<StoredDelegation | undefined> {
  const { Item } = await table.doc.send(
    new GetCommand({
      TableName: table.name,
      Key: delegationKey(eventId, organisationKey),
      ConsistentRead: true,
    }),
  );
  return Item ? checkedRecord(Item, shape) : undefined;
}

/** Every delegation to the event, without its lead's link hash. */
export async function listDelegations(table: Table, eventId: string): Promise<Delegation[]> {
  const items = await queryAll(table, {
    KeyConditionExpression: 'PK = :event AND begins_with(SK, :prefix)',
    ExpressionAttributeValues: {
      ':event': eventPartition(eventId),
      ':prefix': delegationKey(eventId, '').SK,
    },
    ConsistentRead: true,
  });
  return items.map((item) => {
    const { leadTokenHash: _, ...delegation } = checkedRecord(item, shape);
    return delegation;
  });
}
