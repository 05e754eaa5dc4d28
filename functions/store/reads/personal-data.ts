import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { FEED_TYPE } from '#store/entities/agenda-feed.ts';
import { APPLICATION_LINK_TYPE } from '#store/entities/application-link.ts';
import { AFTER_EVENT_PAGE, eventPartition } from '#store/entities/event.ts';
import { LEAD_LINK_TYPE } from '#store/entities/lead-link.ts';
import { MANAGE_LINK_TYPE } from '#store/entities/manage-link.ts';
import { MEMBER_LINK_TYPE } from '#store/entities/member-link.ts';
import { OUTBOX_TYPE } from '#store/entities/outbox-message.ts';
import type { Item, ItemKey } from '#store/table/item.ts';
import { queryAll } from '#store/table/query-all.ts';
import type { Table } from '#store/table/table.ts';

/**
 * Every item of the event's partition that holds personal data: whatever carries `expiresAt` (registrations, address
 * uniqueness, needs, picks, delegations, applications, group members, answers kept for retried form posts) and every
 * outbox copy. The event, its programme and its counters are not among them.
 */
export async function personalDataOfEvent(table: Table, eventId: string): Promise<Item[]> {
  return queryAll(table, {
    KeyConditionExpression: 'PK = :pk AND SK > :page',
    // The page items (the event, slots, meetings) all sort before AFTER_EVENT_PAGE.
    ExpressionAttributeValues: {
      ':pk': eventPartition(eventId),
      ':page': AFTER_EVENT_PAGE,
      ':outbox': OUTBOX_TYPE,
    },
    FilterExpression: 'attribute_exists(expiresAt) OR #type = :outbox',
    ExpressionAttributeNames: { '#type': 'type' },
    ConsistentRead: true,
  });
}

/**
 * The secret-link items of the event, which live in partitions of their own (keyed by the link's hash) and are
 * found only by the event id they carry: member links are not recorded anywhere else, and the manage links a
 * promotion writes carry no `expiresAt`. A scan, but one per event and retention period, from the jobs.
 */
export async function linksNamingEvent(table: Table, eventId: string): Promise<ItemKey[]> {
  const keys: ItemKey[] = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const result = await table.doc.send(
      new ScanCommand({
        TableName: table.name,
        FilterExpression: 'eventId = :eventId AND #type IN (:manage, :feed, :lead, :application, :member)',
        ExpressionAttributeNames: { '#type': 'type' },
        ExpressionAttributeValues: {
          ':eventId': eventId,
          ':manage': MANAGE_LINK_TYPE,
          ':feed': FEED_TYPE,
          ':lead': LEAD_LINK_TYPE,
          ':application': APPLICATION_LINK_TYPE,
          ':member': MEMBER_LINK_TYPE,
        },
        ProjectionExpression: 'PK, SK',
        ExclusiveStartKey: startKey,
      }),
    );
    keys.push(...((result.Items ?? []) as ItemKey[]));
    startKey = result.LastEvaluatedKey;
  } while (startKey);
  return keys;
}
