import type { EventRecord, Language } from '#shared/domain/event.ts';
import { type EvaluationQuestion, questionLabel } from '#shared/domain/sign-up-question.ts';
import type { FieldErrors } from '#shared/forms/form-reading.ts';
import { evaluationMessagesFor } from '#shared/i18n/evaluation-messages.ts';
import { answerField } from '#shared/sign-up/question-answers.ts';
import { ActionNotice } from '#web/components/action-notice.tsx';
import { ErrorSummary } from '#web/components/error-summary.tsx';
import { QuestionFields } from '#web/components/question-fields.tsx';
import { Layout } from '#web/layout.tsx';

/** What the answer link shows: the form (again, with what was wrong), or a message instead of it. */
export type EvaluationFormView =
  | { kind: 'form'; values: Record<string, string>; errors: FieldErrors }
  | { kind: 'message'; text: string; done: boolean };

/**
 * A participant's evaluation of an event, through their one-time link: the organiser's questions, in the reader's
 * language where the organiser wrote it, each with its control as on the sign-up form (a 1–5 scale as radio
 * buttons with its ends named), answered anonymously.
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
            labels={Object.fromEntries(
              props.questions.map((question) => [
                answerField(question),
                questionLabel(question, props.language),
              ]),
            )}
          />
          <form method="post" action={props.path} novalidate>
            <QuestionFields
              questions={props.questions}
              language={props.language}
              eventLanguage={props.event.language}
              values={view.values}
              errors={view.errors}
            />
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
