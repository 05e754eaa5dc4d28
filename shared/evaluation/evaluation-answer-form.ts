import type { Language } from '#shared/domain/event.ts';
import type { EvaluationQuestion } from '#shared/domain/sign-up-question.ts';
import type { FieldErrors } from '#shared/forms/form-reading.ts';
import { evaluationMessagesFor } from '#shared/i18n/evaluation-messages.ts';
import { answerField, readAnswers } from '#shared/sign-up/question-answers.ts';

/**
 * One participant's answers, by question id: a scale's 1–5 as a number; a text, a number or a date as written,
 * "yes"/"no", or the ids of the choices ticked, as the sign-up form keeps them.
 */
export type EvaluationAnswers = Record<string, number | string | string[]>;

/**
 * The answer form as posted, each question read by its type as the sign-up form reads it (the organiser says which
 * must be answered), at least one answered. Anything else is refused with a message per field in the reader's
 * language.
 */
export function readEvaluationAnswers(
  questions: readonly EvaluationQuestion[],
  input: Record<string, string>,
  language: Language,
): { ok: true; answers: EvaluationAnswers } | { ok: false; errors: FieldErrors } {
  const read = readAnswers(questions, language, input);
  if (!read.ok) return read;
  const answers: EvaluationAnswers = { ...read.answers, ...read.sensitiveAnswers };
  for (const question of questions)
    if (question.type === 'scale' && typeof answers[question.id] === 'string')
      answers[question.id] = Number(answers[question.id]);
  const first = questions[0];
  if (Object.keys(answers).length === 0 && first)
    return { ok: false, errors: { [answerField(first)]: evaluationMessagesFor(language).answerRequired } };
  return { ok: true, answers };
}
