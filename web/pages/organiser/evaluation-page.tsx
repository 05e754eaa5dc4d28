import type { EventRecord, Language } from '#shared/domain/event.ts';
import type { Organiser } from '#shared/domain/organiser.ts';
import { type EvaluationQuestion, questionLabel } from '#shared/domain/sign-up-question.ts';
import { type Evaluation, evaluationPhase, MIN_ANSWERS_SHOWN } from '#shared/evaluation/evaluation.ts';
import type { QuestionResult } from '#shared/evaluation/evaluation-results.ts';
import type { FieldErrors } from '#shared/forms/form-reading.ts';
import { evaluationMessagesFor } from '#shared/i18n/evaluation-messages.ts';
import { questionMessagesFor } from '#shared/i18n/question-messages.ts';
import { formatClock, formatDate } from '#shared/time.ts';
import { ActionNotice } from '#web/components/action-notice.tsx';
import { CountsChart } from '#web/components/counts-chart.tsx';
import { ErrorSummary } from '#web/components/error-summary.tsx';
import { FormField } from '#web/components/form-field.tsx';
import { RadioGroup } from '#web/components/radio-group.tsx';
import { EventWorkspaceHeader, eventSectionPath } from './event-workspace-header.tsx';
import { OrganiserLayout } from './organiser-layout.tsx';
import { QuestionList } from './question-list.tsx';

/**
 * The event's evaluation: its questionnaire to build (editors and admins, once it is set up; no question removed or
 * retyped after the first answer), who gets it and until when (changeable until it is sent), where it stands, and
 * its results once enough have answered: a chart and a table per question with set answers, numbers summed up,
 * free texts listed, a CSV and an Excel file.
 */
export function EvaluationPage(props: {
  language: Language;
  organiser: Organiser;
  organisationName: string;
  showMailbox: boolean;
  event: EventRecord;
  now: Date;
  evaluation?: Evaluation;
  /** The questions asked now: the organiser's, or the standard ones. */
  questions: EvaluationQuestion[];
  invited: number;
  /** Undefined while fewer than the threshold have answered. */
  results?: QuestionResult[];
  mayChange: boolean;
  values: Record<string, string>;
  errors: FieldErrors;
  notice?: { text: string; refused: boolean };
}) {
  const { language, event, evaluation } = props;
  const t = evaluationMessagesFor(language);
  const base = eventSectionPath(event, 'evaluation');
  const lastDay = (closesAt: string) =>
    formatDate(new Date(Date.parse(closesAt) - 1).toISOString(), event.timeZone, language);
  const sent = evaluation?.invitationsFrom !== undefined;
  const mayBuild = props.mayChange && evaluation !== undefined && event.status !== 'cancelled';
  return (
    <OrganiserLayout {...props} title={t.title(event.title)}>
      <EventWorkspaceHeader
        language={language}
        role={props.organiser.role}
        event={event}
        current="evaluation"
        heading={t.title(event.title)}
      />
      <p>{t.intro}</p>
      {props.notice && <ActionNotice refused={props.notice.refused}>{props.notice.text}</ActionNotice>}
      <section aria-labelledby="questions">
        <h2 id="questions">{t.questionsHeading}</h2>
        <p>{t.questionsIntro}</p>
        {props.mayChange && !evaluation && <p class="hint">{t.questionsAfterSetUp}</p>}
        {evaluation && evaluation.answerCount > 0 && (
          <p class="hint">{t.questionsLocked(evaluation.answerCount)}</p>
        )}
        <QuestionList
          language={language}
          questions={props.questions}
          base={`${base}/questions`}
          version={String(evaluation?.questionsVersion ?? 0)}
          mayChange={mayBuild}
          mayRemove={evaluation?.answerCount === 0}
        />
        {mayBuild && (
          <p>
            <a class="button" href={`${base}/questions/new`}>
              {questionMessagesFor(language).editor.add}
            </a>
          </p>
        )}
      </section>
      <section aria-labelledby="sending">
        <h2 id="sending">{t.settingsHeading}</h2>
        {evaluation && (
          <p>
            {evaluationPhase(evaluation, event, props.now) === 'before-end'
              ? t.status['before-end'](
                  `${formatDate(event.endsAt, event.timeZone, language)} ${formatClock(event.endsAt, event.timeZone, language)}`,
                )
              : t.status[evaluationPhase(evaluation, event, props.now) === 'open' ? 'open' : 'closed'](
                  lastDay(evaluation.closesAt),
                )}
            {sent && ` ${t.invited(props.invited)} ${t.answers(evaluation.answerCount)}`}
          </p>
        )}
        {sent && evaluation ? (
          <dl class="facts">
            <dt>{t.audience}</dt>
            <dd>{t.audiences[evaluation.audience]}</dd>
            <dt>{t.closesOn}</dt>
            <dd>{lastDay(evaluation.closesAt)}</dd>
          </dl>
        ) : (
          props.mayChange && (
            <>
              <ErrorSummary
                heading={t.errorSummary}
                errors={props.errors}
                labels={{ audience: t.audience, closesOn: t.closesOn }}
              />
              <form method="post" action={base} novalidate>
                <RadioGroup
                  name="audience"
                  legend={t.audience}
                  options={(['checked-in', 'confirmed'] as const).map((value) => ({
                    value,
                    label: t.audiences[value],
                  }))}
                  value={props.values.audience}
                  error={props.errors.audience}
                />
                <FormField
                  name="closesOn"
                  type="date"
                  label={t.closesOn}
                  hint={t.closesOnHint}
                  value={props.values.closesOn}
                  error={props.errors.closesOn}
                  required
                />
                <button type="submit" class="button">
                  {t.save}
                </button>
              </form>
            </>
          )
        )}
      </section>
      {sent && evaluation && (
        <section aria-labelledby="results">
          <h2 id="results">{t.resultsHeading}</h2>
          {props.results === undefined ? (
            <p>{t.tooFew(MIN_ANSWERS_SHOWN)}</p>
          ) : (
            <>
              {props.results.map((result, index) => (
                <section aria-labelledby={`question-${index}`}>
                  <h3 id={`question-${index}`}>{questionLabel(result.question, language)}</h3>
                  <Result language={language} result={result} />
                </section>
              ))}
              <ul class="actions">
                <li>
                  <a href={`${base}.csv`} download={t.exportName(event.id, 'csv')}>
                    {t.downloadCsv}
                  </a>
                </li>
                <li>
                  <a href={`${base}.xlsx`} download={t.exportName(event.id, 'xlsx')}>
                    {t.downloadXlsx}
                  </a>
                </li>
              </ul>
            </>
          )}
        </section>
      )}
    </OrganiserLayout>
  );
}

/** One question's result: counts as a chart and a table, numbers summed up, texts listed. */
function Result({ language, result }: { language: Language; result: QuestionResult }) {
  const t = evaluationMessagesFor(language);
  if (result.kind === 'counts')
    return <CountsChart language={language} result={result} id={`chart-${result.question.id}`} />;
  if (result.kind === 'numbers') {
    const number = (value: number) => value.toLocaleString(language, { maximumFractionDigits: 2 });
    const { summary } = result;
    return (
      <>
        <p>{t.answeredBy(result.answered)}</p>
        {summary && (
          <p>
            {t.numbersSummary(
              number(summary.smallest),
              number(summary.median),
              number(summary.average),
              number(summary.largest),
            )}
          </p>
        )}
      </>
    );
  }
  return result.texts.length === 0 ? (
    <p>{t.noTexts}</p>
  ) : (
    <ul class="text-answers">
      {result.texts.map((text) => (
        <li>{text}</li>
      ))}
    </ul>
  );
}
