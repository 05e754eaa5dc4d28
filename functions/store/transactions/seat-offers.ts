import { hashEmail } from '#security/secret-token.ts';
import type { MailIntent } from '#shared/domain/mail-intent.ts';
import type { Registration } from '#shared/domain/registration.ts';
import { eventKey } from '#store/entities/event.ts';
import { seatCounterKey, statusCountMoves } from '#store/entities/seat-counter.ts';
import { sendTransaction } from '#store/table/send-transaction.ts';
import type { Table } from '#store/table/table.ts';
import type { TransactItem } from '#store/table/transact-item.ts';
import { changeRegistrationWithMessage } from './registration-with-message.ts';

/**
 * The person accepts the seat held for them: only while the offer is open, so an answer and the expiry job cannot
 * both win. The seat was counted as taken when it was offered, so only the counter's count of offers changes.
 */
export function acceptOffer(
  table: Table,
  registration: Registration,
  now: string,
  /** The confirmation, as the mailer's intent. */
  confirmation: MailIntent,
): Promise<boolean> {
  return changeRegistrationWithMessage(
    table,
    registration,
    {
      UpdateExpression:
        'SET #status = :confirmed, acceptedAt = :now, updatedAt = :now REMOVE offerExpiresAt, GSI1PK, GSI1SK',
      ConditionExpression: '#status = :offered AND offerExpiresAt > :now',
      ExpressionAttributeValues: { ':confirmed': 'confirmed', ':offered': 'offered', ':now': now },
    },
    {
      id: `accepted:${registration.id}`,
      reason: 'offer-accepted',
      mail: confirmation,
      recipientHash: hashEmail(registration.email),
      createdAt: now,
    },
    [offerAcceptedOnCounter(table, registration.eventId)],
  );
}

function offerAcceptedOnCounter(table: Table, eventId: string): TransactItem {
  const moves = statusCountMoves(['offered', 'confirmed']);
  return {
    Update: {
      TableName: table.name,
      Key: seatCounterKey(eventId),
      UpdateExpression: `ADD ${moves.terms.join(', ')}`,
      ExpressionAttributeValues: moves.values,
    },
  };
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
