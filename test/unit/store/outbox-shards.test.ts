import { describe, expect, it } from 'vitest';
import { OUTBOX_LIST_SHARDS, outboxShardOf, pendingListKey } from '#store/entities/outbox-message.ts';

describe("the outbox's list of messages to send", () => {
  it('spread 10,000 messages over every shard, none with more than 1.2 times its share', () => {
    const counts = new Map<string, number>();
    for (let n = 0; n < 10_000; n += 1) {
      const shard = outboxShardOf(`confirmation:${crypto.randomUUID()}`);
      counts.set(shard, (counts.get(shard) ?? 0) + 1);
    }
    expect([...counts.keys()].sort()).toEqual(
      Array.from({ length: OUTBOX_LIST_SHARDS }, (_, shard) => String(shard)).sort(),
    );
    expect(Math.max(...counts.values())).toBeLessThan((1.2 * 10_000) / OUTBOX_LIST_SHARDS);
  });

  it('keep a message in one shard whenever it is due, so a retry moves it within its shard', () => {
    const id = 'reminder:7f3a2c';
    const shard = outboxShardOf(id);
    expect(pendingListKey('2026-12-04T10:00:00.000Z', id).GSI2PK).toBe(`OUTBOX#pending#${shard}`);
    expect(pendingListKey('2026-12-04T10:05:00.000Z', id).GSI2PK).toBe(`OUTBOX#pending#${shard}`);
    expect(outboxShardOf(id)).toBe(shard);
  });
});
