import type { Application } from '#shared/domain/application.ts';
import type { EventRecord } from '#shared/domain/event.ts';
import type { OutboundMessage } from '#shared/domain/outbound-message.ts';
import { applicationItem, applicationKey, type StoredApplication } from '#store/entities/application.ts';
import { applicationLinkItem, applicationLinkKey } from '#store/entities/application-link.ts';
import { eventStillOpen } from '#store/entities/event.ts';
import { transact } from '#store/table/send-transaction.ts';
import type { Table } from '#store/table/table.ts';
import type { TransactItem } from '#store/table/transact-item.ts';
import { queueMessage } from './outbox-queue.ts';

/** The members' receipts of one change, one per member, in member order. */
type Receipts = OutboundMessage[];

export type ApplicationWrite = 'saved' | 'closed' | 'exists' | 'stale';

function linkItem(
  table: Table,
  stored: Pick<StoredApplication, 'application' | 'linkTokenHash' | 'expiresAt'>,
) {
  return {
    Put: {
      TableName: table.name,
      Item: applicationLinkItem(stored.linkTokenHash, stored.application, stored.expiresAt),
    },
  };
}

function receiptItems(
  table: Table,
  eventId: string,
  idPrefix: string,
  reason: string,
  receipts: Receipts,
  createdAt: string,
) {
  return receipts.map((message, n) =>
    queueMessage(table, { id: `${idPrefix}:${n}`, eventId, reason, message, createdAt }),
  );
}

/**
 * Stores a new application with its edit link and every member's receipt, in one transaction: `exists` when the
 * municipality has applied already (nothing written), `closed` when the event no longer takes applications.
 */
export async function submitApplication(
  table: Table,
  event: EventRecord,
  stored: StoredApplication,
  receipts: Receipts,
  /** Its announcement to the organisation's webhooks, if any endpoint wants it. */
  announce: TransactItem[] = [],
): Promise<ApplicationWrite> {
  const { application } = stored;
  const failed = await transact(table, [
    eventStillOpen(table, event),
    {
      Put: {
        TableName: table.name,
        Item: applicationItem(stored),
        ConditionExpression: 'attribute_not_exists(PK)',
      },
    },
    linkItem(table, stored),
    ...receiptItems(
      table,
      application.eventId,
      `application:${application.eventId}:${application.municipalityCode}:${stored.revision}`,
      'application',
      receipts,
      application.submittedAt,
    ),
    ...announce,
  ]);
  if (failed === undefined) return 'saved';
  return failed === 0 ? 'closed' : 'exists';
}

/**
 * Gives the team a new edit link: the old one stops working in the same transaction that queues the new one to
 * every member. `stale` when the link changed meanwhile (someone else's attempt already sent a new one).
 */
export async function replaceApplicationLink(
  table: Table,
  stored: StoredApplication,
  newTokenHash: string,
  receipts: Receipts,
  now: string,
): Promise<ApplicationWrite> {
  const { eventId, municipalityCode } = stored.application;
  const failed = await transact(table, [
    {
      Update: {
        TableName: table.name,
        Key: applicationKey(eventId, municipalityCode),
        UpdateExpression: 'SET linkTokenHash = :new',
        ConditionExpression: 'linkTokenHash = :old',
        ExpressionAttributeValues: { ':new': newTokenHash, ':old': stored.linkTokenHash },
      },
    },
    { Delete: { TableName: table.name, Key: applicationLinkKey(stored.linkTokenHash) } },
    linkItem(table, { ...stored, linkTokenHash: newTokenHash }),
    ...receiptItems(
      table,
      eventId,
      `application-link:${eventId}:${municipalityCode}:${newTokenHash.slice(0, 16)}`,
      'application-link',
      receipts,
      now,
    ),
  ]);
  return failed === undefined ? 'saved' : 'stale';
}

/**
 * Saves the team's changes through the edit link, with every member's new receipt: `closed` when the event no
 * longer takes applications, `stale` when the link was replaced or another edit came first.
 */
export async function updateApplication(
  table: Table,
  event: EventRecord,
  stored: StoredApplication,
  changed: Application,
  receipts: Receipts,
  now: string,
): Promise<ApplicationWrite> {
  const { eventId, municipalityCode } = stored.application;
  const revision = stored.revision + 1;
  const failed = await transact(table, [
    eventStillOpen(table, event),
    {
      Update: {
        TableName: table.name,
        Key: applicationKey(eventId, municipalityCode),
        UpdateExpression:
          'SET members = :members, localSituation = :situation, commitsToWorkBetweenMeetings = :commits, updatedAt = :now, revision = :revision',
        ConditionExpression: 'linkTokenHash = :hash AND revision = :previous',
        ExpressionAttributeValues: {
          ':members': changed.members,
          ':situation': changed.localSituation,
          ':commits': changed.commitsToWorkBetweenMeetings,
          ':now': now,
          ':revision': revision,
          ':hash': stored.linkTokenHash,
          ':previous': stored.revision,
        },
      },
    },
    ...receiptItems(
      table,
      eventId,
      `application:${eventId}:${municipalityCode}:${revision}`,
      'application',
      receipts,
      now,
    ),
  ]);
  if (failed === undefined) return 'saved';
  return failed === 0 ? 'closed' : 'stale';
}
