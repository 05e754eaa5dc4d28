import type { SentMessage } from '#shared/organiser/sent-message.ts';
import { checkedRecord, type ItemShape } from '#store/table/checked-record.ts';
import type { Item } from '#store/table/item.ts';
import type { KeyDesign } from '#store/table/key-design.ts';
import { queryAll } from '#store/table/query-all.ts';
import type { Table } from '#store/table/table.ts';
import { eventPartition } from './event.ts';

/**
 * Kept in the event's partition, beside the registrations:
 *   PK = EVENT#<eventId>, SK = SENT#<messageId>
 * The message id comes from the preview the organiser confirmed, so sending the same preview twice finds the record
 * there already. It names the organiser, so it expires with the organisation's retention period (`expiresAt`).
 */
const SENT_PREFIX = 'SENT#';
export const sentMessageKey = (eventId: string, id: string) => ({
  PK: eventPartition(eventId),
  SK: `${SENT_PREFIX}${id}`,
});

export const keyDesign: KeyDesign = [sentMessageKey('<id>', '<messageId>')];

export function sentMessageItem(sent: SentMessage, expiresAt: number): Item {
  return { ...sentMessageKey(sent.eventId, sent.id), type: 'sent-message', ...sent, expiresAt };
}

const shape: ItemShape<SentMessage> = {
  type: 'sent-message',
  required: {
    id: 'string',
    eventId: 'string',
    sentAt: 'string',
    sentBy: 'map',
    subject: 'string',
    recipients: 'number',
  },
};

/** The messages sent to an event's participants, the latest first. */
export async function listSentMessages(table: Table, eventId: string): Promise<SentMessage[]> {
  const items = await queryAll(table, {
    KeyConditionExpression: 'PK = :pk AND begins_with(SK, :sent)',
    ExpressionAttributeValues: { ':pk': eventPartition(eventId), ':sent': SENT_PREFIX },
    ConsistentRead: true,
  });
  return items
    .map((item) => checkedRecord(item, shape))
    .sort((a, b) => Date.parse(b.sentAt) - Date.parse(a.sentAt));
}
