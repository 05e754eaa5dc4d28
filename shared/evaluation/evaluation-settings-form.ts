import type { EventRecord, Language, TimeZone } from '#shared/domain/event.ts';
import type { FieldErrors } from '#shared/forms/form-reading.ts';
import { evaluationMessagesFor } from '#shared/i18n/evaluation-messages.ts';
import { formatDate, instantAt, localDay } from '#shared/time.ts';
import type { EvaluationAudience } from './evaluation.ts';

/** The latest last day to answer: a quarter after the event, the answers are no longer about it. */
const LONGEST_OPEN_DAYS = 90;

/**
 * The organiser's evaluation settings as posted: who is asked, and the last day to answer (a date in the event's
 * zone, after its last day, at most 90 days on). It closes when that day ends there.
 */
export function readEvaluationSettings(
  event: Pick<EventRecord, 'endsAt' | 'timeZone'>,
  input: Record<string, string>,
  language: Language,
): { ok: true; audience: EvaluationAudience; closesAt: string } | { ok: false; errors: FieldErrors } {
  const t = evaluationMessagesFor(language);
  const errors: FieldErrors = {};
  const audience = input.audience;
  if (audience !== 'checked-in' && audience !== 'confirmed') errors.audience = t.audienceRequired;
  const day = (input.closesOn ?? '').trim();
  const lastDay = localDay(event.endsAt, event.timeZone);
  let closesAt = '';
  if (!isCalendarDay(day)) errors.closesOn = t.closesOnRequired;
  else if (day <= lastDay)
    errors.closesOn = t.closesOnBeforeEnd(formatDate(event.endsAt, event.timeZone, language));
  else {
    closesAt = instantAt(nextDay(day), '00:00', event.timeZone);
    if (Date.parse(closesAt) - Date.parse(event.endsAt) > (LONGEST_OPEN_DAYS + 1) * 86_400_000)
      errors.closesOn = t.closesOnTooLate;
  }
  if (Object.keys(errors).length > 0 || (audience !== 'checked-in' && audience !== 'confirmed'))
    return { ok: false, errors };
  return { ok: true, audience, closesAt };
}

/** Whether `day` is a real date written yyyy-MM-dd (not 2027-02-30). */
function isCalendarDay(day: string): boolean {
  const noon = Date.parse(`${day}T12:00:00Z`);
  return (
    /^\d{4}-\d{2}-\d{2}$/.test(day) && !Number.isNaN(noon) && new Date(noon).toISOString().startsWith(day)
  );
}

/** The calendar day after `day` (yyyy-MM-dd). */
function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/** The last day to answer a form proposes: two weeks after the event's last day. */
export function proposedClosingDay(event: Pick<EventRecord, 'endsAt' | 'timeZone'>): string {
  const lastDay = localDay(event.endsAt, event.timeZone);
  return new Date(Date.parse(`${lastDay}T12:00:00Z`) + 14 * 86_400_000).toISOString().slice(0, 10);
}

/** The last day to answer, as the form shows a stored closing instant. */
export const closingDay = (closesAt: string, timeZone: TimeZone) =>
  localDay(new Date(Date.parse(closesAt) - 1).toISOString(), timeZone);
