import type * as z from 'zod';
import type { Language } from '#shared/domain/language.ts';
import {
  type Answer,
  askedQuestions,
  type EvaluationQuestion,
  type SignUpQuestion,
} from '#shared/domain/sign-up-question.ts';
import {
  errorsOf,
  type FieldErrors,
  optionalMultilineText,
  optionalText,
  requiredMultilineText,
  requiredText,
} from '#shared/forms/form-reading.ts';
import { counted } from '#shared/i18n/plural-forms.ts';
import { textRuleMessagesFor } from '#shared/i18n/text-rule-messages.ts';

const TEXTS = {
  sv: {
    ...textRuleMessagesFor('sv'),
    required: 'Svara på frågan.',
    tooLong: (max: number) => `Högst ${max} tecken.`,
    choose: 'Välj ett av alternativen.',
    chooseSome: 'Välj minst ett av alternativen.',
    yesNo: 'Svara ja eller nej.',
    number: 'Skriv ett tal, till exempel 12 eller 3,5.',
    date: 'Skriv ett datum i formen 2026-03-09.',
    scale: 'Välj ett värde från 1 till 5.',
  },
  nb: {
    ...textRuleMessagesFor('nb'),
    required: 'Svar på spørsmålet.',
    tooLong: (max: number) => `Høyst ${max} tegn.`,
    choose: 'Velg ett av alternativene.',
    chooseSome: 'Velg minst ett av alternativene.',
    yesNo: 'Svar ja eller nei.',
    number: 'Skriv et tall, for eksempel 12 eller 3,5.',
    date: 'Skriv en dato på formen 2026-03-09.',
    scale: 'Velg en verdi fra 1 til 5.',
  },
  en: {
    ...textRuleMessagesFor('en'),
    required: 'Please answer the question.',
    tooLong: (max: number) => `At most ${counted('en', max, { one: '# character', other: '# characters' })}.`,
    choose: 'Choose one of the options.',
    chooseSome: 'Choose at least one of the options.',
    yesNo: 'Answer yes or no.',
    number: 'Enter a number, such as 12 or 3.5.',
    date: 'Enter a date like 2026-03-09.',
    scale: 'Choose a value from 1 to 5.',
  },
} satisfies Record<Language, unknown>;

type Messages = (typeof TEXTS)[Language];

const SHORT_MAX = 300;
const LONG_MAX = 2000;

/**
 * The form field of a question's answer; a several-choices question has one box per choice under it. A delegation
 * member's fields carry the row as `prefix` (`members.1.answer.<id>`).
 */
export const answerField = (question: Pick<SignUpQuestion, 'id'>, prefix = '') =>
  `${prefix}answer.${question.id}`;
export const choiceField = (question: Pick<SignUpQuestion, 'id'>, choiceId: string, prefix = '') =>
  `${prefix}answer.${question.id}.${choiceId}`;

/** A real calendar day written YYYY-MM-DD: 2026-02-30 is not one. */
function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().startsWith(value);
}

/**
 * Each question's schema in each language, built once per question object: the event's questions come from the
 * process's copy of the event, so a sign-up no longer builds them anew (about 0.35 ms a request in a profile). A
 * question read afresh is a new object, with schemas of its own.
 */
const valueSchemas = new WeakMap<EvaluationQuestion, Map<Language, z.ZodType<string | undefined>>>();
function valueSchemaOf(question: EvaluationQuestion, language: Language): z.ZodType<string | undefined> {
  const byLanguage = valueSchemas.get(question) ?? new Map<Language, z.ZodType<string | undefined>>();
  valueSchemas.set(question, byLanguage);
  let schema = byLanguage.get(language);
  if (!schema) {
    schema = oneValue(question, TEXTS[language]);
    byLanguage.set(language, schema);
  }
  return schema;
}

