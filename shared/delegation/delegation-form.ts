import { z } from 'zod';
import { DELEGATION_ROLES, type DelegationRole } from '../domain/delegation.ts';
import type { Language, Quotas } from '../domain/event.ts';
import { type DelegationMessages, delegationMessagesFor } from '../i18n/delegation-messages.ts';
import type { FieldErrors } from '../sign-up/sign-up-form.ts';
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
const MEMBER_FIELD = /^members\.(\d+)\.(name|email|role)$/;

function fieldSchemas(t: DelegationMessages['errors']) {
  const text = (max: number) =>
    z
      .string({ error: t.required })
      .trim()
      .min(1, { error: t.required })
      .max(max, { error: t.tooLong(max) });
  const email = z
    .string({ error: t.required })
    .trim()
    .toLowerCase()
    .pipe(z.email({ error: t.email }).max(254));
  return { text, email };
}

function memberSchema(t: DelegationMessages['errors']) {
  const { text, email } = fieldSchemas(t);
  return z.object({ name: text(200), email, role: z.enum(DELEGATION_ROLES, { error: t.role }) });
}

/** The first message per field, keyed by the field's name in the form. */
function errorsOf(error: z.ZodError, fieldName: (path: string) => string = (path) => path): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) errors[fieldName(String(issue.path[0]))] ??= issue.message;
  return errors;
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
  const { text, email } = fieldSchemas(t);
  const errors: FieldErrors = {};

  const lead = z.object({ organisation: text(200), leadName: text(200), leadEmail: email }).safeParse(input);
  if (!lead.success) Object.assign(errors, errorsOf(lead.error));
  const quota = lead.success ? quotaFor(event.quotas, lead.data.organisation) : undefined;
  if (quota?.kind === 'not-invited') errors.organisation = t.notInvited(quota.organisation);

  const members: FormMember[] = [];
  const rowOf = new Map<string, number>();
  for (const [row, fields] of filledRows(input)) {
    const member = memberSchema(t).safeParse(fields);
    if (!member.success) {
      Object.assign(
        errors,
        errorsOf(member.error, (field) => `members.${row}.${field}`),
      );
      continue;
    }
    const earlier = rowOf.get(member.data.email);
    if (earlier !== undefined) {
      errors[memberField(row, 'email')] = t.sameEmail(earlier + 1);
      continue;
    }
    rowOf.set(member.data.email, row);
    members.push({ ...member.data, row });
  }
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

/** The rows of the form with anything written in them, in row order, as `{ name, email, role }`. */
function filledRows(input: Record<string, unknown>): [number, Record<string, string>][] {
  const rows = new Map<number, Record<string, string>>();
  for (const [name, value] of Object.entries(input)) {
    const match = MEMBER_FIELD.exec(name);
    if (!match || typeof value !== 'string' || value.trim() === '') continue;
    const row = Number(match[1]);
    if (row >= MAX_MEMBERS_AT_ONCE) continue;
    rows.set(row, { ...rows.get(row), [String(match[2])]: value });
  }
  return [...rows.entries()].sort(([a], [b]) => a - b);
}
