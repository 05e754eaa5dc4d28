import { randomUUID } from 'node:crypto';
import { type AttributeValue, TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { TransactWriteCommand, type TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import type { Table } from './table.ts';

/** DynamoDB's limit on the items in one transaction. */
export const TRANSACTION_LIMIT = 100;

/** Why each element of a cancelled transaction failed, by position ('None' where it did not). */
export function cancellationReasons(error: unknown): string[] | undefined {
  if (!(error instanceof TransactionCanceledException)) return undefined;
  return (error.CancellationReasons ?? []).map((reason) => reason.Code ?? 'None');
}

/**
 * The item an element of a cancelled transaction met, where the element asked for it
 * (`ReturnValuesOnConditionCheckFailure: 'ALL_OLD'`) and its condition failed: in DynamoDB's wire form.
 */
export function cancelledItem(error: unknown, index: number): Record<string, AttributeValue> | undefined {
  if (!(error instanceof TransactionCanceledException)) return undefined;
  return error.CancellationReasons?.[index]?.Item;
}

/** Reasons DynamoDB gives for cancelling a transaction that wrote nothing and may simply be tried again. */
const TRANSIENT_REASONS = ['TransactionConflict', 'ThrottlingError', 'ProvisionedThroughputExceeded'];
/** Errors of single requests (or whole transactions) that mean "busy now", never "refused". */
const TRANSIENT_ERRORS = [
  'TransactionInProgressException',
  // A single write to an item an ongoing transaction holds: DynamoDB refuses it, and the SDK does not retry it.
  'TransactionConflictException',
  'ThrottlingException',
  'ProvisionedThroughputExceededException',
  'RequestLimitExceeded',
  // A 500 from DynamoDB (DynamoDB Local raises it when a lock wait times out under load) is documented as safe to
  // retry; every transaction here is guarded by conditions, so one that did go through cannot apply twice.
  'InternalServerError',
];

/**
 * Another transaction held one of our items, or the table was throttled: nothing was written, so trying again is
 * safe. A cancellation that also failed a condition is a refusal, not contention.
 */
export function isTransientConflict(error: unknown): boolean {
  const reasons = cancellationReasons(error);
  if (reasons)
    return (
      reasons.some((reason) => TRANSIENT_REASONS.includes(reason)) &&
      !reasons.includes('ConditionalCheckFailed')
    );
  return error instanceof Error && TRANSIENT_ERRORS.includes(error.name);
}

/**
 * The store stayed busy (conflicts or throttling) through every retry. Nothing of the request was written: the
 * person is asked to try again in `STORE_BUSY_RETRY_SECONDS` (HTTP 503); it is not a bug.
 */
export class StoreBusyError extends Error {
  constructor(what: string, options?: { cause?: unknown }) {
    super(`${what}: the store stayed busy`, options);
    this.name = 'StoreBusyError';
  }
}

export const STORE_BUSY_RETRY_SECONDS = 5;

/** Busy now, as the HTTP edge sees it: our own give-up, or a throttle that outlasted the SDK's own retries. */
export const isStoreBusy = (error: unknown) => error instanceof StoreBusyError || isTransientConflict(error);

/**
 * Enough tries (about 10 s of waiting at most) to outlast contention on one hot item when hundreds sign up in the
 * same second, few enough to answer well inside API Gateway's 29 s.
 */
export const TRANSIENT_ATTEMPTS = 20;

/** Jittered exponential back-off, capped, so contenders for one hot item spread out instead of colliding again. */
export function backOff(attempt: number): Promise<void> {
  const ceiling = Math.min(1_000, 10 * 2 ** attempt);
  return new Promise((resolve) => setTimeout(resolve, Math.random() * ceiling));
}

/**
 * Sends one transaction, again with back-off while it is cancelled for contention or throttling, and gives up with
 * `StoreBusyError` after `TRANSIENT_ATTEMPTS`. Any refusal (a failed condition) is thrown to the caller unchanged.
 * Every try carries the same ClientRequestToken: when a transaction went through but its answer was lost (a 500,
 * a dropped connection), DynamoDB answers the next try with that success instead of running it again, where its
 * conditions would refuse it as if someone else had taken the address or the seat.
 */
export async function sendTransaction(table: Table, input: TransactWriteCommandInput): Promise<void> {
  const once = { ...input, ClientRequestToken: input.ClientRequestToken ?? randomUUID() };
  for (let attempt = 0; attempt < TRANSIENT_ATTEMPTS; attempt += 1) {
    try {
      await table.doc.send(new TransactWriteCommand(once));
      return;
    } catch (error) {
      if (!isTransientConflict(error)) throw error;
      if (attempt === TRANSIENT_ATTEMPTS - 1) throw new StoreBusyError('transaction', { cause: error });
      await backOff(attempt);
    }
  }
}

/**
 * Sends one single-item write, again with back-off while a transaction holds its item or the table is throttled: a
 * hot counter that sign-up transactions write all the time is written this way too.
 */
export async function sendWrite<T>(write: () => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await write();
    } catch (error) {
      if (!isTransientConflict(error)) throw error;
      if (attempt === TRANSIENT_ATTEMPTS - 1) throw new StoreBusyError('write', { cause: error });
      await backOff(attempt);
    }
  }
}

/**
 * Runs one transaction, again while another transaction holds an item; a failed condition comes back as the index
 * of the first element that failed it.
 */
export async function transact(table: Table, items: Record<string, unknown>[]): Promise<number | undefined> {
  try {
    await sendTransaction(table, { TransactItems: items });
    return undefined;
  } catch (error) {
    const failed = cancellationReasons(error)?.indexOf('ConditionalCheckFailed') ?? -1;
    if (failed < 0) throw error;
    return failed;
  }
}
