import type { ConsumedCapacity } from '@aws-sdk/client-dynamodb';
import type { Table } from '#store/table/table.ts';

/** One request the app sent to DynamoDB, with its input as it went over the wire (attribute values typed). */
export interface RecordedCall {
  command: string;
  input: Record<string, unknown>;
  /** DynamoDB refused it (a cancelled transaction, a failed condition): it reports no capacity then. */
  failed: boolean;
  consumedCapacity: ConsumedCapacity[];
}

export interface DynamoDbCallRecorder {
  calls: RecordedCall[];
  stop(): void;
}

/** The data-plane calls DynamoDB can report consumed capacity for. */
const METERED = new Set([
  'GetItemCommand',
  'PutItemCommand',
  'UpdateItemCommand',
  'DeleteItemCommand',
  'QueryCommand',
  'ScanCommand',
  'BatchGetItemCommand',
  'BatchWriteItemCommand',
  'TransactGetItemsCommand',
  'TransactWriteItemsCommand',
]);

/**
 * Listens in on the table's client: every call the app makes is recorded after the document client has marshalled
 * it. With `meterCapacity`, each call also asks DynamoDB for its consumed capacity per table and index (which
 * changes the request, so it is off when the same calls are being timed).
 */
export function recordDynamoDbCalls(table: Table, options: { meterCapacity: boolean }): DynamoDbCallRecorder {
  const calls: RecordedCall[] = [];
  const stack = table.doc.middlewareStack;
  stack.add(
    (next, context) => async (args) => {
      const input = args.input as Record<string, unknown>;
      const metered = options.meterCapacity && METERED.has(context.commandName ?? '');
      return next(metered ? { ...args, input: { ...input, ReturnConsumedCapacity: 'INDEXES' } } : args);
    },
    { step: 'initialize', name: 'benchMeterCapacity' },
  );
  stack.add(
    (next, context) => async (args) => {
      const call = {
        command: context.commandName ?? 'unknown',
        input: args.input as Record<string, unknown>,
      };
      try {
        const result = await next(args);
        const output = result.output as { ConsumedCapacity?: ConsumedCapacity | ConsumedCapacity[] };
        calls.push({ ...call, failed: false, consumedCapacity: [output.ConsumedCapacity ?? []].flat() });
        return result;
      } catch (error) {
        calls.push({ ...call, failed: true, consumedCapacity: [] });
        throw error;
      }
    },
    { step: 'build', name: 'benchRecordCalls' },
  );
  return {
    calls,
    stop: () => {
      stack.remove('benchMeterCapacity');
      stack.remove('benchRecordCalls');
    },
  };
}
