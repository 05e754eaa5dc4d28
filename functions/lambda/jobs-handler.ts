import { configFromEnvironment } from '../config.ts';
import { type JobReport, runScheduledJobs } from '../jobs/run-scheduled-jobs.ts';
import { connectTable } from '../store/table.ts';

const config = configFromEnvironment();
const table = connectTable(config.table);

/** Invoked by the schedule; the outbox stream then delivers whatever the jobs queued. */
export async function handler(): Promise<JobReport> {
  return runScheduledJobs({ table, clock: () => new Date(), publicBaseUrl: config.publicBaseUrl });
}
