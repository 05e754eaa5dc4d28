import * as z from 'zod';
import type { Language } from '#shared/domain/event.ts';
import { GROUP_DOCUMENT_KINDS, type GroupDocumentKind } from '#shared/domain/group-document.ts';
import { FILE_KIND_NAMES, type FileKind } from '#shared/files/file-kinds.ts';
import { TITLE_MAX } from '#shared/files/presentation-form.ts';
import { errorsOf, type FieldErrors, requiredText } from '#shared/forms/form-reading.ts';
import { fileMessagesFor } from '#shared/i18n/file-messages.ts';
import { groupDocumentMessagesFor } from '#shared/i18n/group-document-messages.ts';
import { textRuleMessagesFor } from '#shared/i18n/text-rule-messages.ts';

/** The oldest year a document may carry: the police–municipality agreements began in the 2010s. */
export const FIRST_DOCUMENT_YEAR = 2000;

/** What the first step of sharing a document asks; the file itself goes straight to the storage after it. */
export interface GroupDocumentDetails {
  title: string;
  municipalityCode: string;
  kind: GroupDocumentKind;
  year: number;
  fileKind: FileKind;
}

/**
 * Reads the first step's form: a title, one of the group's municipalities, a kind, a year from 2000 to next year
 * (a plan adopted for the coming year), and the kind of file.
 */
export function readGroupDocumentForm(
  input: Record<string, unknown>,
  language: Language,
  municipalityCodes: readonly string[],
  thisYear: number,
): { ok: true; details: GroupDocumentDetails } | { ok: false; errors: FieldErrors } {
  const f = fileMessagesFor(language);
  const t = groupDocumentMessagesFor(language);
  const yearError = t.yearRange(FIRST_DOCUMENT_YEAR, thisYear + 1);
  const schema = z.object({
    title: requiredText({ ...f, ...textRuleMessagesFor(language) }, TITLE_MAX),
    municipalityCode: z
      .string({ error: t.chooseMunicipality })
      .refine((code) => municipalityCodes.includes(code), { error: t.chooseMunicipality }),
    kind: z.enum(GROUP_DOCUMENT_KINDS, { error: t.chooseKind }),
    year: z
      .string({ error: yearError })
      .trim()
      .regex(/^\d{4}$/, { error: yearError })
      .transform(Number)
      .refine((year) => year >= FIRST_DOCUMENT_YEAR && year <= thisYear + 1, { error: yearError }),
    fileKind: z.enum(FILE_KIND_NAMES as [FileKind, ...FileKind[]], { error: f.chooseFileKind }),
  });
  const parsed = schema.safeParse(input);
  return parsed.success ? { ok: true, details: parsed.data } : { ok: false, errors: errorsOf(parsed.error) };
}
