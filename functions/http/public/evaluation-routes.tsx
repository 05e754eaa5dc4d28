import { type Context, Hono } from 'hono';
import type { AppContext } from '#context/app-context.ts';
import { formFields } from '#http/form-body.ts';
import { notFound } from '#http/not-found.tsx';
import { readerLanguage } from '#http/reader-language.ts';
import { secretLinkHeaders } from '#http/secret-link-headers.ts';
import {
  answerEvaluation,
  type EvaluationOpening,
  openEvaluation,
} from '#operations/evaluations/evaluation-answers.ts';
import type { EventRecord, Language } from '#shared/domain/event.ts';
import { type Evaluation, evaluationQuestions } from '#shared/evaluation/evaluation.ts';
import { evaluationMessagesFor } from '#shared/i18n/evaluation-messages.ts';
import { evaluationPath } from '#shared/public-urls.ts';
import { formatDate } from '#shared/time.ts';
import { getPublicEvent } from '#store/entities/event.ts';
import { EvaluationFormPage, type EvaluationFormView } from '#web/pages/evaluation-form-page.tsx';

/**
 * A participant's evaluation through their one-time answer link: the form while it is open, and what became of the
 * link otherwise (used, not open yet, closed). The answer is stored without anything that names them.
 */
export function publicEvaluationRoutes(context: AppContext): Hono {
  const routes = new Hono();
  const showMailbox = context.showMailbox === true;
  routes.use('/events/:eventId/evaluation/*', secretLinkHeaders);

  function page(
    c: Context,
    event: EventRecord,
    language: Language,
    view: EvaluationFormView,
    status: 200 | 409 | 410 | 422,
    evaluation?: Evaluation,
  ) {
    return c.html(
      <EvaluationFormPage
        event={event}
        language={language}
        questions={evaluation ? evaluationQuestions(evaluation, event.language) : []}
        path={evaluationPath(event.id, c.req.param('token') ?? '')}
        view={view}
        showMailbox={showMailbox}
      />,
      status,
    );
  }

  /** The page for a link that opens no form: used, not open yet or closed; undefined for one never mailed. */
  function instead(
    c: Context,
    event: EventRecord,
    language: Language,
    opening: Exclude<EvaluationOpening, { kind: 'form' }>,
  ) {
    const t = evaluationMessagesFor(language);
    if (opening.kind === 'unknown') return notFound(c, language);
    if (opening.kind === 'answered')
      return page(c, event, language, { kind: 'message', text: t.alreadyAnswered, done: true }, 409);
    if (opening.kind === 'not-yet')
      return page(c, event, language, { kind: 'message', text: t.notYet, done: false }, 409);
    const lastDay = formatDate(
      new Date(Date.parse(opening.evaluation.closesAt) - 1).toISOString(),
      event.timeZone,
      language,
    );
    return page(c, event, language, { kind: 'message', text: t.closed(lastDay), done: false }, 410);
  }

  routes.get('/events/:eventId/evaluation/:token', async (c) => {
    const event = await getPublicEvent(context.table, c.req.param('eventId'));
    if (!event) return notFound(c);
    const language = readerLanguage(c, event.language);
    const opening = await openEvaluation(context, event, c.req.param('token'));
    if (opening.kind !== 'form') return instead(c, event, language, opening);
    return page(c, event, language, { kind: 'form', values: {}, errors: {} }, 200, opening.evaluation);
  });

  routes.post('/events/:eventId/evaluation/:token', async (c) => {
    const event = await getPublicEvent(context.table, c.req.param('eventId'));
    if (!event) return notFound(c);
    const language = readerLanguage(c, event.language);
    const values = await formFields(c);
    const outcome = await answerEvaluation(context, event, c.req.param('token'), values, language);
    if (outcome.kind === 'thanks')
      return page(
        c,
        event,
        language,
        { kind: 'message', text: evaluationMessagesFor(language).thanks, done: true },
        200,
      );
    if (outcome.kind === 'invalid')
      return page(
        c,
        event,
        language,
        { kind: 'form', values, errors: outcome.errors },
        422,
        outcome.evaluation,
      );
    if (outcome.kind === 'form')
      return page(c, event, language, { kind: 'form', values, errors: {} }, 200, outcome.evaluation);
    return instead(c, event, language, outcome);
  });

  return routes;
}
