import type { Language } from '#shared/domain/language.ts';
import {
  askedQuestions,
  type EvaluationQuestion,
  type SignUpQuestion,
} from '#shared/domain/sign-up-question.ts';
import { questionMessagesFor } from '#shared/i18n/question-messages.ts';

/** What kind of question it is, and its choices: "Ett val, obligatorisk: Lunch / Middag". */
export function questionDetails(question: EvaluationQuestion, language: Language): string {
  const q = questionMessagesFor(language);
  const marks = [
    q.types[question.type],
    question.required && q.requiredWord,
    question.sensitive && q.sensitiveWord,
  ];
  const choices = (question.choices ?? []).filter((choice) => !choice.removed).map((choice) => choice.label);
  return `${marks.filter(Boolean).join(', ')}${choices.length > 0 ? `: ${choices.join(' / ')}` : ''}`;
}

/** A question in words, as the audit trail names it: "Middag? (Ja eller nej, obligatorisk)". */
export const questionWords = (question: SignUpQuestion, language: Language) =>
  `${question.label} (${questionDetails(question, language)})`;

/** The questions asked, in their order, in words. */
export const questionListWords = (questions: readonly SignUpQuestion[] | undefined, language: Language) =>
  askedQuestions(questions).map((question) => questionWords(question, language));

/**
 * What changed between two lists of questions, in words, before and after: only the questions added, removed or
 * changed, so that a change to one of many reads as that one; a new order alone as the list of labels.
 */
export function questionChangeWords(
  before: readonly SignUpQuestion[] | undefined,
  after: readonly SignUpQuestion[] | undefined,
  language: Language,
): { before: string; after: string } | undefined {
  const [was, is] = [questionListWords(before, language), questionListWords(after, language)];
  const gone = was.filter((words) => !is.includes(words));
  const came = is.filter((words) => !was.includes(words));
  const none = questionMessagesFor(language).editor.none;
  if (gone.length > 0 || came.length > 0)
    return { before: gone.join('; ') || none, after: came.join('; ') || none };
  const order = (questions: readonly SignUpQuestion[] | undefined) =>
    askedQuestions(questions)
      .map((question) => question.label)
      .join('; ');
  return order(before) === order(after) ? undefined : { before: order(before), after: order(after) };
}
