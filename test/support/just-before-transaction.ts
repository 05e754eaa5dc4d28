import { TransactWriteCommand, type TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import { vi } from 'vitest';
import type { Table } from '#store/table/table.ts';

type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

/**
 * Runs `meanwhile` once, just before the first transaction with an item that `matches` goes to the store: between
 * a request's read and its write, where a colleague's change or a participant's pick can come in. What `meanwhile`
 * writes itself passes straight through. Restore the spy it returns when done.
 */
export function justBeforeTransaction(
  table: Table,
  matches: (item: TransactItem) => boolean,
  meanwhile: () => Promise<unknown>,
) {
  const { doc } = table;
  const send = doc.send.bind(doc);
  let pending = true;
  return vi.spyOn(doc, 'send').mockImplementation((async (command: unknown) => {
    if (
      pending &&
      command instanceof TransactWriteCommand &&
      (command.input.TransactItems ?? []).some(matches)
    ) {
      pending = false;
      await meanwhile();
    }
    return send(command as Parameters<typeof send>[0]);
  }) as typeof doc.send);
}
