import * as z from 'zod';
import type { Language } from '#shared/domain/language.ts';
import { LANGUAGES } from '#shared/domain/language.ts';
import {
  type EvaluationQuestionType,
  QUESTION_TYPES,
  type Question,
  type QuestionChoice,
  type QuestionType,
  takesChoices,
} from '#shared/domain/sign-up-question.ts';
import {
  errorsOf,
  type FieldErrors,
  optionalMultilineText,
  optionalText,
  requiredText,
} from '#shared/forms/form-reading.ts';
import { questionMessagesFor } from '#shared/i18n/question-messages.ts';
import { textRuleMessagesFor } from '#shared/i18n/text-rule-messages.ts';

/** Fields for new choices under the ones a question has: enough for most questions; save and come back for more. */
export const NEW_CHOICE_FIELDS = 4;
const LABEL_MAX = 300;

export const choiceInput = (id: string) => `choice.${id}`;
export const newChoiceInput = (n: number) => `choice.new${n}`;
export const labelInput = (language: Language) => `label.${language}`;

/** The first `c<n>` no choice of the question has: ids stay unique though choices come and go. */
function nextChoiceId(taken: readonly QuestionChoice[]): string {
  let n = taken.length + 1;
  while (taken.some((choice) => choice.id === `c${n}`)) n++;
  return `c${n}`;
}

/**
 * Reads the question editor's form, its messages in the organiser's `language`. The label is in the event's
 * language (`eventLanguage`), with the organiser's own wording in the other two where given. An `existing` question
 * keeps its id, its type (unless `rules.typeFixed` is false: an evaluation's before its first answer) and whether
 * it is sensitive (the answers given must stay readable where they are stored); its choices keep their ids when
 * reworded, and an emptied one is marked removed, not dropped. A new question takes `newId` and one of
 * `rules.types` (the sign-up form's by default). Nothing is kept of a form with errors.
 */
export function readQuestionForm<Type extends EvaluationQuestionType = QuestionType>(
  language: Language,
  eventLanguage: Language,
  input: Record<string, string | undefined>,
  existing: Question<Type> | undefined,
  newId: string,
  rules: { types: readonly Type[]; typeFixed: boolean } = {
    types: QUESTION_TYPES as readonly EvaluationQuestionType[] as readonly Type[],
    typeFixed: existing !== undefined,
  },
): { ok: true; question: Question<Type> } | { ok: false; errors: FieldErrors } {
  const q = questionMessagesFor(language).editor;
  const t = { ...textRuleMessagesFor(language), ...q.errors };
  const otherLanguages = LANGUAGES.filter((other) => other !== eventLanguage);
  const type =
    existing && rules.typeFixed ? existing.type : rules.types.find((known) => known === input.type);
  const schema = z.object({
    label: requiredText(t, LABEL_MAX),
    help: optionalMultilineText(t, 1000),
    purpose: optionalText(t, LABEL_MAX),
    ...Object.fromEntries(otherLanguages.map((other) => [labelInput(other), optionalText(t, LABEL_MAX)])),
  });
  const result = schema.safeParse(input);
  const errors: FieldErrors = {
    ...(type ? {} : { type: t.choose }),
    ...(result.success ? {} : errorsOf(result.error)),
  };

  // Read apart from the rest, so a form with other errors is still told what its choices lack.
  const choices: QuestionChoice[] = [];
  if (type && takesChoices(type)) {
    const choiceText = optionalText(t, LABEL_MAX);
    const read = (field: string) => {
      const value = choiceText.safeParse(input[field]);
      if (!value.success) errors[field] = value.error.issues[0]?.message ?? t.required;
      return value.success ? value.data : undefined;
    };
    for (const choice of existing && takesChoices(existing.type) ? (existing.choices ?? []) : []) {
      if (choice.removed) {
        choices.push(choice);
        continue;
      }
      const label = read(choiceInput(choice.id));
      choices.push(label ? { id: choice.id, label } : { ...choice, removed: true });
    }
    for (let n = 1; n <= NEW_CHOICE_FIELDS; n++) {
      const label = read(newChoiceInput(n));
      if (label) choices.push({ id: nextChoiceId(choices), label });
    }
    const offered = choices
      .filter((choice) => !choice.removed)
      .map((choice) => choice.label.toLocaleLowerCase(language));
    if (offered.length < 2) errors.choices = t.choices;
    else if (new Set(offered).size < offered.length) errors.choices = t.duplicateChoice;
  }
  if (!result.success || !type || Object.keys(errors).length > 0) return { ok: false, errors };

  const form = result.data as Record<string, string | undefined> & { label: string };
  const labels = Object.fromEntries(
    otherLanguages.flatMap((other) => {
      const label = form[labelInput(other)];
      return label ? [[other, label]] : [];
    }),
  );
  const sensitive = existing ? existing.sensitive === true : input.sensitive === 'yes';
  return {
    ok: true,
    question: {
      id: existing?.id ?? newId,
      type,
      label: form.label,
      ...(Object.keys(labels).length > 0 ? { labels } : {}),
      ...(form.help ? { help: form.help } : {}),
      ...(form.purpose ? { purpose: form.purpose } : {}),
      required: input.required === 'yes',
      ...(sensitive ? { sensitive } : {}),
      ...(choices.length > 0 ? { choices } : {}),
    },
  };
}

/** The editor's form filled in from a question, to change it. */
export function questionFormValues(question: Question<EvaluationQuestionType>): Record<string, string> {
  return {
    type: question.type,
    label: question.label,
    help: question.help ?? '',
    purpose: question.purpose ?? '',
    required: question.required ? 'yes' : '',
    sensitive: question.sensitive ? 'yes' : '',
    ...Object.fromEntries(
      Object.entries(question.labels ?? {}).map(([language, label]) => [
        labelInput(language as Language),
        label,
      ]),
    ),
    ...Object.fromEntries(
      (question.choices ?? [])
        .filter((choice) => !choice.removed)
        .map((choice) => [choiceInput(choice.id), choice.label]),
    ),
  };
}
