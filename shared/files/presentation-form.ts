import * as z from 'zod';
import type { Language } from '#shared/domain/event.ts';
import { PRESENTATION_VISIBILITIES, type PresentationVisibility } from '#shared/domain/presentation.ts';
import { errorsOf, type FieldErrors, requiredText } from '#shared/forms/form-reading.ts';
import { fileMessagesFor } from '#shared/i18n/file-messages.ts';
import { presentationMessagesFor } from '#shared/i18n/presentation-messages.ts';
import { textRuleMessagesFor } from '#shared/i18n/text-rule-messages.ts';
import { FILE_KIND_NAMES, type FileKind } from './file-kinds.ts';

export const TITLE_MAX = 200;

/** What the first step of adding a file to a session asks; the file itself goes straight to the storage after it. */
export interface PresentationDetails {
  slotId: string;
  title: string;
  visibility: PresentationVisibility;
  fileKind: FileKind;
}

/**
 * Reads the first step's form: a session of the event, a title, who may fetch it and the kind of file. A speaker's
 * form has no visibility: their files are for participants until an organiser says otherwise.
 */
export function readPresentationForm(
  input: Record<string, unknown>,
  language: Language,
  sessionIds: readonly string[],
  chooser: 'organiser' | 'speaker',
): { ok: true; details: PresentationDetails } | { ok: false; errors: FieldErrors } {
  const f = fileMessagesFor(language);
  const p = presentationMessagesFor(language);
  const schema = z.object({
    slotId: z
      .string({ error: p.chooseSession })
      .refine((id) => sessionIds.includes(id), { error: p.chooseSession }),
    title: requiredText({ ...f, ...textRuleMessagesFor(language) }, TITLE_MAX),
    visibility:
      chooser === 'organiser'
        ? z.enum(PRESENTATION_VISIBILITIES, { error: p.chooseVisibility })
        : z.any().transform((): PresentationVisibility => 'participants'),
    fileKind: z.enum(FILE_KIND_NAMES as [FileKind, ...FileKind[]], { error: f.chooseFileKind }),
  });
  const parsed = schema.safeParse(input);
  return parsed.success ? { ok: true, details: parsed.data } : { ok: false, errors: errorsOf(parsed.error) };
}
