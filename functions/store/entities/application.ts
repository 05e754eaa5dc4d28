import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { Application, ReviewedApplication } from '#shared/domain/application.ts';
import { checkedRecord, type ItemShape } from '#store/table/checked-record.ts';
import type { Item } from '#store/table/item.ts';
import type { KeyDesign } from '#store/table/key-design.ts';
import { queryAll } from '#store/table/query-all.ts';
import type { Table } from '#store/table/table.ts';
import { eventPartition } from './event.ts';

/**
 * A municipality's application to a working group (the team's way back to it is `application-link.ts`):
 *   PK = EVENT#<eventId>, SK = APPLICATION#<kommunkod>        one per municipality and event: the key itself says so
 * The application holds `linkTokenHash` (only the current link opens it) and `revision` (each edit raises it, so two
 * edits never overwrite each other unseen, and each edit's receipts get ids of their own). The organisers' choice is
 * kept on it too: `reviewNotes`, `reviewScore` and `selected`.
 */
const APPLICATION_PREFIX = 'APPLICATION#';
export const applicationKey = (eventId: string, municipalityCode: string) => ({
  PK: eventPartition(eventId),
  SK: `${APPLICATION_PREFIX}${municipalityCode}`,
});

export const keyDesign: KeyDesign = [applicationKey('<id>', '<kommunkod>')];

export const APPLICATION_TYPE = 'application';

export interface StoredApplication {
  application: Application;
  linkTokenHash: string;
  revision: number;
  /** Epoch seconds after which DynamoDB's TTL erases the application and its link. */
  expiresAt: number;
}

export function applicationItem(stored: StoredApplication): Item {
  const { application } = stored;
  return {
    ...applicationKey(application.eventId, application.municipalityCode),
    type: APPLICATION_TYPE,
    ...application,
    linkTokenHash: stored.linkTokenHash,
    revision: stored.revision,
    expiresAt: stored.expiresAt,
  };
}

/** Review attributes the organisers keep on the application item; never part of what the team sent. */
const REVIEW_ATTRIBUTES = ['reviewNotes', 'reviewScore', 'selected'];
const BOOKKEEPING = ['linkTokenHash', 'revision', 'updatedAt', ...REVIEW_ATTRIBUTES];
const shape: ItemShape<Application> = {
  type: APPLICATION_TYPE,
  required: {
    eventId: 'string',
    municipalityCode: 'string',
    municipality: 'string',
    members: 'list',
    status: 'string',
    submittedAt: 'string',
  },
  hidden: BOOKKEEPING,
};
const applicationOf = (item: Item) => checkedRecord(item, shape);

/** Every application to an event with the organisers' review of it, in kommunkod order. */
export async function listReviewedApplications(
  table: Table,
  eventId: string,
): Promise<ReviewedApplication[]> {
  const items = await queryAll(table, {
    KeyConditionExpression: 'PK = :pk AND begins_with(SK, :application)',
    ExpressionAttributeValues: { ':pk': eventPartition(eventId), ':application': APPLICATION_PREFIX },
    ConsistentRead: true,
  });
  return items.map((item) => ({
    application: applicationOf(item),
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
    application: applicationOf(Item),
    linkTokenHash: String(Item.linkTokenHash),
    revision: Number(Item.revision),
    expiresAt: Number(Item.expiresAt),
  };
}
