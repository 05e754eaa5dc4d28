import type { Language } from '#shared/domain/event.ts';
import { LANGUAGES } from '#shared/domain/language.ts';
import type { EvaluationQuestion, EvaluationQuestionType } from '#shared/domain/sign-up-question.ts';

/** The standard questionnaire's ids, stable across languages: answers are stored under them. */
export const STANDARD_QUESTION_IDS = ['overall', 'useful', 'takeaway', 'better'] as const;
export type StandardQuestionId = (typeof STANDARD_QUESTION_IDS)[number];

const TYPES: Record<StandardQuestionId, EvaluationQuestionType> = {
  overall: 'scale',
  useful: 'scale',
  takeaway: 'long-text',
  better: 'long-text',
};

const TEXTS: Record<Language, Record<StandardQuestionId, string>> = {
  sv: {
    overall: 'Hur nöjd är du med dagen som helhet?',
    useful: 'Hur användbart var innehållet för ditt arbete?',
    takeaway: 'Vad tar du med dig?',
    better: 'Vad kan vi göra bättre?',
  },
  nb: {
    overall: 'Hvor fornøyd er du med dagen som helhet?',
    useful: 'Hvor nyttig var innholdet for arbeidet ditt?',
    takeaway: 'Hva tar du med deg?',
    better: 'Hva kan vi gjøre bedre?',
  },
  en: {
    overall: 'How satisfied are you with the day as a whole?',
    useful: 'How useful was the content for your work?',
    takeaway: 'What will you take with you?',
    better: 'What could we do better?',
  },
};

/**
 * The standard evaluation SKR, Länsstyrelsen and KS send after their events: two 1–5 scales and two free texts, in
 * the event's language with the other two beside it (answers are kept by question, so a Norwegian's answer counts
 * with the Swedes'). An evaluation asks these until its organiser changes them: then they are its own to edit.
 */
export const standardQuestions = (eventLanguage: Language): EvaluationQuestion[] =>
  STANDARD_QUESTION_IDS.map((id) => ({
    id,
    type: TYPES[id],
    label: TEXTS[eventLanguage][id],
    labels: Object.fromEntries(
      LANGUAGES.filter((other) => other !== eventLanguage).map((other) => [other, TEXTS[other][id]]),
    ),
    required: false,
  }));
