import { configFromEnvironment } from '../config.ts';
import { type JobReport, runScheduledJobs } from '../jobs/run-scheduled-jobs.ts';
import { createMailTransport } from '../mail/mail-transport.ts';
import { deliverPendingMessages, type OutboxDelivery } from '../mail/outbox-delivery.ts';
import { connectTable } from '../store/table.ts';

const config = configFromEnvironment();
const table = connectTable(config.table);
const delivery: OutboxDelivery = {
  table,
  transport: createMailTransport(config.mail),
  from: config.mailFrom,
  clock: () => new Date(),
  random: Math.random,
};

/**
 * Invoked by the schedule; the outbox stream then delivers whatever the jobs queued. The stream sees a message only
 * when it is written, so messages waiting out a backoff after a failed try (or tried again by an organiser) are
 * swept here once they are due; locally the outbox worker does the same every second.
 */
export async function handler(): Promise<JobReport & { retriesSent: number }> {
  const report = await runScheduledJobs({
    table,
    clock: () => new Date(),
    publicBaseUrl: config.publicBaseUrl,
  });
  return { ...report, retriesSent: await deliverPendingMessages(delivery) };
}
