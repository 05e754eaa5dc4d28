import type { Language } from '#shared/domain/event.ts';
import type { FieldErrors } from '#shared/forms/form-reading.ts';
import { normaliseText, textProblem } from '#shared/forms/text-rules.ts';
import { evaluationMessagesFor } from '#shared/i18n/evaluation-messages.ts';
import { textRuleMessagesFor } from '#shared/i18n/text-rule-messages.ts';
import type { EvaluationQuestion } from './standard-questions.ts';

/** One participant's answers, by question id: a scale's 1–5, a text's words. No question needs an answer. */
export type EvaluationAnswers = Record<string, number | string>;

export const MAX_TEXT_ANSWER = 2000;

/**
 * The answer form as posted: each scale 1–5 or left out, each text trimmed, in NFC, without control characters and
 * at most 2,000 characters, at least one question answered. Anything else is refused with a message per field in the reader's language.
 */
export function readEvaluationAnswers(
  questions: readonly EvaluationQuestion[],
  input: Record<string, string>,
  language: Language,
): { ok: true; answers: EvaluationAnswers } | { ok: false; errors: FieldErrors } {
  const t = evaluationMessagesFor(language);
  const answers: EvaluationAnswers = {};
  const errors: FieldErrors = {};
  for (const question of questions) {
    const value = (input[question.id] ?? '').trim();
    if (value === '') continue;
    if (question.kind === 'scale') {
      if (/^[1-5]$/.test(value)) answers[question.id] = Number(value);
      else errors[question.id] = t.scaleRange;
    } else {
      const text = normaliseText(value);
      const problem = textProblem(text, 'multiple');
      if (problem) errors[question.id] = textRuleMessagesFor(language)[problem];
      else if (text.length > MAX_TEXT_ANSWER) errors[question.id] = t.tooLong(MAX_TEXT_ANSWER);
      else answers[question.id] = text;
    }
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const first = questions[0];
  if (Object.keys(answers).length === 0 && first)
    return { ok: false, errors: { [first.id]: t.answerRequired } };
  return { ok: true, answers };
}
