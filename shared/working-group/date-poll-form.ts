import type { DatePoll, PollAnswer, PollOption } from '#shared/domain/date-poll.ts';
import { POLL_ANSWERS } from '#shared/domain/date-poll.ts';
import type { EventRecord, Language } from '#shared/domain/event.ts';
import type { FieldErrors } from '#shared/forms/form-reading.ts';
import { readTimeSpan } from '#shared/forms/time-span-fields.ts';
import { clockChangeMessagesFor } from '#shared/i18n/clock-change-messages.ts';
import { meetingMessagesFor } from '#shared/i18n/meeting-messages.ts';

export const FEWEST_POLL_OPTIONS = 2;
export const MOST_POLL_OPTIONS = 10;

/** A row of the proposal form: `options.<row>.date`, `options.<row>.startTime`, `options.<row>.endTime`. */
export const optionField = (row: number, field: 'date' | 'startTime' | 'endTime') =>
  `options.${row}.${field}`;

/** The field of a member's answer to one option. */
export const answerField = (optionId: string) => `answer.${optionId}`;

/**
 * Reads the organisers' proposed times: rows left empty are skipped; each filled row is a date with start and end
 * in the event's zone, ahead of `now`, and different from the rows before it; 2–10 of them. The error for too few or
 * too many is under `options`.
 */
export function readPollOptions(
  event: Pick<EventRecord, 'timeZone'>,
  language: Language,
  input: Record<string, string | undefined>,
  now: Date,
): { ok: true; options: PollOption[] } | { ok: false; errors: FieldErrors } {
  const t = meetingMessagesFor(language).errors;
  const clockChange = clockChangeMessagesFor(language);
  const errors: FieldErrors = {};
  const options: PollOption[] = [];
  for (let row = 0; row < MOST_POLL_OPTIONS; row += 1) {
    const names = {
      date: optionField(row, 'date'),
      startTime: optionField(row, 'startTime'),
      endTime: optionField(row, 'endTime'),
    };
    const values = {
      date: (input[names.date] ?? '').trim(),
      startTime: (input[names.startTime] ?? '').trim(),
      endTime: (input[names.endTime] ?? '').trim(),
    };
    if (!values.date && !values.startTime && !values.endTime) continue;
    const read = readTimeSpan(event.timeZone, { ...t, ...clockChange }, names, values, now);
    if (!read.ok) {
      Object.assign(errors, read.errors);
      continue;
    }
    const same = options.some(
      (option) =>
        Date.parse(option.startsAt) === Date.parse(read.startsAt) &&
        Date.parse(option.endsAt) === Date.parse(read.endsAt),
    );
    if (same) errors[names.date] = t.sameOption;
    else options.push({ id: `o${options.length + 1}`, startsAt: read.startsAt, endsAt: read.endsAt });
  }
  if (Object.keys(errors).length === 0 && options.length < FEWEST_POLL_OPTIONS)
    errors.options = t.options(FEWEST_POLL_OPTIONS, MOST_POLL_OPTIONS);
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, options };
}

/** Reads a member's answers: one of yes, if need be or no for every option of the poll. */
export function readPollAnswers(
  poll: DatePoll,
  language: Language,
  input: Record<string, string | undefined>,
): { ok: true; answers: Record<string, PollAnswer> } | { ok: false; errors: FieldErrors } {
  const t = meetingMessagesFor(language).errors;
  const answers: Record<string, PollAnswer> = {};
  const errors: FieldErrors = {};
  for (const option of poll.options) {
    const answer = input[answerField(option.id)];
    if (POLL_ANSWERS.includes(answer as PollAnswer)) answers[option.id] = answer as PollAnswer;
    else errors[answerField(option.id)] = t.answer;
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, answers };
}
