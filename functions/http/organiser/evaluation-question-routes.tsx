import { randomUUID } from 'node:crypto';
import { type Context, Hono } from 'hono';
import type { AppContext } from '#context/app-context.ts';
import { formFields } from '#http/form-body.ts';
import {
  changeEvaluationQuestions,
  type EvaluationQuestionsOutcome,
} from '#operations/evaluations/evaluation-questions.ts';
import { EVALUATION_QUESTION_TYPES, type EvaluationQuestion } from '#shared/domain/sign-up-question.ts';
import { type Evaluation, evaluationQuestionnaire } from '#shared/evaluation/evaluation.ts';
import { evaluationMessagesFor } from '#shared/i18n/evaluation-messages.ts';
import { formVersion } from '#shared/organiser/event-editor-form.ts';
import { questionFormValues, readQuestionForm } from '#shared/organiser/question-form.ts';
import { withoutQuestion, withQuestion, withQuestionMoved } from '#shared/organiser/question-list.ts';
import { getEvaluation } from '#store/entities/evaluation.ts';
import { eventSectionPath } from '#web/pages/organiser/event-workspace-header.tsx';
import { QuestionFormPage, type QuestionFormPageProps } from '#web/pages/organiser/question-form-page.tsx';
import { evaluationPageView } from './evaluation-page-view.tsx';
import type { OrganiserEnv } from './organiser-session.ts';
import { type WorkspaceAccess, workspaceEventAccess } from './workspace-event-access.tsx';

const QUESTIONS = '/events/:eventId/evaluation/questions';
const QUESTION = `${QUESTIONS}/:questionId{[\\w-]+}`;

/**
 * The evaluation's questionnaire builder (editors and admins, once the evaluation is set up): adding, changing,
 * moving and removing a question with the sign-up form's question editor, the standard questions to start from.
 * After the first answer no question is removed or retyped: the page says so, and a post that tries is refused.
 */
