import * as z from 'zod';
import type { TextRuleMessages } from '#shared/i18n/text-rule-messages.ts';
import { type TextLines, textProblem } from './text-rules.ts';

/** One message per field, keyed by the field's name in the form. */
export type FieldErrors = Record<string, string>;

/** The messages every form needs for its text fields, in the reader's language. */
export interface TextFieldMessages extends TextRuleMessages {
  required: string;
  tooLong(max: number): string;
  email: string;
}

type RequiredTextMessages = Pick<TextFieldMessages, 'required' | 'tooLong'> & TextRuleMessages;
type OptionalTextMessages = Pick<TextFieldMessages, 'tooLong'> & TextRuleMessages;

/** A string, trimmed, refused with the field's own message when it breaks the rules every text keeps. */
function text(t: TextRuleMessages, lines: TextLines, required?: string) {
  return z
    .string(required ? { error: required } : undefined)
    .trim()
    .superRefine((value, context) => {
      const problem = textProblem(value, lines);
      if (problem) context.addIssue({ code: 'custom', message: t[problem] });
    });
}

/** A one-line text the form cannot do without (a name, a title): trimmed, not empty, at most `max` characters. */
export function requiredText(t: RequiredTextMessages, max: number) {
  return text(t, 'single', t.required)
    .min(1, { error: t.required })
    .max(max, { error: t.tooLong(max) });
}

/** A text area's text the form cannot do without: lines and tabs allowed, otherwise as `requiredText`. */
export function requiredMultilineText(t: RequiredTextMessages, max: number) {
  return text(t, 'multiple', t.required)
    .min(1, { error: t.required })
    .max(max, { error: t.tooLong(max) });
}

/** A one-line text the form may leave empty, then undefined: trimmed, at most `max` characters. */
export function optionalText(t: OptionalTextMessages, max: number) {
  return text(t, 'single')
    .max(max, { error: t.tooLong(max) })
    .optional()
    .transform((value) => value || undefined);
}

/** A text area's text the form may leave empty, then undefined: lines and tabs allowed, otherwise as `optionalText`. */
export function optionalMultilineText(t: OptionalTextMessages, max: number) {
  return text(t, 'multiple')
    .max(max, { error: t.tooLong(max) })
    .optional()
    .transform((value) => value || undefined);
}

/**
 * The errors of the text fields a form reads by hand rather than through the helpers above: for each field named in
 * `fields`, the message of the rule its text in `input` breaks, if any.
 */
export function textRuleErrors(
  input: Record<string, unknown>,
  fields: Record<string, TextLines>,
  t: TextRuleMessages,
): FieldErrors {
  const errors: FieldErrors = {};
  for (const [name, lines] of Object.entries(fields)) {
    const value = input[name];
    const problem = typeof value === 'string' ? textProblem(value, lines) : undefined;
    if (problem) errors[name] = t[problem];
  }
  return errors;
}

/** An e-mail address, trimmed and lower-cased, so `Anna@Kommun.se ` and `anna@kommun.se` are one person. */
export function emailAddress(t: Pick<TextFieldMessages, 'required' | 'email'>) {
  return z
    .string({ error: t.required })
    .trim()
    .toLowerCase()
    .pipe(z.email({ error: t.email }).max(254));
}

/** The first message per field of a failed parse, keyed by `fieldName` of the field's path. */
export function errorsOf(
  error: z.ZodError,
  fieldName: (path: string) => string = (path) => path,
): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) errors[fieldName(String(issue.path[0]))] ??= issue.message;
  return errors;
}

/**
 * The people of a team form (a delegation, a working-group application), whose rows are fields named
 * `members.<row>.<field>`: rows left empty are skipped, each filled row is read with `schema`, and an address may
 * appear once. Errors point at the row's own fields, so the form can show them where they belong.
 */
export function readMemberRows<T extends { email: string }>(
  input: Record<string, unknown>,
  options: { rows: number; schema: z.ZodType<T>; sameEmail(earlierRow: number): string },
): { members: (T & { row: number })[]; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const members: (T & { row: number })[] = [];
  const rowOf = new Map<string, number>();
  for (const [row, fields] of filledRows(input, 'members', options.rows)) {
    const member = options.schema.safeParse(fields);
    if (!member.success) {
      Object.assign(
        errors,
        errorsOf(member.error, (field) => `members.${row}.${field}`),
      );
      continue;
    }
    const earlier = rowOf.get(member.data.email);
    if (earlier !== undefined) {
      errors[`members.${row}.email`] = options.sameEmail(earlier + 1);
      continue;
    }
    rowOf.set(member.data.email, row);
    members.push({ ...member.data, row });
  }
  return { members, errors };
}

/**
 * The rows of a form's table below `rows` with anything written in them, in row order: fields named
 * `<table>.<row>.<field>` (`members.0.email`, `tiers.2.max`), each row's fields by name.
 */
export function filledRows(
  input: Record<string, unknown>,
  table: string,
  rows: number,
): [number, Record<string, string>][] {
  const rowField = new RegExp(`^${table}\\.(\\d+)\\.([a-zA-Z]+)$`);
  const filled = new Map<number, Record<string, string>>();
  for (const [name, value] of Object.entries(input)) {
    const match = rowField.exec(name);
    if (!match || typeof value !== 'string' || value.trim() === '') continue;
    const row = Number(match[1]);
    if (row >= rows) continue;
    filled.set(row, { ...filled.get(row), [String(match[2])]: value });
  }
  return [...filled.entries()].sort(([a], [b]) => a - b);
}

/** The non-empty lines of a text area, trimmed. */
export function textLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
}

/** The paragraphs of a text area: runs of lines between empty lines, trimmed. */
export function textParagraphs(text: string): string[] {
  return text
    .split(/\r?\n\s*\r?\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
}

/** A text area read as one entry per line: at most `maxLines` lines of at most `maxLength` characters. */
export function lineList(
  t: { tooMany(max: number): string; tooLong(max: number): string } & TextRuleMessages,
  maxLines: number,
  maxLength: number,
) {
  return text(t, 'multiple')
    .optional()
    .transform((value) => textLines(value ?? ''))
    .refine((list) => list.length <= maxLines, { error: t.tooMany(maxLines) })
    .refine((list) => list.every((line) => line.length <= maxLength), { error: t.tooLong(maxLength) });
}

/** A whole number from `min` to `max` that may be left empty (then undefined); anything else gets `message`. */
export function optionalWholeNumber(min: number, max: number, message: string) {
  return z
    .string()
    .optional()
    .transform((value) => value?.trim() || undefined)
    .pipe(
      z.coerce
        .number<string>({ error: message })
        .int({ error: message })
        .min(min, { error: message })
        .max(max, { error: message })
        .optional(),
    );
}
