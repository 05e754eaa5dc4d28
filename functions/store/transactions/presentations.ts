import { DeleteCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { OutboundMessage } from '#shared/domain/outbound-message.ts';
import type { Presentation, PresentationVisibility } from '#shared/domain/presentation.ts';
import type { Registration } from '#shared/domain/registration.ts';
import { presentationItem, presentationKey } from '#store/entities/presentation.ts';
import { updateIf } from '#store/table/conditional-writes.ts';
import type { Table } from '#store/table/table.ts';
import { changeRegistrationWithMessage } from './registration-with-message.ts';

/** Records a file whose upload form is being handed out; it is listed only once it has arrived. */
export async function putPendingPresentation(
  table: Table,
  presentation: Presentation,
  pendingExpiresAt: number,
): Promise<void> {
  await table.doc.send(
    new PutCommand({
      TableName: table.name,
      Item: presentationItem(presentation, pendingExpiresAt),
      ConditionExpression: 'attribute_not_exists(PK)',
    }),
  );
}

/**
 * The file has arrived and passed its checks: it is listed from now on and kept with the event (its pending
 * expiry goes). False when it was not pending (arrived already, or removed meanwhile).
 */
export async function markPresentationReady(
  table: Table,
  presentation: Pick<Presentation, 'eventId' | 'id'>,
  size: number,
): Promise<boolean> {
  return updateIf(table, {
    Key: presentationKey(presentation.eventId, presentation.id),
    UpdateExpression: 'SET #status = :ready, #size = :size REMOVE expiresAt',
    ConditionExpression: '#status = :pending',
    ExpressionAttributeNames: { '#status': 'status', '#size': 'size' },
    ExpressionAttributeValues: { ':ready': 'ready', ':pending': 'pending', ':size': size },
  });
}

/** Who may fetch the file from now on; false when it was removed meanwhile. */
export async function changePresentationVisibility(
  table: Table,
  presentation: Pick<Presentation, 'eventId' | 'id'>,
  visibility: PresentationVisibility,
): Promise<boolean> {
  return updateIf(table, {
    Key: presentationKey(presentation.eventId, presentation.id),
    UpdateExpression: 'SET visibility = :visibility',
    ConditionExpression: 'attribute_exists(PK)',
    ExpressionAttributeValues: { ':visibility': visibility },
  });
}

export async function deletePresentation(
  table: Table,
  presentation: Pick<Presentation, 'eventId' | 'id'>,
): Promise<void> {
  await table.doc.send(
    new DeleteCommand({ TableName: table.name, Key: presentationKey(presentation.eventId, presentation.id) }),
  );
}

/**
 * Marks the participant as told the presentations are there, and queues the mail, together: once per participant
 * however often, or however concurrently, the job runs.
 */
export function queuePresentationsMail(
  table: Table,
  registration: Registration,
  message: OutboundMessage,
  now: string,
): Promise<boolean> {
  return changeRegistrationWithMessage(
    table,
    registration,
    {
      UpdateExpression: 'SET presentationsMailQueuedAt = :now',
      ConditionExpression: 'attribute_not_exists(presentationsMailQueuedAt) AND #status = :confirmed',
      ExpressionAttributeValues: { ':now': now, ':confirmed': 'confirmed' },
    },
    { id: `presentations:${registration.id}`, reason: 'presentations', message, createdAt: now },
  );
}
