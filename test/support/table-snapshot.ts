import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import type { Table } from '#store/table/table.ts';

/** Every item in the table, as sorted JSON lines, so a test can tell whether anything changed. */
export async function tableItems(table: Table): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await table.doc.send(
      new ScanCommand({ TableName: table.name, ExclusiveStartKey: startKey, ConsistentRead: true }),
    );
    items.push(...(page.Items ?? []));
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  return items;
}

/**
 * The table's content as a comparable text, leaving out items whose partition starts with one of `ignoring`
 * (sessions slide their idle deadline on every request, which is not a change a refusal must avoid).
 */
export async function tableSnapshot(table: Table, ignoring: string[] = ['SESSION#']): Promise<string> {
  return (await tableItems(table))
    .filter((item) => !ignoring.some((prefix) => String(item.PK).startsWith(prefix)))
    .map((item) => JSON.stringify(item, Object.keys(item).sort()))
    .sort()
    .join('\n');
}
