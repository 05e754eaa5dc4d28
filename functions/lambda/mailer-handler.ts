import { Logger } from '@aws-lambda-powertools/logger';
import type { Context, DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import { deliverOutboxMessage } from '#operations/outbox/deliver-outbox-message.ts';
import { OUTBOX_TYPE } from '#store/entities/outbox-message.ts';
import { connectTable } from '#store/table/table.ts';
import { lambdaOutboxDelivery } from './lambda-outbox-delivery.ts';
import { configFromEnvironment, linkSecretOf } from './platform-config.ts';

const logger = new Logger();
const config = configFromEnvironment();
const delivery = lambdaOutboxDelivery(config, connectTable(config.table), logger, linkSecretOf(config));

/**
 * Consumes new outbox items from the table's stream. A message the transport refused is back in the outbox with its
 * backoff (or `failed`), so the stream is done with it: the scheduled sweep tries it again when it is due. Only an
 * error that left the message's fate unrecorded (the table did not answer) is a batch item failure, so Lambda
 * retries from that record and, when retries run out, sends it to the on-failure queue.
 */
export async function handler(event: DynamoDBStreamEvent, context: Context): Promise<DynamoDBBatchResponse> {
  logger.addContext(context);
  const batchItemFailures: DynamoDBBatchResponse['batchItemFailures'] = [];
  for (const record of event.Records) {
    const image = record.dynamodb?.NewImage;
    const id = image?.id?.S;
    if (record.eventName !== 'INSERT' || image?.type?.S !== OUTBOX_TYPE || !id) continue;
    try {
      const outcome = await deliverOutboxMessage(delivery, {
        id,
        ...(image.eventId?.S ? { eventId: image.eventId.S } : {}),
        ...(image.endpointId?.S ? { endpointId: image.endpointId.S } : {}),
      });
      logger.info('outbox message handled', { messageId: id, outcome });
    } catch (error) {
      logger.error('outbox message left for a retry of the batch', { messageId: id, error: error as Error });
      batchItemFailures.push({ itemIdentifier: record.dynamodb?.SequenceNumber ?? '' });
      break;
    }
  }
  return { batchItemFailures };
}
