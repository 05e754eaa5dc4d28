import type { Item } from './item.ts';
import { TABLE_LAYOUT } from './table-layout.ts';

/** A stored item that is not what its key promises: another record type, or one without what its record needs. */
export class UnexpectedItemError extends Error {
  constructor(item: Item, problem: string) {
    super(`Unexpected item ${String(item.PK)} / ${String(item.SK)}: ${problem}`);
    this.name = 'UnexpectedItemError';
  }
}

export type AttributeKind = 'string' | 'number' | 'boolean' | 'map' | 'list';

/** What a record type requires of its stored item; each entity module states its own. */
export interface ItemShape<T> {
  /**
   * The item's `type`: an item of another type is refused. One with none is checked by its attributes alone, as the
   * items that updates alone write are (null here: quota counters, the erasure record).
   */
  type: string | null;
  /** The attributes the record cannot do without, with their kind. */
  required: { readonly [K in keyof T & string]?: AttributeKind };
  /** Attributes the record may have: checked when they are there. */
  optional?: { readonly [K in keyof T & string]?: AttributeKind };
  /** Bookkeeping attributes kept on the item but not part of the record. */
  hidden?: readonly string[];
}

/** Attributes that belong to the table's layout, not to the record stored in the item. */
const LAYOUT_ATTRIBUTES = [
  TABLE_LAYOUT.partitionKey,
  TABLE_LAYOUT.sortKey,
  TABLE_LAYOUT.gsi1.partitionKey,
  TABLE_LAYOUT.gsi1.sortKey,
  TABLE_LAYOUT.gsi2.partitionKey,
  TABLE_LAYOUT.gsi2.sortKey,
  TABLE_LAYOUT.timeToLive,
  'type',
];

function kindOf(value: unknown): AttributeKind | 'nothing' | 'something else' {
  if (value === undefined || value === null) return 'nothing';
  if (Array.isArray(value)) return 'list';
  if (typeof value === 'object') return 'map';
  if (typeof value === 'string') return 'string';
  if (typeof value === 'number') return 'number';
  if (typeof value === 'boolean') return 'boolean';
  return 'something else';
}

function checkKinds(
  item: Item,
  kinds: Record<string, AttributeKind | undefined>,
  mayBeAbsent: boolean,
): void {
  for (const [name, kind] of Object.entries(kinds)) {
    const found = kindOf(item[name]);
    if (found !== kind && !(mayBeAbsent && found === 'nothing'))
      throw new UnexpectedItemError(item, `${name} is ${found}, not a ${kind}`);
  }
}

/**
 * The record a stored item holds: the item less its keys, its `type` and the shape's hidden attributes, once its
 * `type` (when it has one) and the kinds of the attributes the record needs are checked. A few `typeof`s per item, no schema: it runs
 * on every read.
 */
export function checkedRecord<T>(item: Item, shape: ItemShape<T>): T {
  if (item.type !== undefined && item.type !== shape.type)
    throw new UnexpectedItemError(item, `its type is ${String(item.type)}, not ${shape.type}`);
  checkKinds(item, shape.required, false);
  if (shape.optional) checkKinds(item, shape.optional, true);
  const hidden = new Set([...LAYOUT_ATTRIBUTES, ...(shape.hidden ?? [])]);
  return Object.fromEntries(Object.entries(item).filter(([name]) => !hidden.has(name))) as T;
}
