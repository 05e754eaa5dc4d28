import * as z from 'zod';
import { DELEGATION_ROLES, type DelegationRole } from '#shared/domain/delegation-role.ts';
import type { Language, Quotas } from '#shared/domain/event.ts';
import {
  emailAddress,
  errorsOf,
  type FieldErrors,
  readMemberRows,
  requiredText,
} from '#shared/forms/form-reading.ts';
import { type DelegationMessages, delegationMessagesFor } from '#shared/i18n/delegation-messages.ts';
import { MAX_MEMBERS_AT_ONCE, type OrganisationQuota, quotaFor } from './quota.ts';

export interface DelegationMember {
  name: string;
  email: string;
  role: DelegationRole;
}

/** A member as the lead's form gave them: `row` is the form's own row number, which errors point back to. */
export interface FormMember extends DelegationMember {
  row: number;
}

export interface DelegationForm {
  quota: Extract<OrganisationQuota, { kind: 'quota' }>;
  leadName: string;
  leadEmail: string;
  members: FormMember[];
}

/** The field names of one row of the lead's form: `members.0.name`, `members.0.email`, `members.0.role`. */
export const memberField = (row: number, field: keyof DelegationMember) => `members.${row}.${field}`;

function memberSchema(t: DelegationMessages['errors']) {
  return z.object({
    name: requiredText(t, 200),
    email: emailAddress(t),
    role: z.enum(DELEGATION_ROLES, { error: t.role }),
  });
}

/** One person the lead adds later, from the lead's page (fields `name`, `email`, `role`). */
export function readDelegationMember(
  language: Language,
  input: Record<string, unknown>,
): { ok: true; member: DelegationMember } | { ok: false; errors: FieldErrors } {
  const result = memberSchema(delegationMessagesFor(language).errors).safeParse(input);
  return result.success ? { ok: true, member: result.data } : { ok: false, errors: errorsOf(result.error) };
}

/**
 * Checks the lead's form as it arrives (all strings) and gives the delegation or one message per field, in the
 * event's language. Rows left empty are skipped; a member's address may appear once; the organisation must be
 * one that may register, with no more members than its quota. Whether the places are still free is for the store.
 */
export function readDelegationForm(
  event: { language: Language; quotas: Quotas },
  input: Record<string, unknown>,
): { ok: true; form: DelegationForm } | { ok: false; errors: FieldErrors } {
  const t = delegationMessagesFor(event.language).errors;
  const errors: FieldErrors = {};

  const lead = z
    .object({
      organisation: requiredText(t, 200),
      leadName: requiredText(t, 200),
      leadEmail: emailAddress(t),
    })
    .safeParse(input);
  if (!lead.success) Object.assign(errors, errorsOf(lead.error));
  const quota = lead.success ? quotaFor(event.quotas, lead.data.organisation) : undefined;
  if (quota?.kind === 'not-invited') errors.organisation = t.notInvited(quota.organisation);

  const rows = readMemberRows(input, {
    rows: MAX_MEMBERS_AT_ONCE,
    schema: memberSchema(t),
    sameEmail: t.sameEmail,
  });
  Object.assign(errors, rows.errors);
  const members: FormMember[] = rows.members;
  if (members.length === 0 && Object.keys(errors).every((field) => !field.startsWith('members.'))) {
    errors[memberField(0, 'name')] = t.noMembers;
  }
  if (quota?.kind === 'quota' && members.length > Math.min(quota.max, MAX_MEMBERS_AT_ONCE)) {
    errors.members = t.tooMany(quota.organisation, Math.min(quota.max, MAX_MEMBERS_AT_ONCE));
  }

  if (Object.keys(errors).length > 0 || !lead.success || quota?.kind !== 'quota')
    return { ok: false, errors };
  return { ok: true, form: { quota, leadName: lead.data.leadName, leadEmail: lead.data.leadEmail, members } };
}
