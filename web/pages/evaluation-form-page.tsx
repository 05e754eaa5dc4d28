import type { EventRecord, Language } from '#shared/domain/event.ts';
import type { EvaluationQuestion } from '#shared/evaluation/standard-questions.ts';
import type { FieldErrors } from '#shared/forms/form-reading.ts';
import { evaluationMessagesFor } from '#shared/i18n/evaluation-messages.ts';
import { ActionNotice } from '#web/components/action-notice.tsx';
import { ErrorSummary } from '#web/components/error-summary.tsx';
import { FormField } from '#web/components/form-field.tsx';
import { RadioGroup } from '#web/components/radio-group.tsx';
import { Layout } from '#web/layout.tsx';

/** What the answer link shows: the form (again, with what was wrong), or a message instead of it. */
export type EvaluationFormView =
  | { kind: 'form'; values: Record<string, string>; errors: FieldErrors }
  | { kind: 'message'; text: string; done: boolean };

/**
 * A participant's evaluation of an event, through their one-time link: the questions in the event's language (a
 * 1–5 scale as radio buttons with its ends named, free text as a text area), all optional, answered anonymously.
 */
export function EvaluationFormPage(props: {
  event: EventRecord;
  language: Language;
  questions: EvaluationQuestion[];
  path: string;
  view: EvaluationFormView;
  showMailbox: boolean;
}) {
  const t = evaluationMessagesFor(props.language);
  const { view } = props;
  return (
    <Layout language={props.language} title={t.formTitle(props.event.title)} showMailbox={props.showMailbox}>
      <h1>{t.formTitle(props.event.title)}</h1>
      {view.kind === 'message' ? (
        <ActionNotice refused={!view.done}>{view.text}</ActionNotice>
      ) : (
        <>
          <p>{t.formIntro}</p>
          <p>{t.optional}</p>
          <ErrorSummary
            heading={t.formErrorSummary}
            errors={view.errors}
            labels={Object.fromEntries(props.questions.map(({ id, text }) => [id, text]))}
          />
          <form method="post" action={props.path} novalidate>
            {props.questions.map((question) =>
              question.kind === 'scale' ? (
                <RadioGroup
                  name={question.id}
                  legend={question.text}
                  options={[1, 2, 3, 4, 5].map((n) => ({
                    value: String(n),
                    label: t.scaleOption(n, n === 1 ? t.scaleLow : n === 5 ? t.scaleHigh : undefined),
                  }))}
                  value={view.values[question.id]}
                  error={view.errors[question.id]}
                />
              ) : (
                <FormField
                  name={question.id}
                  label={question.text}
                  multiline
                  value={view.values[question.id]}
                  error={view.errors[question.id]}
                />
              ),
            )}
            <button type="submit" class="button">
              {t.send}
            </button>
          </form>
        </>
      )}
      <p>
        <a href={`/events/${props.event.id}`}>{props.event.title}</a>
      </p>
    </Layout>
  );
}
