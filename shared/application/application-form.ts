import { z } from 'zod';
import { type ApplicationMember, REPRESENTATIONS, type Representation } from '../domain/application.ts';
import type { Language } from '../domain/event.ts';
import { type ApplicationMessages, applicationMessagesFor } from '../i18n/application-messages.ts';
import { type Municipality, municipalityByCode } from '../municipalities/swedish-municipalities.ts';
import type { FieldErrors } from '../sign-up/sign-up-form.ts';

/** The rows the form offers; a working-group team is a handful of people. */
export const MEMBER_ROWS = 6;

export interface ApplicationForm {
  municipality: Municipality;
  members: ApplicationMember[];
  localSituation: string;
}

/** The field names of one row of the team: `members.0.name`, `members.0.email`, … */
export const memberField = (row: number, field: keyof ApplicationMember) => `members.${row}.${field}`;
const MEMBER_FIELD = /^members\.(\d+)\.(name|email|title|representation)$/;

/** The representations every team must have (DESIGN.md rule 4); "other" is welcome on top. */
const REQUIRED_REPRESENTATIONS: readonly Exclude<Representation, 'other'>[] = ['municipality', 'police'];

function memberSchema(t: ApplicationMessages['errors']) {
  const text = (max: number) =>
    z
      .string({ error: t.required })
      .trim()
      .min(1, { error: t.required })
      .max(max, { error: t.tooLong(max) });
  return z.object({
    name: text(200),
    email: z
      .string({ error: t.required })
      .trim()
      .toLowerCase()
      .pipe(z.email({ error: t.email }).max(254)),
    title: text(200),
    representation: z.enum(REPRESENTATIONS, { error: t.representation }),
  });
}

/**
 * Checks a municipality's application as the form sends it (all strings) and gives the application or one message
 * per field, in `language`. The hard criteria of a working group are refused here, before anything is stored: a
 * municipality from the list, at least one municipality and one police representative, the local situation
 * described, and the commitment to work between meetings. Rows left empty are skipped; an address may appear once.
 */
export function readApplicationForm(
  language: Language,
  input: Record<string, unknown>,
): { ok: true; form: ApplicationForm } | { ok: false; errors: FieldErrors } {
  const t = applicationMessagesFor(language).errors;
  const errors: FieldErrors = {};

  const municipality =
    typeof input.municipality === 'string' ? municipalityByCode(input.municipality) : undefined;
  if (!municipality) errors.municipality = t.municipality;

  const members: ApplicationMember[] = [];
  const rowOf = new Map<string, number>();
  for (const [row, fields] of filledRows(input)) {
    const member = memberSchema(t).safeParse(fields);
    if (!member.success) {
      for (const issue of member.error.issues)
        errors[`members.${row}.${String(issue.path[0])}`] ??= issue.message;
      continue;
    }
    const earlier = rowOf.get(member.data.email);
    if (earlier !== undefined) {
      errors[memberField(row, 'email')] = t.sameEmail(earlier + 1);
      continue;
    }
    rowOf.set(member.data.email, row);
    members.push(member.data);
  }
  const rowErrors = Object.keys(errors).some((field) => field.startsWith('members.'));
  if (members.length === 0 && !rowErrors) errors[memberField(0, 'name')] = t.noMembers;
  // Only judged on a team whose every row could be read: a row in error may be the missing representative.
  if (members.length > 0 && !rowErrors) {
    const missing = REQUIRED_REPRESENTATIONS.filter(
      (representation) => !members.some((member) => member.representation === representation),
    );
    if (missing.length > 0)
      errors.members = t.missingRepresentation(
        missing.map((name) => t.missingNames[name]).join(t.missingJoin),
      );
  }

  const localSituation = typeof input.localSituation === 'string' ? input.localSituation.trim() : '';
  if (localSituation === '') errors.localSituation = t.localSituation;
  else if (localSituation.length > 5000) errors.localSituation = t.tooLong(5000);

  if (input.commitment !== 'yes') errors.commitment = t.commitment;

  if (Object.keys(errors).length > 0 || !municipality) return { ok: false, errors };
  return { ok: true, form: { municipality, members, localSituation } };
}

/** The form's values for an application as stored: what the edit link's form starts from. */
export function applicationFormValues(application: {
  municipalityCode: string;
  members: ApplicationMember[];
  localSituation: string;
  commitsToWorkBetweenMeetings: boolean;
}): Record<string, string> {
  const values: Record<string, string> = {
    municipality: application.municipalityCode,
    localSituation: application.localSituation,
    ...(application.commitsToWorkBetweenMeetings ? { commitment: 'yes' } : {}),
  };
  application.members.forEach((member, row) => {
    for (const field of ['name', 'email', 'title', 'representation'] as const)
      values[memberField(row, field)] = member[field];
  });
  return values;
}

/** The rows of the form with anything written in them, in row order. */
function filledRows(input: Record<string, unknown>): [number, Record<string, string>][] {
  const rows = new Map<number, Record<string, string>>();
  for (const [name, value] of Object.entries(input)) {
    const match = MEMBER_FIELD.exec(name);
    if (!match || typeof value !== 'string' || value.trim() === '') continue;
    const row = Number(match[1]);
    if (row >= MEMBER_ROWS) continue;
    rows.set(row, { ...rows.get(row), [String(match[2])]: value });
  }
  return [...rows.entries()].sort(([a], [b]) => a - b);
}
