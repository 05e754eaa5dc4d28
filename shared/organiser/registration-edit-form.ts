import * as z from 'zod';
import type { EventRecord, Language } from '#shared/domain/event.ts';
import type { Registration } from '#shared/domain/registration.ts';
import type { Answer } from '#shared/domain/sign-up-question.ts';
import type { FieldErrors } from '#shared/forms/form-reading.ts';
import { participantMessagesFor } from '#shared/i18n/participant-messages.ts';
import { answersToRemovedQuestions } from '#shared/sign-up/question-answers.ts';
import { readSignUpForm, type SignUpForm } from '#shared/sign-up/sign-up-form.ts';

/** What an organiser may change in a registration: what the participant gave when signing up, less their needs. */
export type RegistrationDetails = Omit<SignUpForm, 'needs'>;

/** The details in the order the form shows them; also the names the audit trail gives a change. */
export const REGISTRATION_DETAILS = [
  'name',
  'email',
  'organisation',
  'organisationKind',
  'role',
  'answers',
] as const satisfies readonly (keyof RegistrationDetails)[];

export type RegistrationDetail = (typeof REGISTRATION_DETAILS)[number];

/**
 * Reads an organiser's edit with the sign-up form's own rules, its messages in the organiser's language, and the
 * revision of the registration the form was filled from (-1, which no registration has, when it is not one).
 * Needs and sensitive answers are not read at all: organisers see them only as totals, so they in a posted form
 * neither change nor refuse anything.
 */
export function readRegistrationEdit(
  event: Pick<EventRecord, 'questions'>,
  language: Language,
  input: Record<string, unknown>,
  /** The answers stored: those to questions removed since stay as they are. */
  stored?: Registration['answers'],
): { ok: true; details: RegistrationDetails; seenRevision: number } | { ok: false; errors: FieldErrors } {
  const { diet, accessibility, revision, ...withoutNeeds } = input;
  // Sensitive questions are asked with the needs, and like them neither shown to nor changed by organisers.
  const questions = event.questions?.filter((question) => !question.sensitive);
  const read = readSignUpForm({ language, questions }, withoutNeeds);
  if (!read.ok) return read;
  const { needs, ...form } = read.form;
  const details = {
    ...form,
    answers: { ...answersToRemovedQuestions(event.questions, stored), ...form.answers },
  };
  const seen = z.coerce.number().int().nonnegative().safeParse(revision);
  return { ok: true, details, seenRevision: seen.success ? seen.data : -1 };
}

/** The details an edit changes, in the form's order; none when it gives back what is stored. */
export function changedDetails(
  registration: Registration,
  details: RegistrationDetails,
): RegistrationDetail[] {
  return REGISTRATION_DETAILS.filter((field) =>
    field === 'answers'
      ? !sameAnswers(registration.answers ?? {}, details.answers)
      : registration[field] !== details[field],
  );
}

function sameAnswers(stored: Record<string, Answer>, given: Record<string, Answer>): boolean {
  const ids = new Set([...Object.keys(stored), ...Object.keys(given)]);
  return [...ids].every((id) => String(stored[id]) === String(given[id]));
}

/** How the audit trail notes an edit: the details it changed, by their keys, so the trail reads in any language. */
export const auditDetailOf = (changed: RegistrationDetail[]) => changed.join(', ');

/** An edit's note in the audit trail, its details named as the form names them in `language`. */
export function changedDetailNames(detail: string, language: Language): string {
  const p = participantMessagesFor(language);
  const names: Record<string, string> = { ...p.fields, answers: p.questionsLegend };
  return detail
    .split(', ')
    .map((field) => names[field] ?? field)
    .join(', ');
}
