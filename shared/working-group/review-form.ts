import * as z from 'zod';
import type { ApplicationReview } from '#shared/domain/application.ts';
import type { Language } from '#shared/domain/event.ts';
import { errorsOf, type FieldErrors, textRuleErrors } from '#shared/forms/form-reading.ts';
import { selectionMessagesFor } from '#shared/i18n/selection-messages.ts';
import { textRuleMessagesFor } from '#shared/i18n/text-rule-messages.ts';

const NOTES_MAX = 4000;

/** The organisers' assessment form: free notes and an optional whole-number score 0–100. */
export function readReviewForm(
  language: Language,
  input: Record<string, unknown>,
): { ok: true; review: Pick<ApplicationReview, 'notes' | 'score'> } | { ok: false; errors: FieldErrors } {
  const t = selectionMessagesFor(language).errors;
  const schema = z.object({
    notes: z
      .string()
      .trim()
      .max(NOTES_MAX, { error: t.notesTooLong(NOTES_MAX) }),
    score: z
      .string()
      .trim()
      .transform((text) => (text === '' ? undefined : Number(text)))
      .pipe(
        z
          .number({ error: t.score })
          .int({ error: t.score })
          .min(0, { error: t.score })
          .max(100, { error: t.score })
          .optional(),
      ),
  });
  const parsed = schema.safeParse({ notes: String(input.notes ?? ''), score: String(input.score ?? '') });
  const refused = textRuleErrors(input, { notes: 'multiple' }, textRuleMessagesFor(language));
  if (!parsed.success || refused.notes)
    return { ok: false, errors: { ...(parsed.success ? {} : errorsOf(parsed.error)), ...refused } };
  return {
    ok: true,
    review: {
      notes: parsed.data.notes,
      ...(parsed.data.score === undefined ? {} : { score: parsed.data.score }),
    },
  };
}
