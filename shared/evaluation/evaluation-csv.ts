import type { Language } from '#shared/domain/event.ts';
import {
  answerText,
  askedQuestions,
  type EvaluationQuestion,
  questionLabel,
} from '#shared/domain/sign-up-question.ts';
import { questionMessagesFor } from '#shared/i18n/question-messages.ts';
import { csvTable } from '#shared/organiser/csv-table.ts';
import type { EvaluationAnswers } from './evaluation-answer-form.ts';

/**
 * The answers as a table for a spreadsheet: a column per question asked, headed by its label in `language`, a row
 * per answer in the order the table keeps them (by their random ids, not the order they came in): choices by their
 * labels, yes and no in words, a scale's value. Given only from as many answers as results are shown. The CSV and
 * the XLSX export both write this table.
 */
export function evaluationTable(
  questions: readonly EvaluationQuestion[],
  answers: readonly EvaluationAnswers[],
  language: Language,
): { header: string[]; rows: string[][] } {
  const asked = askedQuestions(questions);
  const q = questionMessagesFor(language);
  return {
    header: asked.map((question) => questionLabel(question, language)),
    rows: answers.map((answer) =>
      asked.map((question) => {
        const given = answer[question.id];
        return typeof given === 'number' ? String(given) : answerText(question, given, q);
      }),
    ),
  };
}

export function evaluationCsv(
  questions: readonly EvaluationQuestion[],
  answers: readonly EvaluationAnswers[],
  language: Language,
): string {
  const { header, rows } = evaluationTable(questions, answers, language);
  return csvTable(header, rows);
}
