import * as z from 'zod';
import { type ApplicationMember, REPRESENTATIONS, type Representation } from '#shared/domain/application.ts';
import type { Language } from '#shared/domain/event.ts';
import {
  emailAddress,
  type FieldErrors,
  readMemberRows,
  requiredText,
  textRuleErrors,
} from '#shared/forms/form-reading.ts';
import { type ApplicationMessages, applicationMessagesFor } from '#shared/i18n/application-messages.ts';
import { type Municipality, municipalityByCode } from '#shared/municipalities/swedish-municipalities.ts';

/** The rows the form offers; a working-group team is a handful of people. */
export const MEMBER_ROWS = 6;

export interface ApplicationForm {
  municipality: Municipality;
  members: ApplicationMember[];
  localSituation: string;
}

/** The field names of one row of the team: `members.0.name`, `members.0.email`, … */
export const memberField = (row: number, field: keyof ApplicationMember) => `members.${row}.${field}`;

/** The representations every team must have (DESIGN.md rule 4); "other" is welcome on top. */
const REQUIRED_REPRESENTATIONS: readonly Exclude<Representation, 'other'>[] = ['municipality', 'police'];

function memberSchema(t: ApplicationMessages['errors']) {
  return z.object({
    name: requiredText(t, 200),
    email: emailAddress(t),
    title: requiredText(t, 200),
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

  const rows = readMemberRows(input, { rows: MEMBER_ROWS, schema: memberSchema(t), sameEmail: t.sameEmail });
  Object.assign(errors, rows.errors);
  const members: ApplicationMember[] = rows.members.map(({ row, ...member }) => member);
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
  Object.assign(errors, textRuleErrors(input, { localSituation: 'multiple' }, t));

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
