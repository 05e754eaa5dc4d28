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
};

/**
 * Consumes new outbox items from the table's stream. A failed send is reported as a batch item failure, so Lambda
 * retries from that record and, when retries run out, sends it to the on-failure queue.
 */
export async function handler(event: DynamoDBStreamEvent): Promise<DynamoDBBatchResponse> {
  const batchItemFailures: DynamoDBBatchResponse['batchItemFailures'] = [];
  for (const record of event.Records) {
    const id = record.dynamodb?.NewImage?.id?.S;
    if (record.eventName !== 'INSERT' || record.dynamodb?.NewImage?.type?.S !== 'outbox' || !id) continue;
    try {
      if ((await deliverOutboxMessage(delivery, id)) === 'failed') throw new Error(`sending ${id} failed`);
    } catch {
      batchItemFailures.push({ itemIdentifier: record.dynamodb?.SequenceNumber ?? '' });
      break;
    }
  }
  return { batchItemFailures };
}
