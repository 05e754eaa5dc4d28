import type { Context } from 'hono';
import type { AppContext } from '#context/app-context.ts';
import { mayChangeRegistrations } from '#shared/domain/organiser.ts';
import { evaluationQuestions } from '#shared/evaluation/evaluation.ts';
import { evaluationResults } from '#shared/evaluation/evaluation-results.ts';
import { closingDay, proposedClosingDay } from '#shared/evaluation/evaluation-settings-form.ts';
import type { FieldErrors } from '#shared/forms/form-reading.ts';
import { getEvaluation } from '#store/entities/evaluation.ts';
import { listEvaluationAnswers } from '#store/entities/evaluation-answer.ts';
import { listRegistrations } from '#store/entities/registration.ts';
import { EvaluationPage } from '#web/pages/organiser/evaluation-page.tsx';
import type { OrganiserEnv } from './organiser-session.ts';
import type { WorkspaceAccess } from './workspace-event-access.tsx';

/**
 * The evaluation tab as it stands, with the settings form as posted (or as saved) and a notice: shown by the
 * settings' routes and the questionnaire builder's.
 */
export function evaluationPageView(context: AppContext) {
  const showMailbox = context.showMailbox === true;
  return async (
    c: Context<OrganiserEnv>,
    access: WorkspaceAccess,
    form: {
      values?: Record<string, string>;
      errors?: FieldErrors;
      notice?: { text: string; refused: boolean };
    },
    status: 200 | 409 | 422 = 200,
  ) => {
    const { event } = access.page;
    const evaluation = await getEvaluation(context.table, event.id);
    const invited = (await listRegistrations(context.table, event.id)).filter(
      (registration) => registration.evaluationInvitedAt !== undefined,
    ).length;
    const answers = evaluation?.invitationsFrom ? await listEvaluationAnswers(context.table, event.id) : [];
    const questions = evaluationQuestions(evaluation, event.language);
    return c.html(
      <EvaluationPage
        language={access.language}
        organisationName={access.organisationName}
        organiser={c.var.organiser}
        showMailbox={showMailbox}
        event={event}
        now={context.clock()}
        evaluation={evaluation}
        questions={questions}
        invited={invited}
        results={evaluationResults(questions, answers, access.language)}
        mayChange={mayChangeRegistrations(c.var.organiser.role)}
        values={
          form.values ?? {
            audience: evaluation?.audience ?? 'checked-in',
            closesOn: evaluation
              ? closingDay(evaluation.closesAt, event.timeZone)
              : proposedClosingDay(event),
          }
        }
        errors={form.errors ?? {}}
        notice={form.notice}
      />,
      status,
    );
  };
}
