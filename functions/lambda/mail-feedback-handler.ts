import { Logger } from '@aws-lambda-powertools/logger';
import type { Context, SNSEvent } from 'aws-lambda';
import { recordMailFeedback } from '#operations/outbox/record-mail-feedback.ts';
import { connectTable } from '#store/table/table.ts';
import { configFromEnvironment } from './platform-config.ts';

const logger = new Logger();
const table = connectTable(configFromEnvironment().table);

/**
 * Receives the bounces and complaints SES publishes to the mail-feedback topic and marks those addresses
 * undeliverable. A notification that cannot be read throws: Lambda retries it and then keeps it in the on-failure
 * queue, whose alarm tells the operator.
 */
export async function handler(event: SNSEvent, context: Context): Promise<void> {
  logger.addContext(context);
  for (const record of event.Records) {
    const reports = await recordMailFeedback(table, record.Sns.Message);
    // The reasons only: the addresses are personal data and stay out of the logs.
    logger.info('mail feedback recorded', {
      notificationId: record.Sns.MessageId,
      reasons: reports.map((report) => report.reason),
    });
  }
}
