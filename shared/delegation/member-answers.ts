import type { Language } from '#shared/domain/language.ts';
import type { Answer, SignUpQuestion } from '#shared/domain/sign-up-question.ts';
import { type FieldErrors, filledRows } from '#shared/forms/form-reading.ts';
import { readAnswers } from '#shared/sign-up/question-answers.ts';
import { MAX_MEMBERS_AT_ONCE } from './quota.ts';

/** One member's answers to the event's questions, the sensitive ones apart, to be stored with their needs. */
export interface MemberAnswers {
  answers: Record<string, Answer>;
  sensitiveAnswers: Record<string, Answer>;
}

export const NO_ANSWERS: MemberAnswers = { answers: {}, sensitiveAnswers: {} };

/**
 * The answers of each filled member row of the lead's form (`members.<row>.answer.<id>`), read like an individual
 * sign-up's, with one message per unanswered or wrong question keyed by the row. Empty rows are not asked.
 */
export function readMemberAnswers(
  questions: readonly SignUpQuestion[] | undefined,
  language: Language,
  input: Record<string, unknown>,
): { ok: true; answersOf: (row: number) => MemberAnswers } | { ok: false; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const byRow = new Map<number, MemberAnswers>();
  for (const [row] of filledRows(input, 'members', MAX_MEMBERS_AT_ONCE)) {
    const read = readAnswers(questions, language, input, `members.${row}.`);
    if (read.ok) byRow.set(row, { answers: read.answers, sensitiveAnswers: read.sensitiveAnswers });
    else Object.assign(errors, read.errors);
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, answersOf: (row) => byRow.get(row) ?? NO_ANSWERS };
}
