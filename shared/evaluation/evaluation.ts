import type { EventRecord, Language } from '#shared/domain/event.ts';
import type { Registration } from '#shared/domain/registration.ts';
import { askedQuestions, type EvaluationQuestion } from '#shared/domain/sign-up-question.ts';
import { standardQuestions } from './standard-questions.ts';

/** Who is asked: those checked in at the door, or everyone who held a confirmed seat. */
export type EvaluationAudience = 'checked-in' | 'confirmed';

/**
 * An event's evaluation as its organiser set it up: its questions (the standard ones until the organiser changes
 * them), sent when the event ends to its audience, one reminder three days on to those who have not answered,
 * closed at `closesAt`.
 */
export interface Evaluation {
  eventId: string;
  audience: EvaluationAudience;
  closesAt: string;
  /** The organiser's questionnaire, in its order; a removed question stays, marked, as on the sign-up form. */
  questions?: EvaluationQuestion[];
  /** Counts the saves of the questions, so that two organisers cannot overwrite each other unseen. */
  questionsVersion?: number;
  /** Answers received: counted in the answer's transaction, so results can be held back below the threshold. */
  answerCount: number;
  /** When the first invitation was queued: from then on the settings stand as sent. */
  invitationsFrom?: string;
}

/** A reminder goes this long after the invitation, once. */
export const REMINDER_AFTER_DAYS = 3;

/** Below this many answers no result is shown: a handful of answers could be told apart. */
export const MIN_ANSWERS_SHOWN = 5;

/** Whether the registration is among those the evaluation asks. */
export const isAsked = (
  evaluation: Pick<Evaluation, 'audience'>,
  registration: Pick<Registration, 'status' | 'checkedInAt'>,
) =>
  registration.status === 'confirmed' &&
  (evaluation.audience === 'confirmed' || registration.checkedInAt !== undefined);

/** Where the evaluation stands now: waiting for the event to end, open for answers, or closed. */
export function evaluationPhase(
  evaluation: Pick<Evaluation, 'closesAt'>,
  event: Pick<EventRecord, 'endsAt'>,
  now: Date,
): 'before-end' | 'open' | 'closed' {
  if (now.getTime() >= Date.parse(evaluation.closesAt)) return 'closed';
  return now.getTime() >= Date.parse(event.endsAt) ? 'open' : 'before-end';
}

/** The questionnaire, every question it ever had: the organiser's, or the standard one in the event's language. */
export const evaluationQuestionnaire = (
  evaluation: Pick<Evaluation, 'questions'> | undefined,
  eventLanguage: Language,
): EvaluationQuestion[] => evaluation?.questions ?? standardQuestions(eventLanguage);

/** The questions the evaluation asks now, in their order. */
export const evaluationQuestions = (
  evaluation: Pick<Evaluation, 'questions'> | undefined,
  eventLanguage: Language,
): EvaluationQuestion[] => askedQuestions(evaluationQuestionnaire(evaluation, eventLanguage));

/**
 * Whether a new questionnaire takes away a question the old one asks, or changes a question's type: refused once
 * the first answer has come, so that every answer is to the same questions. Texts, order, new questions and
 * choices (which keep their ids) may change.
 */
export function changesStructure(
  before: readonly EvaluationQuestion[],
  after: readonly EvaluationQuestion[],
): boolean {
  return askedQuestions(before).some((question) => {
    const now = after.find((other) => other.id === question.id);
    return !now || now.removed === true || now.type !== question.type;
  });
}
