import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { Certificate } from '#shared/domain/certificate.ts';
import { checkedRecord, type ItemShape } from '#store/table/checked-record.ts';
import type { Item } from '#store/table/item.ts';
import type { KeyDesign } from '#store/table/key-design.ts';
import type { Table } from '#store/table/table.ts';
import { TABLE_LAYOUT } from '#store/table/table-layout.ts';
import { eventPartition } from './event.ts';

/**
 * A participant's certificate of attendance, in the event's partition (so it goes with the event's personal data,
 * `expiresAt` the organisation's retention), found by its number through GSI1 for the check page:
 *   PK = EVENT#<id>, SK = CERTIFICATE#<registrationId>     GSI1PK = CERTIFICATE#<number>, GSI1SK = CERTIFICATE
 * One per registration: issuing is a put under `attribute_not_exists`.
 */
export const certificateKey = (eventId: string, registrationId: string) => ({
  PK: eventPartition(eventId),
  SK: `CERTIFICATE#${registrationId}`,
});
export const certificateNumberKey = (number: string) => ({
  GSI1PK: `CERTIFICATE#${number}`,
  GSI1SK: 'CERTIFICATE',
});

export const keyDesign: KeyDesign = [
  { ...certificateKey('<id>', '<registrationId>'), gsi1: [certificateNumberKey('<number>')] },
];

const CERTIFICATE_TYPE = 'certificate';

export const certificateItem = (certificate: Certificate, expiresAt: number): Item => ({
  ...certificateKey(certificate.eventId, certificate.registrationId),
  ...certificateNumberKey(certificate.number),
  type: CERTIFICATE_TYPE,
  ...certificate,
  expiresAt,
});

const shape: ItemShape<Certificate> = {
  type: CERTIFICATE_TYPE,
  required: {
    eventId: 'string',
    registrationId: 'string',
    number: 'string',
    name: 'string',
    issuedAt: 'string',
  },
};
const certificateOf = (item: Item) => checkedRecord(item, shape);

export async function getCertificate(
  table: Table,
  eventId: string,
  registrationId: string,
): Promise<Certificate | undefined> {
  const { Item } = await table.doc.send(
    new GetCommand({
      TableName: table.name,
      Key: certificateKey(eventId, registrationId),
      ConsistentRead: true,
    }),
  );
  return Item ? certificateOf(Item) : undefined;
}

/** The certificate with this number, if one was issued and its event's personal data is still kept. */
export async function findCertificate(table: Table, number: string): Promise<Certificate | undefined> {
  const { GSI1PK } = certificateNumberKey(number);
  const { Items } = await table.doc.send(
    new QueryCommand({
      TableName: table.name,
      IndexName: TABLE_LAYOUT.gsi1.name,
      KeyConditionExpression: 'GSI1PK = :number',
      ExpressionAttributeValues: { ':number': GSI1PK },
      Limit: 1,
    }),
  );
  const found = Items?.[0];
  return found ? certificateOf(found) : undefined;
}
