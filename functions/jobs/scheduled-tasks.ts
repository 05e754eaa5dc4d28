/**
 * What a schedule asks the jobs function to do, as the schedule's input. Without a task it runs every job; with
 * `outbox-retries` it only sends the outbox messages whose next try is due: the stream sees a message when it is
 * written, never again when its backoff ends or an organiser tries it again.
 */
export const OUTBOX_RETRIES_TASK = { task: 'outbox-retries' } as const;

export type ScheduledTask = typeof OUTBOX_RETRIES_TASK;

export function isOutboxRetries(input: unknown): input is ScheduledTask {
  return (
    typeof input === 'object' &&
    input !== null &&
    (input as { task?: unknown }).task === OUTBOX_RETRIES_TASK.task
  );
}
