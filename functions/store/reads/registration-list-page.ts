import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { Registration, RegistrationStatus } from '#shared/domain/registration.ts';
import { foldedForSearch, type RegistrationSearch } from '#shared/organiser/registration-search.ts';
import { eventPartition } from '#store/entities/event.ts';
import { REGISTRATION_PREFIX, registrationKey, registrationOf } from '#store/entities/registration.ts';
import type { StatusCounts } from '#store/entities/seat-counter.ts';
import type { Item } from '#store/table/item.ts';
import { countAll } from '#store/table/query-all.ts';
import type { Table } from '#store/table/table.ts';

/** How many items one call of a filtered page reads at most before it looks again: DynamoDB limits before filtering. */
const FILTERED_READ = 200;

/**
 * The search as a FilterExpression: status and organisation compared exactly, each word in the folded `searchText`.
 * A registration stored before `searchText` existed is matched on its name, address and organisation as typed
 * (case and accents exact) until a change rewrites it.
 */
function searchFilter(search: RegistrationSearch): {
  FilterExpression?: string;
  ExpressionAttributeNames?: Record<string, string>;
  ExpressionAttributeValues?: Record<string, string>;
} {
  const conditions: string[] = [];
  const names: Record<string, string> = {};
  const values: Record<string, string> = {};
  if (search.status) {
    conditions.push('#status = :status');
    names['#status'] = 'status';
    values[':status'] = search.status;
  }
  if (search.organisation) {
    conditions.push('organisation = :organisation');
    values[':organisation'] = search.organisation;
  }
  const typed = search.text.split(/\s+/).filter(Boolean);
  typed.forEach((word, n) => {
    names['#name'] = 'name';
    values[`:w${n}`] = foldedForSearch(word);
    values[`:t${n}`] = word;
    conditions.push(
      `(contains(searchText, :w${n}) OR (attribute_not_exists(searchText) AND ` +
        `(contains(#name, :t${n}) OR contains(email, :t${n}) OR contains(organisation, :t${n}))))`,
    );
  });
  return conditions.length === 0
    ? {}
    : {
        FilterExpression: conditions.join(' AND '),
        ...(Object.keys(names).length > 0 ? { ExpressionAttributeNames: names } : {}),
        ExpressionAttributeValues: values,
      };
}

const eventRegistrations = (eventId: string) => ({
  KeyConditionExpression: 'PK = :pk AND begins_with(SK, :reg)',
  ExpressionAttributeValues: { ':pk': eventPartition(eventId), ':reg': REGISTRATION_PREFIX },
});

/**
 * Up to `size` of the event's registrations that the search finds, in the order of their keys, after the registration
 * `after`: Queries with Limit from that key on (`ExclusiveStartKey`), which stop as soon as one more than `size` is
 * found, so a page reads about its own rows when nothing is filtered, and only as far as its matches when something is.
 * `next` is the last shown one's id when more follow.
 */
export async function registrationListPage(
  table: Table,
  eventId: string,
  search: RegistrationSearch,
  size: number,
  after?: string,
): Promise<{ shown: Registration[]; next?: string }> {
  const filter = searchFilter(search);
  const keys = eventRegistrations(eventId);
  const found: Item[] = [];
  let startKey: Record<string, unknown> | undefined = after ? registrationKey(eventId, after) : undefined;
  do {
    const result = await table.doc.send(
      new QueryCommand({
        TableName: table.name,
        ...keys,
        ...filter,
        ExpressionAttributeValues: { ...keys.ExpressionAttributeValues, ...filter.ExpressionAttributeValues },
        Limit: filter.FilterExpression ? FILTERED_READ : size + 1 - found.length,
        ConsistentRead: true,
        ...(startKey ? { ExclusiveStartKey: startKey } : {}),
      }),
    );
    found.push(...(result.Items ?? []));
    startKey = result.LastEvaluatedKey;
  } while (startKey && found.length <= size);
  const shown = found.slice(0, size).map(registrationOf);
  const last = shown.at(-1);
  return { shown, ...(last && found.length > size ? { next: last.id } : {}) };
}

/** How many of the event's registrations the search finds: DynamoDB still reads them all, but sends back a number. */
export function countRegistrations(
  table: Table,
  eventId: string,
  search: RegistrationSearch,
): Promise<number> {
  const filter = searchFilter(search);
  const keys = eventRegistrations(eventId);
  return countAll(table, {
    ...keys,
    ...filter,
    ExpressionAttributeValues: { ...keys.ExpressionAttributeValues, ...filter.ExpressionAttributeValues },
  });
}

/**
 * How many of the event's registrations have the status (without one: all of them), from the counts the seat counter
 * keeps; where it does not keep them (a counter made before it did, or an event whose personal data was erased),
 * counted in DynamoDB.
 */
export function registrationsWithStatus(
  table: Table,
  eventId: string,
  byStatus: StatusCounts | undefined,
  status?: RegistrationStatus,
): Promise<number> {
  if (!byStatus) return countRegistrations(table, eventId, { text: '', ...(status ? { status } : {}) });
  return Promise.resolve(
    status ? byStatus[status] : Object.values(byStatus).reduce((sum, count) => sum + count, 0),
  );
}
