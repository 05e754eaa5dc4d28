import { messagesInFormerLists } from '#store/entities/outbox-message.ts';
import type { Table } from '#store/table/table.ts';
import { moveToListOfMessagesToSend } from '#store/transactions/outbox-delivery.ts';

/**
 * Moves every message still in GSI1's former lists of messages to send (pending or claimed) to GSI2's, once per stage
 * after the deploy that added GSI2 (docs/deploying.md). Running it again moves nothing. Returns how many moved.
 */
export async function moveFormerOutboxLists(table: Table): Promise<number> {
  let moved = 0;
  for (const listed of await messagesInFormerLists(table))
    if (await moveToListOfMessagesToSend(table, listed)) moved += 1;
  return moved;
}
