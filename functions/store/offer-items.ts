import type { OutboundMessage } from '#shared/domain/outbound-message.ts';
import type { Registration } from '#shared/domain/registration.ts';
import { eventKey } from './event-items.ts';
import { OPEN_OFFERS } from './promotion-items.ts';
import { changeRegistrationWithMessage } from './registration-items.ts';
import { queryAll } from './table/query-all.ts';
import { sendTransaction } from './table/send-transaction.ts';
import type { Table } from './table/table.ts';
import { TABLE_LAYOUT } from './table/table-layout.ts';
import type { TransactItem } from './table/transact-item.ts';

/**
 * The person accepts the seat held for them: only while the offer is open, so an answer and the expiry job cannot
 * both win. The seat was counted as taken when it was offered, so no counter changes.
 */
export function acceptOffer(
  table: Table,
  registration: Registration,
  now: string,
  confirmation: OutboundMessage,
): Promise<boolean> {
  return changeRegistrationWithMessage(
    table,
    registration,
    {
      UpdateExpression: 'SET #status = :confirmed, acceptedAt = :now REMOVE offerExpiresAt, GSI1PK, GSI1SK',
      ConditionExpression: '#status = :offered AND offerExpiresAt > :now',
      ExpressionAttributeValues: { ':confirmed': 'confirmed', ':offered': 'offered', ':now': now },
    },
    { id: `accepted:${registration.id}`, reason: 'offer-accepted', message: confirmation, createdAt: now },
  );
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
  return items.map((item) => ({ eventId: String(item.eventId), registrationId: String(item.id) }));
}

/** The organiser's choice between giving freed seats at once and offering them for `offerHours`. */
export async function setOfferHours(
  table: Table,
  eventId: string,
  offerHours: number | undefined,
  /** Writes that go with the change in its transaction: its audit entry. */
  also: TransactItem[] = [],
): Promise<void> {
  const update = {
    TableName: table.name,
    Key: eventKey(eventId),
    ...(offerHours === undefined
      ? { UpdateExpression: 'REMOVE offerHours' }
      : {
          UpdateExpression: 'SET offerHours = :hours',
          ExpressionAttributeValues: { ':hours': offerHours },
        }),
    ConditionExpression: 'attribute_exists(PK)',
  };
  await sendTransaction(table, { TransactItems: [{ Update: update }, ...also] });
}
