import type { OutboxIntent } from '#store/entities/outbox-message.ts';
import {
  type SessionInvite,
  sessionInviteHeld,
  sessionInviteWithdrawn,
} from '#store/entities/session-invite.ts';
import { transact } from '#store/table/send-transaction.ts';
import type { Table } from '#store/table/table.ts';
import type { TransactItem } from '#store/table/transact-item.ts';
import { queueMessage } from './outbox-queue.ts';

/**
 * The invites to sessions a participant holds (`entities/session-invite.ts`) change only with the message that gives
 * or withdraws one. Each notice goes at most once per message id: the message's condition fails when it is queued
 * already, and then nothing is written, so running the notices again sends nobody anything twice.
 */

/** Queues a session's REQUEST to a participant and records that they hold its invite. */
export async function queueSessionRequestOnce(
  table: Table,
  intent: OutboxIntent,
  invite: SessionInvite,
  expiresAt: number,
): Promise<void> {
  await transact(table, [queueMessage(table, intent), sessionInviteHeld(table, invite, expiresAt)]);
}

/** Queues a session's CANCEL to a participant and forgets the invite they held, if they held one. */
export async function queueSessionCancelOnce(
  table: Table,
  intent: OutboxIntent,
  invite: SessionInvite,
): Promise<void> {
  await transact(table, sessionCancelItems(table, intent, invite));
}

/** The transaction elements of a session's CANCEL: its message, and the invite forgotten. */
export function sessionCancelItems(
  table: Table,
  intent: OutboxIntent,
  invite: SessionInvite,
): TransactItem[] {
  return [queueMessage(table, intent), sessionInviteWithdrawn(table, invite)];
}
