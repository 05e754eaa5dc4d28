import type { Language } from '#shared/domain/language.ts';
import { askedQuestions, type EvaluationQuestion, questionLabel } from '#shared/domain/sign-up-question.ts';
import type { FieldErrors } from '#shared/forms/form-reading.ts';
import { participantMessagesFor } from '#shared/i18n/participant-messages.ts';
import { questionMessagesFor } from '#shared/i18n/question-messages.ts';
import { answerField, choiceField } from '#shared/sign-up/question-answers.ts';
import { FieldNotes, FormField, fieldAria } from './form-field.tsx';

/** The help text and the purpose line of a question, as one hint under its label. */
function hintOf(question: EvaluationQuestion, language: Language): string | undefined {
  const q = questionMessagesFor(language);
  const parts = [
    question.help,
    question.type === 'number' ? q.numberHint : undefined,
    question.purpose ? q.purpose(question.purpose) : undefined,
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(' ') : undefined;
}

/** One question's radios or boxes, as a group of its own whose legend is the question. */
function ChoiceGroup({
  question,
  label,
  hint,
  options,
  multiple,
  values,
  error,
  textLanguage,
  labelLanguage,
  prefix,
}: {
  question: EvaluationQuestion;
  prefix: string;
  label: string;
  /** The `lang` of the choices' labels, when the reader reads another language than the event's. */
  textLanguage?: Language;
  /** The `lang` of the question, when it is not in the reader's language. */
  labelLanguage?: Language;
  hint?: string;
  options: { value: string; label: string }[];
  multiple: boolean;
  values: Record<string, string>;
  error?: string;
}) {
  const id = `field-${answerField(question, prefix)}`;
  return (
    <fieldset
      id={id}
      class={error ? 'question-group field-error' : 'question-group'}
      aria-describedby={fieldAria(id, hint, error)['aria-describedby']}
    >
      <legend lang={labelLanguage}>{label}</legend>
      <FieldNotes id={id} hint={hint} error={error} />
      {options.map((option) => {
        const name = multiple ? choiceField(question, option.value, prefix) : answerField(question, prefix);
        const inputId = `${id}-${option.value}`;
        const checked = multiple ? values[name] === 'yes' : values[name] === option.value;
        return (
          <div class="choice">
            <input
              type={multiple ? 'checkbox' : 'radio'}
              id={inputId}
              name={name}
              value={multiple ? 'yes' : option.value}
              checked={checked}
              required={!multiple && question.required}
            />
            <label for={inputId} lang={textLanguage}>
              {option.label}
            </label>
          </div>
        );
      })}
    </fieldset>
  );
}

/**
 * The event's own questions as the form asks them now, each with the control its type needs (a text field, a text
 * area, radios, boxes, yes and no, a number, a date, a 1–5 scale), its help and purpose under the label, in the
 * reader's language where the organiser wrote one: the sign-up form's, and the evaluation's. A delegation member's
 * row names its fields under `prefix` (`members.1.`).
 */
export function QuestionFields({
  questions,
  language,
  values,
  errors,
  eventLanguage,
  prefix = '',
}: {
  questions: readonly EvaluationQuestion[] | undefined;
  language: Language;
  /** The language the organiser wrote the questions in: their parts in it are marked so (WCAG 3.1.2). */
  eventLanguage: Language;
  values: Record<string, string>;
  errors: FieldErrors;
  prefix?: string;
}) {
  const asked = askedQuestions(questions);
  if (asked.length === 0) return null;
  const t = participantMessagesFor(language);
  const q = questionMessagesFor(language);
  return (
    <fieldset>
      <legend>{t.questionsLegend}</legend>
      {asked.map((question) => {
        const name = answerField(question, prefix);
        const label = question.required
          ? questionLabel(question, language)
          : `${questionLabel(question, language)} ${t.optional}`;
        const hint = hintOf(question, language);
        const otherLanguage = eventLanguage === language ? undefined : eventLanguage;
        const labelLanguage = question.labels?.[language] ? undefined : otherLanguage;
        const common = { question, label, hint, values, error: errors[name], labelLanguage, prefix };
        switch (question.type) {
          case 'one-choice':
          case 'several-choices':
            return (
              <ChoiceGroup
                {...common}
                multiple={question.type === 'several-choices'}
                textLanguage={otherLanguage}
                options={(question.choices ?? [])
                  .filter((choice) => !choice.removed)
                  .map((choice) => ({ value: choice.id, label: choice.label }))}
              />
            );
          case 'scale':
            return (
              <ChoiceGroup
                {...common}
                multiple={false}
                options={[1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: q.scaleOption(n) }))}
              />
            );
          case 'yes-no':
            return (
              <ChoiceGroup
                {...common}
                multiple={false}
                options={[
                  { value: 'yes', label: q.yes },
                  { value: 'no', label: q.no },
                ]}
              />
            );
          default:
            return (
              <FormField
                name={name}
                label={label}
                hint={hint}
                value={values[name]}
                error={errors[name]}
                required={question.required}
                multiline={question.type === 'long-text'}
                type={question.type === 'date' ? 'date' : 'text'}
              />
            );
        }
      })}
    </fieldset>
  );
}
