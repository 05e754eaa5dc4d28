import {
  type AttributeValue,
  TransactionCanceledException,
  TransactionConflictException,
} from '@aws-sdk/client-dynamodb';
import type { Table } from '#store/table/table.ts';

export interface ConflictSimulation {
  /** Transactions cancelled with `TransactionConflict`, and single writes refused with `TransactionConflictException`. */
  readonly conflicts: { transactions: number; writes: number };
  stop(): void;
}

type WireKey = Record<string, AttributeValue>;
type WireElement = Partial<
  Record<'Put' | 'Update' | 'Delete' | 'ConditionCheck', { Item?: WireKey; Key?: WireKey }>
>;

const keyOf = (item: WireKey | undefined) => `${item?.PK?.S}\n${item?.SK?.S}`;
const SINGLE_WRITES = new Set(['PutItemCommand', 'UpdateItemCommand', 'DeleteItemCommand']);

/**
 * DynamoDB's conflict rule, which DynamoDB Local does not follow (it makes a second transaction on an item wait for
 * the first): a transaction that touches an item another transaction or write is working on is cancelled at once
 * with `TransactionConflict` on that element, and a single write to an item a transaction is working on is refused
 * with `TransactionConflictException`. The table's client is wrapped so every request takes its items for as long as
 * DynamoDB Local takes to answer it, and a request that finds one of its items taken fails as DynamoDB would.
 */
export function simulateTransactionConflicts(table: Table): ConflictSimulation {
  const held = new Map<string, number>();
  const conflicts = { transactions: 0, writes: 0 };
  const stack = table.doc.middlewareStack;
  stack.add(
    (next, context) => async (args) => {
      const command = context.commandName ?? '';
      const input = args.input as { TransactItems?: WireElement[]; Key?: WireKey; Item?: WireKey };
      let keys: string[];
      if (command === 'TransactWriteItemsCommand') {
        keys = (input.TransactItems ?? []).map((element) => {
          const target = element.Put ?? element.Update ?? element.Delete ?? element.ConditionCheck;
          return keyOf(target?.Key ?? target?.Item);
        });
        if (keys.some((key) => held.has(key))) {
          conflicts.transactions += 1;
          throw new TransactionCanceledException({
            message: 'Transaction cancelled (simulated conflict)',
            $metadata: {},
            CancellationReasons: keys.map((key) => ({
              Code: held.has(key) ? 'TransactionConflict' : 'None',
            })),
          });
        }
      } else if (SINGLE_WRITES.has(command)) {
        keys = [keyOf(input.Key ?? input.Item)];
        if (held.has(keys[0] ?? '')) {
          conflicts.writes += 1;
          throw new TransactionConflictException({
            message: 'Transaction is ongoing for the item (simulated conflict)',
            $metadata: {},
          });
        }
      } else return next(args);
      for (const key of keys) held.set(key, (held.get(key) ?? 0) + 1);
      try {
        return await next(args);
      } finally {
        for (const key of keys) {
          const count = (held.get(key) ?? 1) - 1;
          if (count === 0) held.delete(key);
          else held.set(key, count);
        }
      }
    },
    { step: 'build', name: 'benchTransactionConflicts' },
  );
  return { conflicts, stop: () => stack.remove('benchTransactionConflicts') };
}
