import { cancellationReasons, sendTransaction } from '#store/table/send-transaction.ts';
import type { Table } from '#store/table/table.ts';
import type { TransactItem } from '#store/table/transact-item.ts';

/**
 * One conditional write and the audit entries that record it (after any item that goes with the write), in one
 * transaction: the trail never names a change that did not happen, nor misses one that did. False when the write's
 * own condition fails.
 */
export async function writeWithAudit(
  table: Table,
  write: TransactItem,
  audit: TransactItem[],
): Promise<boolean> {
  try {
    await sendTransaction(table, { TransactItems: [write, ...audit] });
    return true;
  } catch (error) {
    if (cancellationReasons(error)?.[0] === 'ConditionalCheckFailed') return false;
    throw error;
  }
}
