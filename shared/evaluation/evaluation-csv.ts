import { csvTable } from '#shared/organiser/csv-table.ts';
import type { EvaluationAnswers } from './evaluation-answer-form.ts';
import type { EvaluationQuestion } from './standard-questions.ts';

/**
 * The answers for a spreadsheet: a column per question, a row per answer in the order the table keeps them (by
 * their random ids, not the order they came in). Given only from as many answers as results are shown.
 */
export function evaluationCsv(
  questions: readonly EvaluationQuestion[],
  answers: readonly EvaluationAnswers[],
): string {
  const rows = answers.map((answer) => questions.map(({ id }) => String(answer[id] ?? '')));
  return csvTable(
    questions.map(({ text }) => text),
    rows,
  );
}
