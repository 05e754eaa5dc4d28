import type { Language } from '#shared/domain/event.ts';
import { type FieldErrors, optionalWholeNumber } from '#shared/forms/form-reading.ts';
import { eventCreationMessagesFor } from '#shared/i18n/event-creation-messages.ts';

/** Ten years: a distance no edition has needed, and one a mistyped year (2028 weeks) falls outside of. */
const MOST_WEEKS = 520;

/** Reads how many weeks a new edition's dates move by: a whole number from 1 to 520, required. */
export function readEditionWeeks(
  language: Language,
  input: Record<string, string | undefined>,
): { ok: true; weeks: number } | { ok: false; errors: FieldErrors } {
  const message = eventCreationMessagesFor(language).copy.weeksInvalid;
  const read = optionalWholeNumber(1, MOST_WEEKS, message).safeParse(input.weeks);
  return read.success && read.data !== undefined
    ? { ok: true, weeks: read.data }
    : { ok: false, errors: { weeks: message } };
}
