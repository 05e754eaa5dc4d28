import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { TABLE_LAYOUT } from '#store/table/table-layout.ts';
import { type IndexLayout, indexEntrySize, itemSize } from './item-size.ts';

type WireItem = Record<string, AttributeValue>;

/** Every index of the table, with what each projects. */
export const TABLE_INDEXES: readonly IndexLayout[] = [TABLE_LAYOUT.gsi1, TABLE_LAYOUT.gsi2];

const kilobytes = (bytes: number) => Math.ceil(bytes / 1024);

/**
 * What one write of an item costs by AWS's rules, from the item before it (none for a new item) and after it (none
 * for a deletion): the table one unit per started KB of the larger image (two in a transaction); each index the
 * entry it writes: a new entry, a removed one, both when its keys change, and a rewrite when an attribute the index
 * projects changes; nothing when the write changes only attributes the index does not hold.
 */
export function writeUnits(
  before: WireItem | undefined,
  after: WireItem | undefined,
  options: { transactional: boolean },
): { table: number; index: number } {
  const larger = Math.max(before ? itemSize(before) : 0, after ? itemSize(after) : 0);
  const table = (options.transactional ? 2 : 1) * kilobytes(larger);
  const index = TABLE_INDEXES.reduce((sum, layout) => sum + indexWriteUnits(before, after, layout), 0);
  return { table, index };
}

function indexWriteUnits(
  before: WireItem | undefined,
  after: WireItem | undefined,
  layout: IndexLayout,
): number {
  const old = before && indexEntrySize(before, layout);
  const next = after && indexEntrySize(after, layout);
  if (old === undefined) return next === undefined ? 0 : kilobytes(next);
  if (next === undefined) return kilobytes(old);
  const keys = [layout.partitionKey, layout.sortKey];
  if (keys.some((name) => !sameValue(before?.[name], after?.[name]))) return kilobytes(old) + kilobytes(next);
  const held = layout.projected ?? Object.keys({ ...before, ...after });
  return held.some((name) => !sameValue(before?.[name], after?.[name])) ? kilobytes(Math.max(old, next)) : 0;
}

const sameValue = (a: AttributeValue | undefined, b: AttributeValue | undefined) =>
  JSON.stringify(a) === JSON.stringify(b);
