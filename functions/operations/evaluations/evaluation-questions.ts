import type { JobContext } from '#context/job-context.ts';
import type { Language } from '#shared/domain/event.ts';
import type { EvaluationQuestion } from '#shared/domain/sign-up-question.ts';
import { changesStructure, type Evaluation, evaluationQuestionnaire } from '#shared/evaluation/evaluation.ts';
import { getEvaluation } from '#store/entities/evaluation.ts';
import { saveEvaluationQuestions } from '#store/transactions/evaluations.ts';

export type EvaluationQuestionsOutcome =
  | { kind: 'saved' }
  | { kind: 'unchanged' }
  /** Someone saved the questions after the page was read: nothing is stored. */
  | { kind: 'changed-meanwhile' }
  /** A question would be removed or change its type after the first answer: nothing is stored. */
  | { kind: 'answered' }
  /** The evaluation is not set up yet (who is asked, until when): its questions come after. */
  | { kind: 'not-set-up' };

/**
 * Saves the evaluation's questionnaire as the organiser left it (a question added, changed, moved or removed; the
 * standard questions become the organiser's own with the first change), if the questions are still as the page
 * showed them (`version`). Once anyone has answered, no question may be removed or change its type, so that every
 * answer is to the same questions: checked here, and again by the store against an answer counted meanwhile.
 */
export async function changeEvaluationQuestions(
  context: JobContext,
  eventId: string,
  evaluation: Evaluation | undefined,
  edit: { version: number | undefined; questions: EvaluationQuestion[]; eventLanguage: Language },
): Promise<EvaluationQuestionsOutcome> {
  if (!evaluation) return { kind: 'not-set-up' };
  const version = evaluation.questionsVersion ?? 0;
  if (edit.version !== version) return { kind: 'changed-meanwhile' };
  const before = evaluationQuestionnaire(evaluation, edit.eventLanguage);
  if (JSON.stringify(before) === JSON.stringify(edit.questions)) return { kind: 'unchanged' };
  const structural = changesStructure(before, edit.questions);
  if (structural && evaluation.answerCount > 0) return { kind: 'answered' };
  if (
    await saveEvaluationQuestions(context.table, eventId, { questions: edit.questions, version, structural })
  )
    return { kind: 'saved' };
  const now = await getEvaluation(context.table, eventId);
  return structural && (now?.answerCount ?? 0) > 0 ? { kind: 'answered' } : { kind: 'changed-meanwhile' };
}
