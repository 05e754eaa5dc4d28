import { TABLE_LAYOUT } from './table-layout.ts';

export type Item = Record<string, unknown>;

/** Where an item is: its partition and sort key. */
export type ItemKey = { PK: string; SK: string };

/** Attributes that belong to the table's layout, not to the record stored in the item. */
const LAYOUT_ATTRIBUTES = [
  TABLE_LAYOUT.partitionKey,
  TABLE_LAYOUT.sortKey,
  TABLE_LAYOUT.gsi1.partitionKey,
  TABLE_LAYOUT.gsi1.sortKey,
  TABLE_LAYOUT.timeToLive,
  'type',
];

/** The domain record an item holds: the item less its keys and any bookkeeping attributes named in `also`. */
export function recordOf<T>(item: Item, also: readonly string[] = []): T {
  const hidden = new Set([...LAYOUT_ATTRIBUTES, ...also]);
  return Object.fromEntries(Object.entries(item).filter(([name]) => !hidden.has(name))) as T;
}
