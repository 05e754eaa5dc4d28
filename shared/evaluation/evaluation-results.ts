import { MIN_ANSWERS_SHOWN } from './evaluation.ts';
import type { EvaluationAnswers } from './evaluation-answer-form.ts';
import type { EvaluationQuestion } from './standard-questions.ts';

/** A scale question's result: how many chose each of 1–5, and their mean. */
export interface ScaleResult {
  question: EvaluationQuestion;
  /** Index 0 holds the count of 1s, index 4 of 5s. */
  counts: [number, number, number, number, number];
  answered: number;
  average?: number;
}

/** A free-text question's answers, in alphabetical order: the order they came in could point at people. */
export interface TextResult {
  question: EvaluationQuestion;
  texts: string[];
}

export type QuestionResult = ScaleResult | TextResult;

/**
 * The evaluation's results per question, or undefined while fewer than `MIN_ANSWERS_SHOWN` have answered: with
 * fewer, an organiser who knows who came could tell whose answer is whose.
 */
export function evaluationResults(
  questions: readonly EvaluationQuestion[],
  answers: readonly EvaluationAnswers[],
): QuestionResult[] | undefined {
  if (answers.length < MIN_ANSWERS_SHOWN) return undefined;
  return questions.map((question) => {
    if (question.kind === 'text') {
      const texts = answers.map((answer) => answer[question.id]).filter((text) => typeof text === 'string');
      return { question, texts: [...texts].sort((a, b) => a.localeCompare(b)) };
    }
    const counts: ScaleResult['counts'] = [0, 0, 0, 0, 0];
    let sum = 0;
    let answered = 0;
    for (const answer of answers) {
      const value = answer[question.id];
      if (typeof value !== 'number' || value < 1 || value > 5) continue;
      counts[value - 1] = (counts[value - 1] ?? 0) + 1;
      sum += value;
      answered += 1;
    }
    return { question, counts, answered, ...(answered > 0 ? { average: sum / answered } : {}) };
  });
}

export const isScaleResult = (result: QuestionResult): result is ScaleResult => 'counts' in result;
