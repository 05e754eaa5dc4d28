import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { Application, ReviewedApplication } from '#shared/domain/application.ts';
import type { EventRecord } from '#shared/domain/event.ts';
import type { OutboundMessage } from '#shared/domain/outbound-message.ts';
import { eventKey } from './event-items.ts';
import { queueMessage } from './outbox-items.ts';
import { recordOf } from './table/item.ts';
import { queryAll } from './table/query-all.ts';
import { transact } from './table/send-transaction.ts';
import type { Table } from './table/table.ts';

/**
 * A municipality's application to a working group, and the team's way back to it:
 *   PK = EVENT#<eventId>, SK = APPLICATION#<kommunkod>        one per municipality and event: the key itself says so
 *   PK = APPLICATIONLINK#<sha256(token)>, SK = APPLICATIONLINK the team's secret edit link, looked up by its hash
 * The application holds `linkTokenHash` (only the current link opens it) and `revision` (each edit raises it, so two
 * edits never overwrite each other unseen, and each edit's receipts get ids of their own).
 */
export const applicationKey = (eventId: string, municipalityCode: string) => ({
  PK: `EVENT#${eventId}`,
  SK: `APPLICATION#${municipalityCode}`,
});
const linkKey = (tokenHash: string) => ({ PK: `APPLICATIONLINK#${tokenHash}`, SK: 'APPLICATIONLINK' });

export interface StoredApplication {
  application: Application;
  linkTokenHash: string;
  revision: number;
  /** Epoch seconds after which DynamoDB's TTL erases the application and its link. */
  expiresAt: number;
}

/** The members' receipts of one change, one per member, in member order. */
type Receipts = OutboundMessage[];

export type ApplicationWrite = 'saved' | 'closed' | 'exists' | 'stale';

/**
 * The event still takes applications under the deadline the caller checked against: published, and the organisers
 * have not moved `registrationClosesAt` meanwhile. The caller has compared the clock with that deadline.
 */
function eventStillOpen(table: Table, event: EventRecord) {
  const deadline = event.registrationClosesAt;
  return {
    ConditionCheck: {
      TableName: table.name,
      Key: eventKey(event.id),
      ConditionExpression:
        deadline === undefined
          ? '#status = :published AND attribute_not_exists(registrationClosesAt)'
          : '#status = :published AND registrationClosesAt = :deadline',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: {
        ':published': 'published',
        ...(deadline === undefined ? {} : { ':deadline': deadline }),
      },
    },
  };
}

function linkItem(
  table: Table,
  stored: Pick<StoredApplication, 'application' | 'linkTokenHash' | 'expiresAt'>,
) {
  const { eventId, municipalityCode } = stored.application;
  return {
    Put: {
      TableName: table.name,
      Item: {
        ...linkKey(stored.linkTokenHash),
        type: 'application-link',
        eventId,
        municipalityCode,
        expiresAt: stored.expiresAt,
      },
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
): Promise<ApplicationWrite> {
  const { application } = stored;
  const failed = await transact(table, [
    eventStillOpen(table, event),
    {
      Put: {
        TableName: table.name,
        Item: {
          ...applicationKey(application.eventId, application.municipalityCode),
          type: 'application',
          ...application,
          linkTokenHash: stored.linkTokenHash,
          revision: stored.revision,
          expiresAt: stored.expiresAt,
        },
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
    { Delete: { TableName: table.name, Key: linkKey(stored.linkTokenHash) } },
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

/** Review attributes the organisers keep on the application item; never part of what the team sent. */
const REVIEW_ATTRIBUTES = ['reviewNotes', 'reviewScore', 'selected'];
const BOOKKEEPING = ['linkTokenHash', 'revision', 'updatedAt', ...REVIEW_ATTRIBUTES];

/** Every application to an event with the organisers' review of it, in kommunkod order. */
export async function listReviewedApplications(
  table: Table,
  eventId: string,
): Promise<ReviewedApplication[]> {
  const items = await queryAll(table, {
    KeyConditionExpression: 'PK = :pk AND begins_with(SK, :application)',
    ExpressionAttributeValues: { ':pk': `EVENT#${eventId}`, ':application': 'APPLICATION#' },
    ConsistentRead: true,
  });
  return items.map((item) => ({
    application: recordOf<Application>(item, BOOKKEEPING),
    review: {
      notes: String(item.reviewNotes ?? ''),
      ...(typeof item.reviewScore === 'number' ? { score: item.reviewScore } : {}),
      selected: item.selected === true,
    },
  }));
}

export async function getApplication(
  table: Table,
  eventId: string,
  municipalityCode: string,
): Promise<StoredApplication | undefined> {
  const { Item } = await table.doc.send(
    new GetCommand({
      TableName: table.name,
      Key: applicationKey(eventId, municipalityCode),
      ConsistentRead: true,
    }),
  );
  if (!Item) return undefined;
  return {
    application: recordOf<Application>(Item, BOOKKEEPING),
    linkTokenHash: String(Item.linkTokenHash),
    revision: Number(Item.revision),
    expiresAt: Number(Item.expiresAt),
  };
}

/** The application an edit link opens; undefined for a link that never existed, was replaced or is erased. */
export async function applicationByLink(
  table: Table,
  tokenHash: string,
): Promise<StoredApplication | undefined> {
  const { Item: link } = await table.doc.send(
    new GetCommand({ TableName: table.name, Key: linkKey(tokenHash), ConsistentRead: true }),
  );
  if (!link) return undefined;
  const stored = await getApplication(table, String(link.eventId), String(link.municipalityCode));
  return stored?.linkTokenHash === tokenHash ? stored : undefined;
}
