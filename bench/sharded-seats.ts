import { performance } from 'node:perf_hooks';
import { GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Table } from '#store/table/table.ts';

export interface ShardedSeatsRun {
  capacity: number;
  shards: number;
  takers: number;
  seated: number;
  waiting: number;
  /** Each shard's cap and the seats it gave out, as stored at the end. */
  perShard: { cap: number; taken: number }[];
  /** More seats given out than the capacity, or a shard beyond its cap: must be false. */
  oversold: boolean;
  /** Conditional updates refused because the shard tried was full. */
  refusals: number;
  durationMs: number;
  takersPerSecond: number;
}

/**
 * The design that lifts one event's write ceiling: the seat counter split into `shards` items, each under its own
 * partition key with its own cap (caps summing to the capacity). A taker tries a random shard first and walks on to
 * the next when it is full (`taken < cap` is the condition, checked by DynamoDB), and waits only when every shard has
 * refused; shards never shrink here, so a refusal by all of them means the event is full. All takers start at once.
 */
export async function simulateShardedSeats(
  table: Table,
  options: { run: string; capacity: number; shards: number; takers: number },
): Promise<ShardedSeatsRun> {
  const shardKey = (shard: number) => ({ PK: `SEATS#${options.run}#${shard}`, SK: 'SEATS' });
  const caps = Array.from(
    { length: options.shards },
    (_, shard) =>
      Math.floor(options.capacity / options.shards) + (shard < options.capacity % options.shards ? 1 : 0),
  );
  for (const [shard, cap] of caps.entries()) {
    await table.doc.send(
      new PutCommand({ TableName: table.name, Item: { ...shardKey(shard), cap, taken: 0 } }),
    );
  }

  let refusals = 0;
  const takeSeat = async (): Promise<boolean> => {
    const first = Math.floor(Math.random() * options.shards);
    for (let step = 0; step < options.shards; step += 1) {
      try {
        await table.doc.send(
          new UpdateCommand({
            TableName: table.name,
            Key: shardKey((first + step) % options.shards),
            UpdateExpression: 'ADD taken :one',
            ConditionExpression: 'taken < cap',
            ExpressionAttributeValues: { ':one': 1 },
          }),
        );
        return true;
      } catch (error) {
        if (!(error instanceof Error && error.name === 'ConditionalCheckFailedException')) throw error;
        refusals += 1;
      }
    }
    return false;
  };

  const started = performance.now();
  const outcomes = await Promise.all(Array.from({ length: options.takers }, takeSeat));
  const durationMs = performance.now() - started;

  const perShard = await Promise.all(
    caps.map(async (cap, shard) => {
      const { Item } = await table.doc.send(
        new GetCommand({ TableName: table.name, Key: shardKey(shard), ConsistentRead: true }),
      );
      return { cap, taken: Number(Item?.taken) };
    }),
  );
  const seated = outcomes.filter(Boolean).length;
  const taken = perShard.reduce((sum, shard) => sum + shard.taken, 0);
  return {
    capacity: options.capacity,
    shards: options.shards,
    takers: options.takers,
    seated,
    waiting: options.takers - seated,
    perShard,
    oversold:
      taken !== seated || taken > options.capacity || perShard.some((shard) => shard.taken > shard.cap),
    refusals,
    durationMs,
    takersPerSecond: options.takers / (durationMs / 1000),
  };
}
