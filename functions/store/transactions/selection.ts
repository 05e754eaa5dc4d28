import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { ApplicationReview } from '#shared/domain/application.ts';
import type { EventRecord } from '#shared/domain/event.ts';
import { applicationKey } from '#store/entities/application.ts';
import { eventAttributesNow, eventKey, eventStillPublished } from '#store/entities/event.ts';
import { eventVersionForgotten } from '#store/entities/seat-counter.ts';
import { transact } from '#store/table/send-transaction.ts';
import type { Table } from '#store/table/table.ts';
import type { TransactItem } from '#store/table/transact-item.ts';

/**
 * The organisers' choice of municipalities, kept on the items it concerns:
 *   the application item (`entities/application.ts`) holds `reviewNotes`, `reviewScore` and `selected`;
 *   the event item holds `selectedCount`, the number selected, and `decisionsSentAt` once the decisions went out.
 * Selecting raises the counter under `selectedCount < places` in the same transaction that marks the application,
 * so two organisers choosing at once can never select a seventh; after `decisionsSentAt` the choice stands, and
 * once the group is cancelled nothing changes. Each change takes its audit entries (`audit`) into its own transaction.
 */

export type SelectionChange = 'changed' | 'full' | 'decided' | 'cancelled' | 'unchanged';

function counterUpdate(table: Table, event: EventRecord, change: 1 | -1) {
  const places = event.selection?.places ?? 0;
  return {
    Update: {
      TableName: table.name,
      Key: eventKey(event.id),
      UpdateExpression: 'ADD selectedCount :change',
      // The event item is updated here, so the group's status is checked here too: a transaction names an item once.
      ConditionExpression:
        change === 1
          ? '#status = :published AND attribute_not_exists(decisionsSentAt) AND (attribute_not_exists(selectedCount) OR selectedCount < :places)'
          : '#status = :published AND attribute_not_exists(decisionsSentAt)',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: {
        ':change': change,
        ':published': 'published',
        ...(change === 1 ? { ':places': places } : {}),
      },
    },
  };
}

/**
 * Selects or unselects one municipality while the decisions are unsent: `full` when the places are taken, `decided`
 * after the decisions went out, `cancelled` once the group is, `unchanged` when the application already is as asked
 * (or does not exist).
 */
export async function setSelected(
  table: Table,
  event: EventRecord,
  municipalityCode: string,
  selected: boolean,
  audit: TransactItem[],
): Promise<SelectionChange> {
  const failed = await transact(table, [
    counterUpdate(table, event, selected ? 1 : -1),
    {
      Update: {
        TableName: table.name,
        Key: applicationKey(event.id, municipalityCode),
        UpdateExpression: 'SET selected = :selected',
        ConditionExpression: selected
          ? 'attribute_exists(PK) AND (attribute_not_exists(selected) OR selected = :no)'
          : 'selected = :yes',
        ExpressionAttributeValues: selected
          ? { ':selected': true, ':no': false }
          : { ':selected': false, ':yes': true },
      },
    },
    ...audit,
  ]);
  if (failed === undefined) return 'changed';
  if (failed === 1) return 'unchanged';
  return whyTheCounterRefused(table, event.id, selected);
}

/** The counter's condition failed: the group is cancelled, its decisions went out, or (selecting) it is full. */
async function whyTheCounterRefused(
  table: Table,
  eventId: string,
  selecting: boolean,
): Promise<SelectionChange> {
  const group = await eventAttributesNow(table, eventId, ['status', 'decisionsSentAt']);
  if (group?.status !== 'published') return 'cancelled';
  return selecting && group.decisionsSentAt === undefined ? 'full' : 'decided';
}

