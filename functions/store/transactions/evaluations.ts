import type { OutboundMessage } from '#shared/domain/outbound-message.ts';
import type { Registration } from '#shared/domain/registration.ts';
import type { EvaluationQuestion } from '#shared/domain/sign-up-question.ts';
import type { Evaluation } from '#shared/evaluation/evaluation.ts';
import type { EvaluationAnswers } from '#shared/evaluation/evaluation-answer-form.ts';
import { EVALUATION_ITEM_TYPE, evaluationKey } from '#store/entities/evaluation.ts';
import { evaluationAnswerItem } from '#store/entities/evaluation-answer.ts';
import { evaluationTokenItem, evaluationTokenKey } from '#store/entities/evaluation-token.ts';
import { registrationKey } from '#store/entities/registration.ts';
import { updateIf } from '#store/table/conditional-writes.ts';
import { transact } from '#store/table/send-transaction.ts';
import type { Table } from '#store/table/table.ts';
import { queueMessage } from './outbox-queue.ts';

/** An update of the evaluation item that is refused when its condition fails: false then, and nothing changed. */
async function updateEvaluation(
  table: Table,
  eventId: string,
  update: { set: string; condition: string; values: Record<string, unknown> },
): Promise<boolean> {
  return updateIf(table, {
    Key: evaluationKey(eventId),
    UpdateExpression: update.set,
    ConditionExpression: update.condition,
    ExpressionAttributeNames: { '#type': 'type' },
    ExpressionAttributeValues: update.values,
  });
}

/**
 * Sets up the event's evaluation, or changes who is asked and until when while no invitation has gone: false once
 * one has (the `invitationsFrom` time the first invitation sets), and the settings stand as sent. Its questions
 * and answer count are left as they are.
 */
export const saveEvaluation = (
  table: Table,
  evaluation: Pick<Evaluation, 'eventId' | 'audience' | 'closesAt'>,
): Promise<boolean> =>
  updateEvaluation(table, evaluation.eventId, {
    set: 'SET #type = :type, eventId = :eventId, audience = :audience, closesAt = :closesAt, answerCount = if_not_exists(answerCount, :zero)',
    condition: 'attribute_not_exists(invitationsFrom)',
    values: {
      ':type': EVALUATION_ITEM_TYPE,
      ':eventId': evaluation.eventId,
      ':audience': evaluation.audience,
      ':closesAt': evaluation.closesAt,
      ':zero': 0,
    },
  });

/**
 * Saves the evaluation's questions, if they are still as the organiser read them (`version`, their saves counted)
 * and, for a change that removes a question or changes a type (`structural`), while nobody has answered: an
 * answer counted in between makes the save fail. False then, and nothing is changed.
 */
export const saveEvaluationQuestions = (
  table: Table,
  eventId: string,
  change: { questions: EvaluationQuestion[]; version: number; structural: boolean },
): Promise<boolean> =>
  updateEvaluation(table, eventId, {
    set: 'SET questions = :questions, questionsVersion = :next',
    condition: `#type = :type AND ${change.version === 0 ? 'attribute_not_exists(questionsVersion)' : 'questionsVersion = :version'}${change.structural ? ' AND answerCount = :zero' : ''}`,
    values: {
      ':type': EVALUATION_ITEM_TYPE,
      ':questions': change.questions,
      ':next': change.version + 1,
      ...(change.version === 0 ? {} : { ':version': change.version }),
      ...(change.structural ? { ':zero': 0 } : {}),
    },
  });

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
 * stored under a random id with nothing that names anyone, and counted, while the evaluation is open and its
 * questions are those the answers were read against. False when the link was used already, was never mailed, the
 * evaluation has closed or its questions changed meanwhile; then nothing is written.
 */
export async function recordEvaluationAnswer(
  table: Table,
  answer: {
    eventId: string;
    tokenHash: string;
    answerId: string;
    answers: EvaluationAnswers;
    /** The saves of the questions the answers were read against: a change meanwhile fails the answer. */
    questionsVersion: number;
    now: string;
  },
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
        ConditionExpression: `closesAt > :now AND ${answer.questionsVersion === 0 ? 'attribute_not_exists(questionsVersion)' : 'questionsVersion = :version'}`,
        ExpressionAttributeValues: {
          ':one': 1,
          ':now': answer.now,
          ...(answer.questionsVersion === 0 ? {} : { ':version': answer.questionsVersion }),
        },
      },
    },
  ]);
  return failed === undefined;
}
