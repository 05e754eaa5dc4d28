import { type Context, Hono } from 'hono';
import type { AppContext } from '#context/app-context.ts';
import { formFields } from '#http/form-body.ts';
import { notFound } from '#http/not-found.tsx';
import { setUpEvaluation } from '#operations/evaluations/evaluation-settings.ts';
import { evaluationQuestions } from '#shared/evaluation/evaluation.ts';
import { evaluationCsv, evaluationTable } from '#shared/evaluation/evaluation-csv.ts';
import { evaluationResults } from '#shared/evaluation/evaluation-results.ts';
import { attachmentDisposition } from '#shared/files/content-disposition.ts';
import { evaluationMessagesFor } from '#shared/i18n/evaluation-messages.ts';
import { xlsxParts } from '#shared/organiser/xlsx-parts.ts';
import { getEvaluation } from '#store/entities/evaluation.ts';
import { listEvaluationAnswers } from '#store/entities/evaluation-answer.ts';
import { eventSectionPath } from '#web/pages/organiser/event-workspace-header.tsx';
import { evaluationPageView } from './evaluation-page-view.tsx';
import type { OrganiserEnv } from './organiser-session.ts';
import { workspaceEventAccess } from './workspace-event-access.tsx';
import { zipArchive } from './zip-archive.ts';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * The evaluation of an event: setting it up (editors and admins, until it is sent), where it stands, and its
 * results and CSV once enough have answered (anyone of the organisation).
 */
export function evaluationRoutes(context: AppContext): Hono<OrganiserEnv> {
  const routes = new Hono<OrganiserEnv>();

  const evaluationPage = evaluationPageView(context);

  routes.get('/events/:eventId/evaluation', async (c) => {
    const access = await workspaceEventAccess(context, c, 'read');
    if (access instanceof Response) return access;
    const saved = c.req.query('saved') !== undefined;
    return evaluationPage(c, access, {
      notice: saved ? { text: evaluationMessagesFor(access.language).saved, refused: false } : undefined,
    });
  });

  routes.post('/events/:eventId/evaluation', async (c) => {
    const access = await workspaceEventAccess(context, c, 'change');
    if (access instanceof Response) return access;
    const values = await formFields(c);
    const outcome = await setUpEvaluation(context, access.page.event, values, access.language);
    if (outcome.kind === 'saved')
      return c.redirect(`${eventSectionPath(access.page.event, 'evaluation')}?saved`, 303);
    if (outcome.kind === 'invalid') return evaluationPage(c, access, { values, errors: outcome.errors }, 422);
    const notice = { text: evaluationMessagesFor(access.language).alreadySent, refused: true };
    return evaluationPage(c, access, { notice }, 409);
  });

  /** The answers to export, once there are as many as results are shown for; below that, none. */
  async function exportedAnswers(c: Context<OrganiserEnv>) {
    const access = await workspaceEventAccess(context, c, 'read');
    if (access instanceof Response) return access;
    const { event } = access.page;
    const questions = evaluationQuestions(await getEvaluation(context.table, event.id), event.language);
    const answers = await listEvaluationAnswers(context.table, event.id);
    // Below the threshold the answers are not shown, so they are not given out either.
    if (!evaluationResults(questions, answers, access.language)) return notFound(c, access.language);
    return { access, questions, answers };
  }

  routes.get('/events/:eventId/evaluation.csv', async (c) => {
    const exported = await exportedAnswers(c);
    if (exported instanceof Response) return exported;
    const { access, questions, answers } = exported;
    return c.body(evaluationCsv(questions, answers, access.language), 200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': attachmentDisposition(
        evaluationMessagesFor(access.language).exportName(access.page.event.id, 'csv'),
      ),
    });
  });

  routes.get('/events/:eventId/evaluation.xlsx', async (c) => {
    const exported = await exportedAnswers(c);
    if (exported instanceof Response) return exported;
    const { access, questions, answers } = exported;
    const t = evaluationMessagesFor(access.language);
    const { header, rows } = evaluationTable(questions, answers, access.language);
    return c.body(new Uint8Array(zipArchive(xlsxParts(t.resultsHeading, header, rows))), 200, {
      'Content-Type': XLSX_TYPE,
      'Content-Disposition': attachmentDisposition(t.exportName(access.page.event.id, 'xlsx')),
    });
  });

  return routes;
}
