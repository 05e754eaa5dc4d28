import { Agent } from 'node:http';
import { performance } from 'node:perf_hooks';
import { TransactWriteItemsCommand, type TransactWriteItemsCommandInput } from '@aws-sdk/client-dynamodb';
import type { Table } from '#store/table/table.ts';
import { recordDynamoDbCalls } from './dynamodb-call-recorder.ts';
import { percentile } from './percentile.ts';
import { burstParticipant, postSignUp, signUpUrl } from './sign-up-burst.ts';

export interface SignUpOverhead {
  samples: number;
  appP50Ms: number;
  bareP50Ms: number;
  /** appP50Ms ÷ bareP50Ms. */
  ratio: number;
  /** DynamoDB calls the app made per sign-up (the last sample). */
  appCallsPerSignUp: string[];
  /** The last sample's transaction as it went over the wire: the hot-item rate replays it. */
  lastTransaction: Record<string, unknown>;
}

/**
 * Sign-up latency through the whole app (HTTP, Hono, validation, the page) against the bare cost of its database
 * write. Sign-ups go one at a time to an event with room; the transaction each one made is taken off the app's
 * client and sent again, byte for byte, to a twin table holding the same event, right after it (so both sides see
 * the same machine at the same moment). The first `warmUp` pairs are not counted.
 */
export async function measureSignUpOverhead(options: {
  table: Table;
  twin: Table;
  baseUrl: string;
  eventId: string;
  warmUp: number;
  samples: number;
}): Promise<SignUpOverhead> {
  const recorder = recordDynamoDbCalls(options.table, { meterCapacity: false });
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const url = signUpUrl(options.baseUrl, options.eventId);
  const app: number[] = [];
  const bare: number[] = [];
  let appCallsPerSignUp: string[] = [];
  let lastTransaction: Record<string, unknown> = {};
  try {
    for (let n = 0; n < options.warmUp + options.samples; n += 1) {
      const firstCall = recorder.calls.length;
      const response = await postSignUp(agent, url, burstParticipant(options.eventId, n), performance.now());
      if (response.status !== 201) throw new Error(`sign-up ${n} answered ${response.status}`);
      const calls = recorder.calls.slice(firstCall);
      const transaction = calls.find((call) => call.command === 'TransactWriteItemsCommand' && !call.failed);
      if (!transaction) throw new Error(`sign-up ${n} wrote no transaction`);

      const replay = new TransactWriteItemsCommand(onTable(transaction.input, options.twin.name));
      const started = performance.now();
      await options.twin.doc.send(replay);
      const bareMs = performance.now() - started;

      if (n >= options.warmUp) {
        app.push(response.latencyMs);
        bare.push(bareMs);
      }
      appCallsPerSignUp = calls.map((call) => call.command.replace(/Command$/, ''));
      lastTransaction = transaction.input;
    }
  } finally {
    recorder.stop();
    agent.destroy();
  }
  const appP50Ms = percentile(app, 50);
  const bareP50Ms = percentile(bare, 50);
  return {
    samples: options.samples,
    appP50Ms,
    bareP50Ms,
    ratio: appP50Ms / bareP50Ms,
    appCallsPerSignUp,
    lastTransaction,
  };
}

/** The same transaction, aimed at another table, under a token of its own (DynamoDB refuses a token reused for other items). */
function onTable(input: Record<string, unknown>, tableName: string): TransactWriteItemsCommandInput {
  const { ClientRequestToken, ...items } = structuredClone(input);
  const transaction = items as unknown as TransactWriteItemsCommandInput;
  for (const element of transaction.TransactItems ?? []) {
    for (const operation of [element.Put, element.Update, element.Delete, element.ConditionCheck]) {
      if (operation) operation.TableName = tableName;
    }
  }
  return transaction;
}
