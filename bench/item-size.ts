import type { AttributeValue } from '@aws-sdk/client-dynamodb';

const utf8Bytes = (text: string) => Buffer.byteLength(text, 'utf8');

/**
 * An item's size as DynamoDB bills it (the Developer Guide's item-size rules): each attribute's name in UTF-8 plus
 * its value. Capacity is charged per started 1 KB of the larger of the item's before and after images.
 */
export function itemSize(item: Record<string, AttributeValue>): number {
  return Object.entries(item).reduce((sum, [name, value]) => sum + utf8Bytes(name) + valueSize(value), 0);
}

function valueSize(value: AttributeValue): number {
  if (value.S !== undefined) return utf8Bytes(value.S);
  if (value.N !== undefined) return numberSize(value.N);
  if (value.B !== undefined) return value.B.byteLength;
  if (value.BOOL !== undefined || value.NULL !== undefined) return 1;
  if (value.SS !== undefined) return value.SS.reduce((sum, text) => sum + utf8Bytes(text), 0);
  if (value.NS !== undefined) return value.NS.reduce((sum, number) => sum + numberSize(number), 0);
  if (value.BS !== undefined) return value.BS.reduce((sum, bytes) => sum + bytes.byteLength, 0);
  if (value.L !== undefined) return 3 + value.L.reduce((sum, element) => sum + 1 + valueSize(element), 0);
  if (value.M !== undefined) return 3 + itemSize(value.M) + Object.keys(value.M).length;
  return 0;
}

/** One byte per two significant digits, plus one. */
function numberSize(number: string): number {
  const digits = number.replace(/^[-+]/, '').replace('.', '').replace(/^0+/, '').replace(/0+$/, '');
  return Math.ceil(Math.max(digits.length, 1) / 2) + 1;
}

/** A global secondary index as the table's layout declares it: its keys and, unless it projects everything, what it projects. */
export interface IndexLayout {
  partitionKey: string;
  sortKey: string;
  projected?: readonly string[];
}

/** The table's own key attributes: an index entry always holds them. */
const TABLE_KEYS = ['PK', 'SK'];

/**
 * The size of an item's entry in an index as DynamoDB bills it: the table's and the index's key attributes, the
 * projected attributes (all of them, for a projection ALL) and 100 bytes of overhead. Undefined when the item has no
 * key of the index (a sparse index holds no entry for it).
 */
export function indexEntrySize(item: Record<string, AttributeValue>, index: IndexLayout): number | undefined {
  if (item[index.partitionKey] === undefined) return undefined;
  const entry = index.projected
    ? Object.fromEntries(
        Object.entries(item).filter(([name]) =>
          [...TABLE_KEYS, index.partitionKey, index.sortKey, ...(index.projected ?? [])].includes(name),
        ),
      )
    : item;
  return itemSize(entry) + 100;
}
