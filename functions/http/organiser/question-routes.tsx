import { randomUUID } from 'node:crypto';
import { type Context, Hono } from 'hono';
import type { AppContext } from '#context/app-context.ts';
import { formFields } from '#http/form-body.ts';
import { changeQuestions, type QuestionsOutcome } from '#operations/organisers/change-questions.ts';
import type { Language } from '#shared/domain/event.ts';
import { questionMessagesFor } from '#shared/i18n/question-messages.ts';
import { changeText } from '#shared/organiser/event-changes.ts';
import { formVersion } from '#shared/organiser/event-editor-form.ts';
import { questionFormValues, readQuestionForm } from '#shared/organiser/question-form.ts';
import { withoutQuestion, withQuestion, withQuestionMoved } from '#shared/organiser/question-list.ts';
import { summariseQuestions } from '#shared/organiser/question-summary.ts';
import { listNeeds } from '#store/entities/needs.ts';
import { listRegistrations } from '#store/entities/registration.ts';
import { eventSectionPath } from '#web/pages/organiser/event-workspace-header.tsx';
import { QuestionFormPage, type QuestionFormPageProps } from '#web/pages/organiser/question-form-page.tsx';
import { QuestionsPage, type QuestionsPageProps } from '#web/pages/organiser/questions-page.tsx';
import type { OrganiserEnv } from './organiser-session.ts';
import { type WorkspaceAccess, workspaceEventAccess } from './workspace-event-access.tsx';

const QUESTION = '/events/:eventId/questions/:questionId{[\\w-]+}';

/**
 * An event's own questions: the list with the answers counted (anyone in the workspace), and adding, changing,
 * moving and removing a question (editors and admins), each saved at once, a published event's too.
 */
export function questionRoutes(context: AppContext): Hono<OrganiserEnv> {
  const routes = new Hono<OrganiserEnv>();
  const showMailbox = context.showMailbox === true;

  /** Counts only: the answers of those not cancelled, the sensitive ones from where they are kept with the needs. */
  async function questionsPage(
    c: Context<OrganiserEnv>,
    access: WorkspaceAccess,
    notice?: QuestionsPageProps['notice'],
  ) {
    const { event } = access.page;
    const [registrations, needs] = await Promise.all([
      listRegistrations(context.table, event.id),
      listNeeds(context.table, event.id),
    ]);
    const answerSets = [
      ...registrations.filter((registration) => registration.status !== 'cancelled').map((r) => r.answers),
      ...needs.map((need) => need.answers),
    ];
    const summaries = summariseQuestions(event.questions, answerSets).filter(
      (summary) => !summary.question.removed || summary.answered > 0,
    );
    return (
      <QuestionsPage
        language={access.language}
        organisationName={access.organisationName}
        organiser={c.var.organiser}
        showMailbox={showMailbox}
        event={event}
        summaries={summaries}
        notice={notice}
      />
    );
  }

  function formPage(
    c: Context<OrganiserEnv>,
    access: WorkspaceAccess,
    props: Pick<QuestionFormPageProps, 'editing' | 'values' | 'errors' | 'notice'>,
  ) {
    return (
      <QuestionFormPage
        language={access.language}
        organisationName={access.organisationName}
        organiser={c.var.organiser}
        showMailbox={showMailbox}
        event={access.page.event}
        {...props}
      />
    );
  }

  /** The outcome of a save as the list shows it: the questions in words before and after, or why nothing was saved. */
  async function afterSave(
    c: Context<OrganiserEnv>,
    outcome: QuestionsOutcome,
    language: Language,
  ): Promise<Response> {
    const t = questionMessagesFor(language).editor;
    const fresh = await workspaceEventAccess(context, c, 'read');
    if (fresh instanceof Response) return fresh;
    if (outcome.kind === 'changed-meanwhile')
      return c.html(await questionsPage(c, fresh, { text: t.changedMeanwhile, refused: true }), 409);
    const lines =
      outcome.kind === 'saved' && outcome.change
        ? [changeText(outcome.change, fresh.page.event, language)]
        : [];
    return c.html(await questionsPage(c, fresh, { text: t.saved, lines }));
  }

  const questionOf = (access: WorkspaceAccess, id: string) =>
    access.page.event.questions?.find((question) => question.id === id && !question.removed);

  routes.get('/events/:eventId/questions', async (c) => {
    const access = await workspaceEventAccess(context, c, 'read');
    if (access instanceof Response) return access;
    return c.html(await questionsPage(c, access));
  });

  routes.get('/events/:eventId/questions/new', async (c) => {
    const access = await workspaceEventAccess(context, c, 'change');
    if (access instanceof Response) return access;
    const values = { version: String(access.page.event.version ?? 0), required: 'yes' };
    return c.html(formPage(c, access, { values }));
  });

  routes.post('/events/:eventId/questions/new', async (c) => {
    const access = await workspaceEventAccess(context, c, 'change');
    if (access instanceof Response) return access;
    const { event } = access.page;
    const values = await formFields(c);
    // A short id: it names form fields and export columns' answers, and needs to be unique only within the event.
    const read = readQuestionForm(
      access.language,
      event.language,
      values,
      undefined,
      randomUUID().slice(0, 8),
    );
    if (!read.ok) return c.html(formPage(c, access, { values, errors: read.errors }), 422);
    const outcome = await changeQuestions(context, c.var.organiser, access.page, {
      version: formVersion(values),
      questions: withQuestion(event.questions ?? [], read.question),
      language: access.language,
    });
    return afterSave(c, outcome, access.language);
  });

  routes.get(QUESTION, async (c) => {
    const access = await workspaceEventAccess(context, c, 'change');
    if (access instanceof Response) return access;
    const question = questionOf(access, c.req.param('questionId'));
    if (!question) return c.redirect(eventSectionPath(access.page.event, 'questions'), 303);
    const values = { ...questionFormValues(question), version: String(access.page.event.version ?? 0) };
    return c.html(formPage(c, access, { editing: question, values }));
  });

  routes.post(QUESTION, async (c) => {
    const access = await workspaceEventAccess(context, c, 'change');
    if (access instanceof Response) return access;
    const { event } = access.page;
    const question = questionOf(access, c.req.param('questionId'));
    if (!question) return c.redirect(eventSectionPath(event, 'questions'), 303);
    const values = await formFields(c);
    const read = readQuestionForm(access.language, event.language, values, question, question.id);
    if (!read.ok) return c.html(formPage(c, access, { editing: question, values, errors: read.errors }), 422);
    const outcome = await changeQuestions(context, c.var.organiser, access.page, {
      version: formVersion(values),
      questions: withQuestion(event.questions ?? [], read.question),
      language: access.language,
    });
    return afterSave(c, outcome, access.language);
  });

  routes.post(`${QUESTION}/:action{up|down|remove}`, async (c) => {
    const access = await workspaceEventAccess(context, c, 'change');
    if (access instanceof Response) return access;
    const { event } = access.page;
    const id = c.req.param('questionId');
    const action = c.req.param('action');
    const questions =
      action === 'remove'
        ? withoutQuestion(event.questions ?? [], id)
        : withQuestionMoved(event.questions ?? [], id, action === 'up' ? 'up' : 'down');
    // Already removed, or first or last already (a second tab's click): nothing to do, and the list says how it is.
    if (!questions) return c.redirect(eventSectionPath(event, 'questions'), 303);
    const outcome = await changeQuestions(context, c.var.organiser, access.page, {
      version: formVersion(await formFields(c)),
      questions,
      language: access.language,
    });
    return afterSave(c, outcome, access.language);
  });

  return routes;
}