export function evaluationQuestionRoutes(context: AppContext): Hono<OrganiserEnv> {
  const routes = new Hono<OrganiserEnv>();
  const showMailbox = context.showMailbox === true;
  const evaluationPage = evaluationPageView(context);

  /** The editor's page for a question of `evaluation` (a new one without `editing`). */
  function formPage(
    c: Context<OrganiserEnv>,
    access: WorkspaceAccess,
    evaluation: Evaluation,
    props: Pick<QuestionFormPageProps, 'editing' | 'values' | 'errors'>,
    status: 200 | 422 = 200,
  ) {
    return c.html(
      <QuestionFormPage
        language={access.language}
        organisationName={access.organisationName}
        organiser={c.var.organiser}
        showMailbox={showMailbox}
        event={access.page.event}
        evaluation={{
          base: `${eventSectionPath(access.page.event, 'evaluation')}/questions`,
          types: EVALUATION_QUESTION_TYPES,
          typeFixed: evaluation.answerCount > 0,
          fixedHint: evaluationMessagesFor(access.language).typeFixedAfterAnswers,
        }}
        {...props}
      />,
      status,
    );
  }

  /** The evaluation tab after a save: saved, or why nothing was, with the questions as they are now. */
  async function afterSave(c: Context<OrganiserEnv>, outcome: EvaluationQuestionsOutcome) {
    const fresh = await workspaceEventAccess(context, c, 'read');
    if (fresh instanceof Response) return fresh;
    const t = evaluationMessagesFor(fresh.language);
    if (outcome.kind === 'saved' || outcome.kind === 'unchanged')
      return evaluationPage(c, fresh, { notice: { text: t.questionsSaved, refused: false } });
    const text =
      outcome.kind === 'answered'
        ? t.questionsAnswered
        : outcome.kind === 'not-set-up'
          ? t.questionsAfterSetUp
          : t.questionsChangedMeanwhile;
    return evaluationPage(c, fresh, { notice: { text, refused: true } }, 409);
  }

  /** The editor's access, the evaluation and its questionnaire; the tab instead while it is not set up. */
  async function builder(c: Context<OrganiserEnv>) {
    const access = await workspaceEventAccess(context, c, 'change');
    if (access instanceof Response) return access;
    const evaluation = await getEvaluation(context.table, access.page.event.id);
    if (!evaluation) return c.redirect(eventSectionPath(access.page.event, 'evaluation'), 303);
    return { access, evaluation, questions: evaluationQuestionnaire(evaluation, access.page.event.language) };
  }

  const save = (
    c: Context<OrganiserEnv>,
    { access, evaluation }: { access: WorkspaceAccess; evaluation: Evaluation },
    version: number | undefined,
    questions: EvaluationQuestion[],
  ) =>
    changeEvaluationQuestions(context, access.page.event.id, evaluation, {
      version,
      questions,
      eventLanguage: access.page.event.language,
    }).then((outcome) => afterSave(c, outcome));

  const questionOf = (questions: readonly EvaluationQuestion[], id: string) =>
    questions.find((question) => question.id === id && !question.removed);

  routes.get(`${QUESTIONS}/new`, async (c) => {
    const built = await builder(c);
    if (built instanceof Response) return built;
    const values = { version: String(built.evaluation.questionsVersion ?? 0) };
    return formPage(c, built.access, built.evaluation, { values });
  });

  routes.post(`${QUESTIONS}/new`, async (c) => {
    const built = await builder(c);
    if (built instanceof Response) return built;
    const { access, evaluation } = built;
    const values = await formFields(c);
    // A short id, as the sign-up form's: it names the answers' form fields, unique within the evaluation.
    const read = readQuestionForm(
      access.language,
      access.page.event.language,
      values,
      undefined,
      randomUUID().slice(0, 8),
      { types: EVALUATION_QUESTION_TYPES, typeFixed: false },
    );
    if (!read.ok) return formPage(c, access, evaluation, { values, errors: read.errors }, 422);
    return save(c, built, formVersion(values), withQuestion(built.questions, read.question));
  });

  routes.get(QUESTION, async (c) => {
    const built = await builder(c);
    if (built instanceof Response) return built;
    const question = questionOf(built.questions, c.req.param('questionId'));
    if (!question) return c.redirect(eventSectionPath(built.access.page.event, 'evaluation'), 303);
    const values = {
      ...questionFormValues(question),
      version: String(built.evaluation.questionsVersion ?? 0),
    };
    return formPage(c, built.access, built.evaluation, { editing: question, values });
  });

  routes.post(QUESTION, async (c) => {
    const built = await builder(c);
    if (built instanceof Response) return built;
    const { access, evaluation } = built;
    const question = questionOf(built.questions, c.req.param('questionId'));
    if (!question) return c.redirect(eventSectionPath(access.page.event, 'evaluation'), 303);
    const values = await formFields(c);
    const read = readQuestionForm(
      access.language,
      access.page.event.language,
      values,
      question,
      question.id,
      {
        types: EVALUATION_QUESTION_TYPES,
        typeFixed: evaluation.answerCount > 0,
      },
    );
    if (!read.ok)
      return formPage(c, access, evaluation, { editing: question, values, errors: read.errors }, 422);
    return save(c, built, formVersion(values), withQuestion(built.questions, read.question));
  });

  routes.post(`${QUESTION}/:action{up|down|remove}`, async (c) => {
    const built = await builder(c);
    if (built instanceof Response) return built;
    const id = c.req.param('questionId');
    const action = c.req.param('action');
    const questions =
      action === 'remove'
        ? withoutQuestion(built.questions, id)
        : withQuestionMoved(built.questions, id, action === 'up' ? 'up' : 'down');
    // Already removed, or first or last already (a second tab's click): nothing to do; the tab shows how it is.
    if (!questions) return c.redirect(eventSectionPath(built.access.page.event, 'evaluation'), 303);
    return save(c, built, formVersion(await formFields(c)), questions);
  });

  return routes;
}
