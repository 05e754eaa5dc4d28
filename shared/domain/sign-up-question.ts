import type { Language } from './language.ts';

/** What a question takes: its control on the form and the rule its answer keeps. */
export const QUESTION_TYPES = [
  'short-text',
  'long-text',
  'one-choice',
  'several-choices',
  'yes-no',
  'number',
  'date',
] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

/** An evaluation asks the same, and a 1–5 scale ("Hur nöjd är du…?"); its free text is a long text. */
export const EVALUATION_QUESTION_TYPES = [...QUESTION_TYPES, 'scale'] as const;
export type EvaluationQuestionType = (typeof EVALUATION_QUESTION_TYPES)[number];

/** Types answered by picking among the question's choices. */
export const CHOICE_TYPES: readonly EvaluationQuestionType[] = ['one-choice', 'several-choices'];
export const takesChoices = (type: EvaluationQuestionType) => CHOICE_TYPES.includes(type);

/**
 * One choice of a question. Answers store its id, so an organiser who rewords a choice after publishing keeps the
 * answers given to it; a choice taken away stays, marked `removed`, so those answers still read as they were given.
 */
export interface QuestionChoice {
  id: string;
  label: string;
  removed?: boolean;
}

/**
 * A question the organiser writes, on the sign-up form ("Vilket pass vill du helst diskutera?") or in the
 * evaluation, in the event's language, with the organiser's own wording in the other languages where they give it.
 */
export interface Question<Type extends EvaluationQuestionType = QuestionType> {
  id: string;
  type: Type;
  label: string;
  /** The label in another language than the event's, for readers of that language. */
  labels?: Partial<Record<Language, string>>;
  help?: string;
  /** Why the organiser asks (GDPR art. 5(1)(b)), shown beside the question. */
  purpose?: string;
  required: boolean;
  /** Answers that may be health data or like it: stored apart with the needs, shown to organisers only as counts. */
  sensitive?: boolean;
  /** The choices of a one-choice or several-choices question. */
  choices?: QuestionChoice[];
  /** A question taken away: no longer asked, but its answers stay in the export until they are erased. */
  removed?: boolean;
}

/** A question of the event's own on the sign-up form. */
export type SignUpQuestion = Question<QuestionType>;

/** A question of the event's evaluation: anonymous, so never sensitive and with no purpose to give. */
export type EvaluationQuestion = Question<EvaluationQuestionType>;

/** One answer: text, a number or a date as written (YYYY-MM-DD), "yes"/"no", or the ids of the choices ticked. */
export type Answer = string | string[];

/** The questions the form asks now, in their order. */
export const askedQuestions = <Q extends Pick<SignUpQuestion, 'removed'>>(
  questions: readonly Q[] | undefined,
): Q[] => (questions ?? []).filter((question) => !question.removed);

/** The question's label for a reader of `language`: the organiser's own wording in it, or the event's. */
export const questionLabel = (
  question: Pick<SignUpQuestion, 'label' | 'labels'>,
  language: Language,
): string => question.labels?.[language] ?? question.label;

/** An answer as a person reads it: the choices by their labels, in the question's order. */
export function answerText(
  question: EvaluationQuestion,
  answer: Answer | undefined,
  yesNo: Record<'yes' | 'no', string>,
): string {
  if (answer === undefined) return '';
  const ids = typeof answer === 'string' ? [answer] : answer;
  if (takesChoices(question.type))
    return (question.choices ?? [])
      .filter((choice) => ids.includes(choice.id))
      .map((choice) => choice.label)
      .join(', ');
  if (question.type === 'yes-no') return answer === 'yes' ? yesNo.yes : answer === 'no' ? yesNo.no : '';
  return ids.join(', ');
}
