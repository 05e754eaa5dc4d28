import { csvTable } from '#shared/organiser/csv-table.ts';
import type { EvaluationAnswers } from './evaluation-answer-form.ts';
import type { EvaluationQuestion } from './standard-questions.ts';

/**
 * The answers as a table for a spreadsheet: a column per question, a row per answer in the order the table keeps
 * them (by their random ids, not the order they came in). Given only from as many answers as results are shown.
 * The CSV and the XLSX export both write this table.
 */
export function evaluationTable(
  questions: readonly EvaluationQuestion[],
  answers: readonly EvaluationAnswers[],
): { header: string[]; rows: string[][] } {
  return {
    header: questions.map(({ text }) => text),
    rows: answers.map((answer) => questions.map(({ id }) => String(answer[id] ?? ''))),
  };
}

export function evaluationCsv(
  questions: readonly EvaluationQuestion[],
  answers: readonly EvaluationAnswers[],
): string {
  const { header, rows } = evaluationTable(questions, answers);
  return csvTable(header, rows);
}
