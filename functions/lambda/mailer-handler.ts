import type { DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import { configFromEnvironment } from '../config.ts';
import { createMailTransport } from '../mail/mail-transport.ts';
import { deliverOutboxMessage, type OutboxDelivery } from '../mail/outbox-delivery.ts';
import { connectTable } from '../store/table.ts';

const config = configFromEnvironment();
const delivery: OutboxDelivery = {
  table: connectTable(config.table),
  transport: createMailTransport(config.mail),
  from: config.mailFrom,
  clock: () => new Date(),
  random: Math.random,
};

/**
 * Consumes new outbox items from the table's stream. A message the transport refused is back in the outbox with its
 * backoff (or `failed`), so the stream is done with it: the scheduled sweep tries it again when it is due. Only an
 * error that left the message's fate unrecorded (the table did not answer) is a batch item failure, so Lambda
 * retries from that record and, when retries run out, sends it to the on-failure queue.
 */
export async function handler(event: DynamoDBStreamEvent): Promise<DynamoDBBatchResponse> {
  const batchItemFailures: DynamoDBBatchResponse['batchItemFailures'] = [];
  for (const record of event.Records) {
    const image = record.dynamodb?.NewImage;
    const id = image?.id?.S;
    if (record.eventName !== 'INSERT' || image?.type?.S !== 'outbox' || !id) continue;
    try {
      await deliverOutboxMessage(delivery, { id, ...(image.eventId?.S ? { eventId: image.eventId.S } : {}) });
    } catch {
      batchItemFailures.push({ itemIdentifier: record.dynamodb?.SequenceNumber ?? '' });
      break;
    }
  }
  return { batchItemFailures };
}
