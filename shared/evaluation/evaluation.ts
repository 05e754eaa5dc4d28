import type { EventRecord } from '#shared/domain/event.ts';
import type { Registration } from '#shared/domain/registration.ts';

/** Who is asked: those checked in at the door, or everyone who held a confirmed seat. */
export type EvaluationAudience = 'checked-in' | 'confirmed';

/**
 * An event's evaluation as its organiser set it up: the standard questions, sent when the event ends to its
 * audience, one reminder three days on to those who have not answered, closed at `closesAt`.
 */
export interface Evaluation {
  eventId: string;
  audience: EvaluationAudience;
  closesAt: string;
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
