import type { AppContext } from '#context/app-context.ts';
import type { Language } from '#shared/domain/event.ts';
import type { Organiser } from '#shared/domain/organiser.ts';
import type { SignUpQuestion } from '#shared/domain/sign-up-question.ts';
import { changeDetail, type FieldChange } from '#shared/organiser/event-changes.ts';
import { questionChangeWords } from '#shared/organiser/question-words.ts';
import type { EventPage } from '#store/reads/event-page.ts';
import { saveEventChanges } from '#store/transactions/event-changes.ts';
import { auditWrites, eventChange } from './audit-trail.ts';

export type QuestionsOutcome =
  /** The questions in words before and after; none when only a help text, purpose or translation changed. */
  | { kind: 'saved'; change?: FieldChange }
  | { kind: 'unchanged' }
  /** Someone saved the event after the page was read: nothing is stored. */
  | { kind: 'changed-meanwhile' };

/**
 * Saves an event's questions as the organiser left them (one added, changed, moved or removed), a draft's or a
 * published event's, in one transaction with an audit entry naming the questions before and after. Conditioned on
 * the event's version as the page was read, so two organisers cannot overwrite each other unseen. Answers are not
 * touched: they are read through the questions, by ids that do not change.
 */
export async function changeQuestions(
  context: AppContext,
  organiser: Organiser,
  page: EventPage,
  edit: { version: number | undefined; questions: SignUpQuestion[]; language: Language },
): Promise<QuestionsOutcome> {
  const before = page.event;
  if (edit.version !== (before.version ?? 0)) return { kind: 'changed-meanwhile' };
  const after = { ...before, questions: edit.questions };
  if (JSON.stringify(before.questions ?? []) === JSON.stringify(edit.questions)) return { kind: 'unchanged' };
  const words = questionChangeWords(before.questions, after.questions, edit.language);
  const change: FieldChange | undefined = words && { field: 'questions', ...words };
  const audit = change ? changeDetail([change], after, edit.language) : undefined;
  const saved = await saveEventChanges(context.table, {
    before,
    after,
    attributes: ['questions'],
    calendarChange: false,
    seatsAdded: false,
    loweredQuotas: [],
    addOnCapacities: [],
    addedMeetings: [],
    audit: await auditWrites(context, organiser, eventChange(after, 'event-edited', audit), before),
  });
  if (!saved) return { kind: 'changed-meanwhile' };
  return { kind: 'saved', ...(change ? { change } : {}) };
}
