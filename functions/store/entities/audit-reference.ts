import { checkedRecord, type ItemShape } from '#store/table/checked-record.ts';
import type { Item } from '#store/table/item.ts';
import type { KeyDesign } from '#store/table/key-design.ts';
import { queryAll } from '#store/table/query-all.ts';
import type { Table } from '#store/table/table.ts';
import { eventPartition } from './event.ts';

/**
 * The way from a registration to each audit entry that names it, kept in the event's partition so that erasing the
 * person (or the whole event's personal data) finds their entries with one strongly consistent Query instead of a
 * scan of every organisation's trail:
 *   PK = EVENT#<eventId>, SK = AUDITREF#<registrationId>#<entryId>   the entry's key: organisationId, at, entryId
 * It is written in the transaction of the entry, expires with it, and goes when the entry is pseudonymised.
 */
export interface AuditReference {
  eventId: string;
  registrationId: string;
  organisationId: string;
  at: string;
  entryId: string;
}

const REFERENCE_PREFIX = 'AUDITREF#';
export const auditReferenceKey = ({ eventId, registrationId, entryId }: AuditReference) => ({
  PK: eventPartition(eventId),
  SK: `${REFERENCE_PREFIX}${registrationId}#${entryId}`,
});

export const keyDesign: KeyDesign = [
  auditReferenceKey({
    eventId: '<id>',
    registrationId: '<registrationId>',
    organisationId: '<orgId>',
    at: '<at>',
    entryId: '<uuid>',
  }),
];

const AUDIT_REFERENCE_TYPE = 'audit-reference';

export function auditReferenceItem(reference: AuditReference, expiresAt: number): Item {
  return { ...auditReferenceKey(reference), type: AUDIT_REFERENCE_TYPE, ...reference, expiresAt };
}

const shape: ItemShape<AuditReference> = {
  type: AUDIT_REFERENCE_TYPE,
  required: {
    eventId: 'string',
    registrationId: 'string',
    organisationId: 'string',
    at: 'string',
    entryId: 'string',
  },
};

/** The references to the entries naming one registration of the event, or any of its registrations; strongly read. */
export async function auditReferences(
  table: Table,
  eventId: string,
  registrationId?: string,
): Promise<AuditReference[]> {
  const items = await queryAll(table, {
    KeyConditionExpression: 'PK = :pk AND begins_with(SK, :references)',
    ExpressionAttributeValues: {
      ':pk': eventPartition(eventId),
      ':references': registrationId ? `${REFERENCE_PREFIX}${registrationId}#` : REFERENCE_PREFIX,
    },
    ConsistentRead: true,
  });
  return items.map((item) => checkedRecord(item, shape));
}