/** The organisers' notes and score, while the group is on: `cancelled` once it is, `missing` without the application. */
export async function saveReview(
  table: Table,
  eventId: string,
  municipalityCode: string,
  review: Pick<ApplicationReview, 'notes' | 'score'>,
  audit: TransactItem[],
): Promise<'saved' | 'cancelled' | 'missing'> {
  const failed = await transact(table, [
    eventStillPublished(table, eventId),
    {
      Update: {
        TableName: table.name,
        Key: applicationKey(eventId, municipalityCode),
        UpdateExpression:
          review.score === undefined
            ? 'SET reviewNotes = :notes REMOVE reviewScore'
            : 'SET reviewNotes = :notes, reviewScore = :score',
        ConditionExpression: 'attribute_exists(PK)',
        ExpressionAttributeValues: {
          ':notes': review.notes,
          ...(review.score === undefined ? {} : { ':score': review.score }),
        },
      },
    },
    ...audit,
  ]);
  if (failed === undefined) return 'saved';
  return failed === 0 ? 'cancelled' : 'missing';
}

/**
 * Fixes the selection and marks the decisions for sending, once, while the group is on: `false` when they were sent
 * already, nobody is selected or the group is cancelled. `decisionNoticePending` stays until every applicant's notice
 * is queued, so the job can finish the run. Deciding before the deadline (`closingApplications`) closes applications
 * now in the same transaction, on the condition that the deadline is still the one the organiser was shown: an
 * application checks that deadline in its own transaction, so one racing the decision is refused, not left unheard.
 */
export async function markDecisionsSent(
  table: Table,
  eventId: string,
  now: string,
  audit: TransactItem[],
  closingApplications?: { deadline: string | undefined },
): Promise<boolean> {
  const deadline = closingApplications?.deadline;
  const failed = await transact(table, [
    {
      Update: {
        TableName: table.name,
        Key: eventKey(eventId),
        UpdateExpression: closingApplications
          ? 'SET decisionsSentAt = :now, decisionNoticePending = :yes, registrationClosesAt = :now ADD #version :one'
          : 'SET decisionsSentAt = :now, decisionNoticePending = :yes',
        ConditionExpression: `#status = :published AND attribute_not_exists(decisionsSentAt) AND selectedCount > :none${
          !closingApplications
            ? ''
            : deadline === undefined
              ? ' AND attribute_not_exists(registrationClosesAt)'
              : ' AND registrationClosesAt = :deadline'
        }`,
        ExpressionAttributeNames: {
          '#status': 'status',
          ...(closingApplications ? { '#version': 'version' } : {}),
        },
        ExpressionAttributeValues: {
          ':now': now,
          ':yes': true,
          ':none': 0,
          ':published': 'published',
          ...(closingApplications ? { ':one': 1 } : {}),
          ...(deadline === undefined ? {} : { ':deadline': deadline }),
        },
      },
    },
    ...(closingApplications ? [eventVersionForgotten(table, eventId)] : []),
    ...audit,
  ]);
  return failed === undefined;
}

/**
 * Records an applicant's outcome on the application, for the team's page and the organisers' list, with its
 * announcement to webhooks (`announce`). Only the first record writes: a run finishing cut-short notices again
 * finds it recorded and announces nothing twice.
 */
export async function recordDecision(
  table: Table,
  eventId: string,
  municipalityCode: string,
  status: 'selected' | 'declined',
  announce: TransactItem[] = [],
): Promise<void> {
  const failed = await transact(table, [
    {
      Update: {
        TableName: table.name,
        Key: applicationKey(eventId, municipalityCode),
        UpdateExpression: 'SET #status = :status',
        ConditionExpression: '#status <> :status',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':status': status },
      },
    },
    ...announce,
  ]);
  if (failed !== undefined && failed !== 0)
    throw new Error(`recording the decision of ${municipalityCode} failed`);
}

export async function markDecisionNoticesQueued(table: Table, eventId: string): Promise<void> {
  await table.doc.send(
    new UpdateCommand({
      TableName: table.name,
      Key: eventKey(eventId),
      UpdateExpression: 'REMOVE decisionNoticePending',
    }),
  );
}
