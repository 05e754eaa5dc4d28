import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import type { OutboundMessage } from '#shared/domain/outbound-message.ts';
import type { Registration } from '#shared/domain/registration.ts';
import type { Evaluation } from '#shared/evaluation/evaluation.ts';
import type { EvaluationAnswers } from '#shared/evaluation/evaluation-answer-form.ts';
import { evaluationItem, evaluationKey } from '#store/entities/evaluation.ts';
import { evaluationAnswerItem } from '#store/entities/evaluation-answer.ts';
import { evaluationTokenItem, evaluationTokenKey } from '#store/entities/evaluation-token.ts';
import { registrationKey } from '#store/entities/registration.ts';
import { transact } from '#store/table/send-transaction.ts';
import type { Table } from '#store/table/table.ts';
import { queueMessage } from './outbox-queue.ts';

/**
 * Sets up the event's evaluation, or changes it while no invitation has gone: false once one has (the
 * `invitationsFrom` time the first invitation sets), and the settings stand as sent.
 */
export async function saveEvaluation(
  table: Table,
  evaluation: Omit<Evaluation, 'answerCount'>,
): Promise<boolean> {
  try {
    await table.doc.send(
      new PutCommand({
        TableName: table.name,
        Item: evaluationItem({ ...evaluation, answerCount: 0 }),
        ConditionExpression: 'attribute_not_exists(invitationsFrom)',
      }),
    );
    return true;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return false;
    throw error;
  }
}

/**
 * Invites one participant: their answer link is recorded (by its hash), the registration notes the invitation,
 * the evaluation that invitations have gone, and the mail is queued, all at once. False when the registration was
 * invited already or no longer holds a confirmed seat.
 */
export async function queueEvaluationInvitation(
  table: Table,
  registration: Pick<Registration, 'eventId' | 'id'>,
  invitation: { tokenHash: string; expiresAt: number; message: OutboundMessage; now: string },
): Promise<boolean> {
  const failed = await transact(table, [
    {
      Update: {
        TableName: table.name,
        Key: registrationKey(registration.eventId, registration.id),
        UpdateExpression: 'SET evaluationInvitedAt = :now',
        ConditionExpression: 'attribute_not_exists(evaluationInvitedAt) AND #status = :confirmed',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':now': invitation.now, ':confirmed': 'confirmed' },
      },
    },
    {
      Put: {
        TableName: table.name,
        Item: evaluationTokenItem(registration.eventId, invitation.tokenHash, invitation.expiresAt),
        ConditionExpression: 'attribute_not_exists(PK)',
      },
    },
    {
      Update: {
        TableName: table.name,
        Key: evaluationKey(registration.eventId),
        UpdateExpression: 'SET invitationsFrom = if_not_exists(invitationsFrom, :now)',
        ConditionExpression: 'attribute_exists(PK)',
        ExpressionAttributeValues: { ':now': invitation.now },
      },
    },
    queueMessage(table, {
      id: `evaluation:${registration.id}`,
      eventId: registration.eventId,
      reason: 'evaluation',
      message: invitation.message,
      createdAt: invitation.now,
    }),
  ]);
  return failed === undefined;
}

/** The one reminder to an invited participant whose link is unused; false if it went, or the link was used. */
export async function queueEvaluationReminder(
  table: Table,
  registration: Pick<Registration, 'eventId' | 'id'>,
  reminder: { tokenHash: string; message: OutboundMessage; now: string },
): Promise<boolean> {
  const failed = await transact(table, [
    {
      Update: {
        TableName: table.name,
        Key: registrationKey(registration.eventId, registration.id),
        UpdateExpression: 'SET evaluationRemindedAt = :now',
        ConditionExpression:
          'attribute_exists(evaluationInvitedAt) AND attribute_not_exists(evaluationRemindedAt)',
        ExpressionAttributeValues: { ':now': reminder.now },
      },
    },
    {
      ConditionCheck: {
        TableName: table.name,
        Key: evaluationTokenKey(registration.eventId, reminder.tokenHash),
        ConditionExpression: 'attribute_exists(PK) AND attribute_not_exists(usedAt)',
      },
    },
    queueMessage(table, {
      id: `evaluation-reminder:${registration.id}`,
      eventId: registration.eventId,
      reason: 'evaluation-reminder',
      message: reminder.message,
      createdAt: reminder.now,
    }),
  ]);
  return failed === undefined;
}

/**
 * Records one anonymous answer: the link is marked used (once only, and only a link that was mailed), the answer is
 * stored under a random id with nothing that names anyone, and counted, while the evaluation is open. False when
 * the link was used already, was never mailed, or the evaluation has closed; then nothing is written.
 */
export async function recordEvaluationAnswer(
  table: Table,
  answer: { eventId: string; tokenHash: string; answerId: string; answers: EvaluationAnswers; now: string },
): Promise<boolean> {
  const failed = await transact(table, [
    {
      Update: {
        TableName: table.name,
        Key: evaluationTokenKey(answer.eventId, answer.tokenHash),
        // Only the day: the exact time of use, beside the answers' order, could tell whose answer is whose.
        UpdateExpression: 'SET usedAt = :day',
        ConditionExpression: 'attribute_exists(PK) AND attribute_not_exists(usedAt)',
        ExpressionAttributeValues: { ':day': answer.now.slice(0, 10) },
      },
    },
    {
      Put: {
        TableName: table.name,
        Item: evaluationAnswerItem(answer.eventId, answer.answerId, answer.answers),
        ConditionExpression: 'attribute_not_exists(PK)',
      },
    },
    {
      Update: {
        TableName: table.name,
        Key: evaluationKey(answer.eventId),
        UpdateExpression: 'ADD answerCount :one',
        ConditionExpression: 'closesAt > :now',
        ExpressionAttributeValues: { ':one': 1, ':now': answer.now },
      },
    },
  ]);
  return failed === undefined;
}