/** What one field holds when it is filled in: the text trimmed, nothing when it is empty. */
function oneValue(question: EvaluationQuestion, t: Messages): z.ZodType<string | undefined> {
  const text = (multiline: boolean, max: number) =>
    question.required
      ? multiline
        ? requiredMultilineText(t, max)
        : requiredText(t, max)
      : multiline
        ? optionalMultilineText(t, max)
        : optionalText(t, max);
  const picked = (message: string, allowed: (value: string) => boolean) => {
    const given: z.ZodType<string | undefined> = question.required
      ? requiredText({ ...t, required: message }, SHORT_MAX)
      : optionalText(t, SHORT_MAX);
    return given.refine((value) => value === undefined || allowed(value), { error: message });
  };
  switch (question.type) {
    case 'long-text':
      return text(true, LONG_MAX);
    case 'one-choice':
      return picked(t.choose, (value) =>
        (question.choices ?? []).some((choice) => choice.id === value && !choice.removed),
      );
    case 'yes-no':
      return picked(t.yesNo, (value) => value === 'yes' || value === 'no');
    case 'number':
      // A decimal comma is how Swedes and Norwegians write 3,5; it is stored with a point.
      return picked(t.number, (value) => /^-?\d{1,12}([.,]\d{1,6})?$/.test(value)).transform((value) =>
        value?.replace(',', '.'),
      );
    case 'date':
      return picked(t.date, isCalendarDate);
    case 'scale':
      return picked(t.scale, (value) => /^[1-5]$/.test(value));
    default:
      return text(false, SHORT_MAX);
  }
}

/** The ids of the ticked boxes of a several-choices question, in the question's order. */
function tickedChoices(
  question: EvaluationQuestion,
  input: Record<string, unknown>,
  prefix: string,
): string[] {
  return (question.choices ?? [])
    .filter((choice) => !choice.removed && input[choiceField(question, choice.id, prefix)] === 'yes')
    .map((choice) => choice.id);
}

/**
 * Reads the answers to the event's questions now asked, each by its type, with one message per unanswered or wrong
 * question in `language` (keyed `answer.<id>`, under `prefix` for a delegation's member row). Answers to sensitive
 * questions come apart from the others, to be stored with the needs. An unanswered optional question has no answer.
 * The evaluation's answers are read so too.
 */
export function readAnswers(
  questions: readonly EvaluationQuestion[] | undefined,
  language: Language,
  input: Record<string, unknown>,
  prefix = '',
):
  | { ok: true; answers: Record<string, Answer>; sensitiveAnswers: Record<string, Answer> }
  | { ok: false; errors: FieldErrors } {
  const t = TEXTS[language];
  const answers: Record<string, Answer> = {};
  const sensitiveAnswers: Record<string, Answer> = {};
  const errors: FieldErrors = {};
  for (const question of askedQuestions(questions)) {
    const field = answerField(question, prefix);
    let answer: Answer | undefined;
    if (question.type === 'several-choices') {
      const ticked = tickedChoices(question, input, prefix);
      if (question.required && ticked.length === 0) errors[field] = t.chooseSome;
      answer = ticked.length > 0 ? ticked : undefined;
    } else {
      const read = valueSchemaOf(question, language).safeParse(input[field]);
      if (!read.success)
        Object.assign(
          errors,
          errorsOf(read.error, () => field),
        );
      else answer = read.data;
    }
    if (answer !== undefined) (question.sensitive ? sensitiveAnswers : answers)[question.id] = answer;
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, answers, sensitiveAnswers };
}

/** Answers as the form's fields hold them: the inverse of `readAnswers`, to fill a form in again. */
export function answerFieldValues(
  questions: readonly SignUpQuestion[] | undefined,
  answers: Record<string, Answer>,
): Record<string, string> {
  const values: Record<string, string> = {};
  for (const question of questions ?? []) {
    const answer = answers[question.id];
    if (answer === undefined) continue;
    if (question.type === 'several-choices')
      for (const id of typeof answer === 'string' ? [answer] : answer)
        values[choiceField(question, id)] = 'yes';
    else values[answerField(question)] = typeof answer === 'string' ? answer : answer.join(', ');
  }
  return values;
}

/**
 * The stored answers a form cannot change: those to questions removed since, which stay for the export until they
 * are erased. A form's answers are saved over the stored ones together with these.
 */
export function answersToRemovedQuestions(
  questions: readonly SignUpQuestion[] | undefined,
  stored: Record<string, Answer> | undefined,
): Record<string, Answer> {
  const removed = new Set(
    (questions ?? []).filter((question) => question.removed).map((question) => question.id),
  );
  return Object.fromEntries(Object.entries(stored ?? {}).filter(([id]) => removed.has(id)));
}
