import { Logger } from '@aws-lambda-powertools/logger';
import type { Context, ScheduledEvent } from 'aws-lambda';
import { type JobReport, runScheduledJobs } from '#jobs/run-scheduled-jobs.ts';
import { isOutboxRetries, type ScheduledTask } from '#jobs/scheduled-tasks.ts';
import { deliverPendingMessages } from '#operations/outbox/deliver-outbox-message.ts';
import { connectTable } from '#store/table/table.ts';
import { lambdaOutboxDelivery } from './lambda-outbox-delivery.ts';
import { configFromEnvironment, fileStorageOf, linkSecretOf } from './platform-config.ts';

const logger = new Logger();
const config = configFromEnvironment();
const table = connectTable(config.table);
// The jobs make manage links (a seat freed by an expired offer goes to the next in line) and mail them.
const linkSecret = linkSecretOf(config);
const delivery = lambdaOutboxDelivery(config, table, logger, linkSecret);

/**
 * Invoked by the schedules; the outbox stream then delivers whatever the jobs queued. The stream sees a message only
 * when it is written, so messages waiting out a backoff after a failed try (or tried again by an organiser) are
 * swept here once they are due: every minute on their own (`outbox-retries`), and after every run of the jobs.
 * Locally the outbox worker does the same every second.
 */
export async function handler(
  event: ScheduledEvent | ScheduledTask | Record<string, never>,
  context: Context,
): Promise<Partial<JobReport> & { retriesSent: number }> {
  logger.addContext(context);
  if (isOutboxRetries(event)) {
    const retriesSent = await deliverPendingMessages(delivery);
    logger.info('outbox retries sent', { retriesSent });
    return { retriesSent };
  }
  const report = await runScheduledJobs({
    table,
    clock: () => new Date(),
    publicBaseUrl: config.publicBaseUrl,
    linkSecret,
    ...fileStorageOf(config),
  });
  const done = { ...report, retriesSent: await deliverPendingMessages(delivery) };
  logger.info('scheduled jobs ran', { report: done });
  return done;
}
