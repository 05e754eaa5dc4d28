import type { Answer, SignUpQuestion } from '#shared/domain/sign-up-question.ts';
import { takesChoices } from '#shared/domain/sign-up-question.ts';

/** How many gave one answer to a question. */
export interface AnswerCount {
  /** The choice's id, or `yes`/`no`. */
  value: string;
  /** The choice's label as the organiser wrote it; yes and no are named by the page in the reader's language. */
  label?: string;
  count: number;
}

/** One question's answers, counted: how many answered, and for choices and yes/no how many gave each answer. */
export interface QuestionSummary {
  question: SignUpQuestion;
  answered: number;
  /** Per choice (every choice still offered, and a removed one while answers to it remain), or yes and no. */
  counts: AnswerCount[];
}

const idsOf = (answer: Answer) => (typeof answer === 'string' ? [answer] : answer);

/**
 * Counts the answers to each question, in the questions' order, from the answers of the people who count (those
 * not cancelled). Nothing names anyone: what sensitive questions may be shown as, and all a summary needs.
 */
export function summariseQuestions(
  questions: readonly SignUpQuestion[] | undefined,
  answerSets: readonly (Record<string, Answer> | undefined)[],
): QuestionSummary[] {
  return (questions ?? []).map((question) => {
    const given = answerSets.flatMap((answers) => {
      const answer = answers?.[question.id];
      return answer === undefined ? [] : [answer];
    });
    const tally = (value: string) => given.filter((answer) => idsOf(answer).includes(value)).length;
    const counts: AnswerCount[] = takesChoices(question.type)
      ? (question.choices ?? [])
          .map((choice) => ({
            value: choice.id,
            label: choice.label,
            count: tally(choice.id),
            removed: choice.removed,
          }))
          .filter((count) => !count.removed || count.count > 0)
          .map(({ removed, ...count }) => count)
      : question.type === 'yes-no'
        ? [
            { value: 'yes', count: tally('yes') },
            { value: 'no', count: tally('no') },
          ]
        : [];
    return { question, answered: given.length, counts };
  });
}
