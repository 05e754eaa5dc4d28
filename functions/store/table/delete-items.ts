import { BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { ItemKey } from './item.ts';
import type { Table } from './table.ts';

/** Deletes many items by key, 25 to a request as DynamoDB allows, until none is left unprocessed. */
export async function deleteItems(table: Table, keys: ItemKey[]): Promise<void> {
  // One request may not name an item twice.
  const unique = [...new Map(keys.map((key) => [`${key.PK}\n${key.SK}`, key])).values()];
  for (let start = 0; start < unique.length; start += 25) {
    let requests: Record<string, { DeleteRequest: { Key: ItemKey } }[]> = {
      [table.name]: unique.slice(start, start + 25).map((Key) => ({ DeleteRequest: { Key } })),
    };
    while (Object.keys(requests).length > 0) {
      const result = await table.doc.send(new BatchWriteCommand({ RequestItems: requests }));
      requests = (result.UnprocessedItems ?? {}) as typeof requests;
    }
  }
}
