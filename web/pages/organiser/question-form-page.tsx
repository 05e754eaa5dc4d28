import type { EventRecord, Language } from '#shared/domain/event.ts';
import { LANGUAGES } from '#shared/domain/language.ts';
import type { Organiser } from '#shared/domain/organiser.ts';
import {
  type EvaluationQuestion,
  type EvaluationQuestionType,
  QUESTION_TYPES,
  takesChoices,
} from '#shared/domain/sign-up-question.ts';
import type { FieldErrors } from '#shared/forms/form-reading.ts';
import { questionMessagesFor } from '#shared/i18n/question-messages.ts';
import {
  choiceInput,
  labelInput,
  NEW_CHOICE_FIELDS,
  newChoiceInput,
} from '#shared/organiser/question-form.ts';
import { ActionNotice } from '#web/components/action-notice.tsx';
import { ErrorSummary } from '#web/components/error-summary.tsx';
import { FieldNotes, FormField } from '#web/components/form-field.tsx';
import { EventWorkspaceHeader, eventSectionPath } from './event-workspace-header.tsx';
import { OrganiserLayout } from './organiser-layout.tsx';

export interface QuestionFormPageProps {
  language: Language;
  organiser: Organiser;
  organisationName: string;
  showMailbox: boolean;
  event: EventRecord;
  /** The question changed; a new one has none. */
  editing?: EvaluationQuestion;
  /**
   * The evaluation's questionnaire being built, not the sign-up form's: posted under `base`, with its `types`, the
   * type fixed only once answers have come, and no purpose or sensitive mark (its answers are anonymous).
   */
  evaluation?: {
    base: string;
    types: readonly EvaluationQuestionType[];
    typeFixed: boolean;
    fixedHint: string;
  };
  values: Record<string, string>;
  errors?: FieldErrors;
  notice?: string;
}

/**
 * One question to add or change, on the sign-up form or in the evaluation: its kind of answer (fixed once saved;
 * an evaluation's once answered), its wording in the event's language and optionally the others, help, purpose,
 * whether an answer is required, whether it is sensitive (fixed once saved), and its choices, each a field of its
 * own so that a reworded choice keeps its answers.
 */
export function QuestionFormPage(props: QuestionFormPageProps) {
  const { language, event, editing, values } = props;
  const q = questionMessagesFor(language);
  const e = q.editor;
  const f = e.fields;
  const errors = props.errors ?? {};
  const title = editing ? e.changeTitle(editing.label) : e.addTitle;
  const builder = props.evaluation;
  const base = builder?.base ?? eventSectionPath(event, 'questions');
  const types: readonly EvaluationQuestionType[] = builder?.types ?? QUESTION_TYPES;
  const typeFixed = editing !== undefined && (builder ? builder.typeFixed : true);
  const type = (typeFixed ? editing?.type : types.find((known) => known === values.type)) ?? editing?.type;
  const choices = (editing?.choices ?? []).filter((choice) => !choice.removed);
  const labels: Record<string, string> = {
    type: f.type,
    label: f.label,
    help: f.help,
    purpose: f.purpose,
    choices: f.choices,
  };
  for (const other of LANGUAGES) labels[labelInput(other)] = f.labelIn(e.languages[other]);
  choices.forEach((choice, index) => {
    labels[choiceInput(choice.id)] = f.choice(index + 1);
  });
  for (let n = 1; n <= NEW_CHOICE_FIELDS; n++) labels[newChoiceInput(n)] = f.choice(choices.length + n);
  const box = (name: 'required' | 'sensitive', hint?: string, disabled?: boolean) => (
    <div class="choice">
      <input
        type="checkbox"
        id={`field-${name}`}
        name={name}
        value="yes"
        checked={values[name] === 'yes'}
        disabled={disabled}
        aria-describedby={hint ? `field-${name}-hint` : undefined}
      />
      <label for={`field-${name}`}>{f[name]}</label>
      {hint && (
        <p class="hint choice-hint" id={`field-${name}-hint`}>
          {hint}
        </p>
      )}
    </div>
  );
  return (
    <OrganiserLayout {...props} title={`${title}: ${event.title}`}>
      <EventWorkspaceHeader
        role={props.organiser.role}
        language={language}
        event={event}
        current={builder ? 'evaluation' : 'questions'}
        heading={title}
      />
      <p>
        <a href={builder ? eventSectionPath(event, 'evaluation') : base}>{e.cancel}</a>
      </p>
      {props.notice && <ActionNotice refused>{props.notice}</ActionNotice>}
      <ErrorSummary heading={e.invalid} errors={errors} labels={labels} />
      <form
        method="post"
        action={editing ? `${base}/${encodeURIComponent(editing.id)}` : `${base}/new`}
        novalidate
      >
        <input type="hidden" name="version" value={values.version ?? ''} />
        {editing && typeFixed ? (
          <p>
            <strong>{f.type}:</strong> {q.types[editing.type]}.{' '}
            <span class="hint">{builder?.fixedHint ?? e.hints.fixed}</span>
          </p>
        ) : (
          <fieldset id="field-type" class={errors.type ? 'question-group field-error' : 'question-group'}>
            <legend>{f.type}</legend>
            <FieldNotes id="field-type" error={errors.type} />
            {types.map((option) => (
              <div class="choice">
                <input
                  type="radio"
                  id={`type-${option}`}
                  name="type"
                  value={option}
                  checked={values.type === option}
                />
                <label for={`type-${option}`}>{q.types[option]}</label>
              </div>
            ))}
          </fieldset>
        )}
        <FormField
          name="label"
          label={`${f.label} (${e.languages[event.language]})`}
          value={values.label}
          error={errors.label}
          required
        />
        {LANGUAGES.filter((other) => other !== event.language).map((other) => (
          <FormField
            name={labelInput(other)}
            label={f.labelIn(e.languages[other])}
            value={values[labelInput(other)]}
            error={errors[labelInput(other)]}
          />
        ))}
        <FormField name="help" label={f.help} value={values.help} error={errors.help} multiline />
        {!builder && (
          <FormField
            name="purpose"
            label={f.purpose}
            hint={e.hints.purpose}
            value={values.purpose}
            error={errors.purpose}
          />
        )}
        {box('required')}
        {!builder && box('sensitive', e.hints.sensitive, editing !== undefined)}
        {(!type || takesChoices(type)) && (
          <fieldset id="field-choices" class={errors.choices ? 'field-error' : undefined}>
            <legend>{f.choices}</legend>
            <FieldNotes id="field-choices" hint={e.hints.choices} error={errors.choices} />
            {choices.map((choice) => (
              <FormField
                name={choiceInput(choice.id)}
                label={labels[choiceInput(choice.id)] ?? ''}
                value={values[choiceInput(choice.id)]}
                error={errors[choiceInput(choice.id)]}
              />
            ))}
            {Array.from({ length: NEW_CHOICE_FIELDS }, (_, index) => newChoiceInput(index + 1)).map(
              (name) => (
                <FormField name={name} label={labels[name] ?? ''} value={values[name]} error={errors[name]} />
              ),
            )}
          </fieldset>
        )}
        <button type="submit" class="button">
          {e.save}
        </button>
      </form>
    </OrganiserLayout>
  );
}
