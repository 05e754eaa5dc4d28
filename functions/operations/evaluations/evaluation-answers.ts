import { randomUUID } from 'node:crypto';
import type { JobContext } from '#context/job-context.ts';
import { hashSecret } from '#security/secret-token.ts';
import type { EventRecord, Language } from '#shared/domain/event.ts';
import { type Evaluation, evaluationPhase, evaluationQuestions } from '#shared/evaluation/evaluation.ts';
import { readEvaluationAnswers } from '#shared/evaluation/evaluation-answer-form.ts';
import type { FieldErrors } from '#shared/forms/form-reading.ts';
import { getEvaluation } from '#store/entities/evaluation.ts';
import { evaluationTokenState } from '#store/entities/evaluation-token.ts';
import { recordEvaluationAnswer } from '#store/transactions/evaluations.ts';

/** What an answer link opens: the form, or why not (never mailed, used, not yet open, closed). */
export type EvaluationOpening =
  | { kind: 'form'; evaluation: Evaluation }
  | { kind: 'unknown' }
  | { kind: 'answered' }
  | { kind: 'not-yet' }
  | { kind: 'closed'; evaluation: Evaluation };

export async function openEvaluation(
  context: JobContext,
  event: EventRecord,
  token: string,
): Promise<EvaluationOpening> {
  const evaluation = await getEvaluation(context.table, event.id);
  const state = await evaluationTokenState(context.table, event.id, hashSecret(token));
  if (!evaluation || state === 'unknown') return { kind: 'unknown' };
  if (state === 'used') return { kind: 'answered' };
  const phase = evaluationPhase(evaluation, event, context.clock());
  if (phase === 'closed') return { kind: 'closed', evaluation };
  return phase === 'open' ? { kind: 'form', evaluation } : { kind: 'not-yet' };
}

/**
 * Records the answers given through a link: checked against the evaluation's questions, messages in the reader's
 * language, stored
 * anonymously once per link. Two posts with one link at once: one is stored, the other told it was answered; an
 * answer read against questions changed meanwhile is not stored, and the form shows again as it is now.
 */
export async function answerEvaluation(
  context: JobContext,
  event: EventRecord,
  token: string,
  input: Record<string, string>,
  language: Language,
): Promise<
  EvaluationOpening | { kind: 'invalid'; evaluation: Evaluation; errors: FieldErrors } | { kind: 'thanks' }
> {
  const opening = await openEvaluation(context, event, token);
  if (opening.kind !== 'form') return opening;
  const read = readEvaluationAnswers(
    evaluationQuestions(opening.evaluation, event.language),
    input,
    language,
  );
  if (!read.ok) return { kind: 'invalid', evaluation: opening.evaluation, errors: read.errors };
  const recorded = await recordEvaluationAnswer(context.table, {
    eventId: event.id,
    tokenHash: hashSecret(token),
    answerId: randomUUID(),
    answers: read.answers,
    questionsVersion: opening.evaluation.questionsVersion ?? 0,
    now: context.clock().toISOString(),
  });
  return recorded ? { kind: 'thanks' } : openEvaluation(context, event, token);
}
