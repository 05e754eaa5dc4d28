import type { Language } from '#shared/domain/event.ts';
import { askedQuestions, type EvaluationQuestion, takesChoices } from '#shared/domain/sign-up-question.ts';
import { questionMessagesFor } from '#shared/i18n/question-messages.ts';
import { MIN_ANSWERS_SHOWN } from './evaluation.ts';
import type { EvaluationAnswers } from './evaluation-answer-form.ts';

/**
 * How many gave each answer to a question with set answers: a scale's 1–5 (with their mean), each choice, yes and
 * no, each date (in order). `answered` is how many answered the question at all: with several choices, one person
 * may count in more than one row.
 */
export interface CountsResult {
  kind: 'counts';
  question: EvaluationQuestion;
  rows: { label: string; count: number }[];
  answered: number;
  average?: number;
}

/** A number question's answers summed up: how many, the smallest, the median, the mean and the largest. */
export interface NumberResult {
  kind: 'numbers';
  question: EvaluationQuestion;
  answered: number;
  summary?: { smallest: number; median: number; average: number; largest: number };
}

/** A free-text question's answers, in alphabetical order: the order they came in could point at people. */
export interface TextResult {
  kind: 'texts';
  question: EvaluationQuestion;
  texts: string[];
}

export type QuestionResult = CountsResult | NumberResult | TextResult;

const mean = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

function counts(
  question: EvaluationQuestion,
  given: readonly (string | number | string[])[],
  language: Language,
) {
  const q = questionMessagesFor(language);
  const tally = (options: { value: string; label: string }[]): CountsResult => ({
    kind: 'counts',
    question,
    rows: options.map(({ value, label }) => ({
      label,
      count: given.filter((answer) =>
        Array.isArray(answer) ? answer.includes(value) : String(answer) === value,
      ).length,
    })),
    answered: given.length,
  });
  if (question.type === 'scale') {
    const scores = given.filter((answer) => typeof answer === 'number');
    return {
      ...tally([1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: String(n) }))),
      answered: scores.length,
      ...(scores.length > 0 ? { average: mean(scores) } : {}),
    };
  }
  if (question.type === 'yes-no')
    return tally([
      { value: 'yes', label: q.yes },
      { value: 'no', label: q.no },
    ]);
  if (takesChoices(question.type))
    // A choice taken away since is still counted where it was given.
    return tally(
      (question.choices ?? [])
        .filter((choice) => !choice.removed || given.some((answer) => [answer].flat().includes(choice.id)))
        .map((choice) => ({ value: choice.id, label: choice.label })),
    );
  const days = [...new Set(given.map(String))].sort();
  return tally(days.map((day) => ({ value: day, label: day })));
}

/**
 * The evaluation's results per question asked, or undefined while fewer than `MIN_ANSWERS_SHOWN` have answered:
 * with fewer, an organiser who knows who came could tell whose answer is whose. Labels in `language`.
 */
export function evaluationResults(
  questions: readonly EvaluationQuestion[],
  answers: readonly EvaluationAnswers[],
  language: Language,
): QuestionResult[] | undefined {
  if (answers.length < MIN_ANSWERS_SHOWN) return undefined;
  return askedQuestions(questions).map((question): QuestionResult => {
    const given = answers.flatMap((answer) =>
      answer[question.id] === undefined ? [] : [answer[question.id]],
    );
    if (question.type === 'short-text' || question.type === 'long-text') {
      const texts = given.filter((text) => typeof text === 'string');
      return { kind: 'texts', question, texts: texts.sort((a, b) => a.localeCompare(b, language)) };
    }
    if (question.type === 'number') {
      const values = given
        .map(Number)
        .filter(Number.isFinite)
        .sort((a, b) => a - b);
      const middle = values.length / 2;
      const median =
        values.length % 2
          ? values[Math.floor(middle)]
          : ((values[middle - 1] ?? 0) + (values[middle] ?? 0)) / 2;
      const [smallest, largest] = [values[0], values.at(-1)];
      return {
        kind: 'numbers',
        question,
        answered: values.length,
        ...(smallest !== undefined && largest !== undefined && median !== undefined
          ? { summary: { smallest, median, average: mean(values), largest } }
          : {}),
      };
    }
    return counts(question, given as (string | number | string[])[], language);
  });
}
