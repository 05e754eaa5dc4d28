import { performance } from 'node:perf_hooks';
import { TransactWriteItemsCommand, type TransactWriteItemsCommandInput } from '@aws-sdk/client-dynamodb';
import { backOff, isTransientConflict } from '#store/table/send-transaction.ts';
import type { Table } from '#store/table/table.ts';

export interface HotItemRate {
  transactions: number;
  inFlight: number;
  wallMs: number;
  perSecond: number;
}

/**
 * How many transactions a second DynamoDB (Local) takes when every one of them updates the same hot item: the
 * app's own confirmed sign-up transaction (`recorded`, its seat counter update and its event check as they were),
 * sent `transactions` times with `inFlight` at once, each with its new items under sort keys of their own. It is
 * the ceiling the app's burst is measured against, on the same machine in the same run.
 */
export async function measureHotItemRate(
  table: Table,
  recorded: Record<string, unknown>,
  options: { transactions: number; inFlight: number },
): Promise<HotItemRate> {
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < options.transactions) {
      const n = next;
      next += 1;
      const command = new TransactWriteItemsCommand(copyOf(recorded, table.name, n));
      for (let attempt = 0; ; attempt += 1) {
        try {
          await table.doc.send(command);
          break;
        } catch (error) {
          if (!isTransientConflict(error)) throw error;
          await backOff(attempt);
        }
      }
    }
  };
  await Promise.all(Array.from({ length: options.inFlight }, worker));
  const wallMs = performance.now() - started;
  return { ...options, wallMs, perSecond: options.transactions / (wallMs / 1000) };
}

/** The recorded transaction on `tableName`, each new item (a Put) under a sort key of copy `n`'s own. */
function copyOf(
  recorded: Record<string, unknown>,
  tableName: string,
  n: number,
): TransactWriteItemsCommandInput {
  const { ClientRequestToken, ReturnConsumedCapacity, ...items } = structuredClone(recorded);
  const transaction = items as unknown as TransactWriteItemsCommandInput;
  for (const element of transaction.TransactItems ?? []) {
    for (const operation of [element.Put, element.Update, element.Delete, element.ConditionCheck]) {
      if (operation) operation.TableName = tableName;
    }
    const sortKey = element.Put?.Item?.SK;
    if (sortKey?.S) sortKey.S = `${sortKey.S}~${n}`;
  }
  return transaction;
}
