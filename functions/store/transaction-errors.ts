import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';

/** Why each element of a cancelled transaction failed, by position ('None' where it did not). */
export function cancellationReasons(error: unknown): string[] | undefined {
  if (!(error instanceof TransactionCanceledException)) return undefined;
  return (error.CancellationReasons ?? []).map((reason) => reason.Code ?? 'None');
}

/**
 * Another transaction held one of our items: nothing was written, so trying again is safe. DynamoDB reports this
 * as a cancellation reason (TransactionConflict) or, under load, as a throttle.
 */
export function isTransientConflict(error: unknown): boolean {
  const reasons = cancellationReasons(error);
  if (reasons) return reasons.includes('TransactionConflict') && !reasons.includes('ConditionalCheckFailed');
  return (
    error instanceof Error && ['TransactionInProgressException', 'ThrottlingException'].includes(error.name)
  );
}

/** Jittered exponential back-off, capped, so contenders for one hot item spread out instead of colliding again. */
export function backOff(attempt: number): Promise<void> {
  const ceiling = Math.min(1_000, 10 * 2 ** attempt);
  return new Promise((resolve) => setTimeout(resolve, Math.random() * ceiling));
}
