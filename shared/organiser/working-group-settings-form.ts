import * as z from 'zod';
import type { Language, Selection } from '#shared/domain/event.ts';
import {
  errorsOf,
  type FieldErrors,
  lineList,
  optionalMultilineText,
  optionalWholeNumber,
  textParagraphs,
} from '#shared/forms/form-reading.ts';
import { eventSettingsMessagesFor } from '#shared/i18n/event-settings-messages.ts';
import { workspaceMessagesFor } from '#shared/i18n/workspace-messages.ts';
import { SWEDISH_COUNTIES } from '#shared/municipalities/swedish-municipalities.ts';
import { MOST_MEETINGS_IN_A_SERIES } from '#shared/working-group/meeting-series.ts';

const MAX_PLACES = 50;

export interface WorkingGroupSettings {
  selection: Selection;
  workingMethod?: string[];
  /** How many meetings the series has; the meetings themselves are planned on the meetings page. */
  meetingCount?: number;
}

/** Reads a working group's selection (places required), its working method and the size of its meeting plan. */
export function readWorkingGroupSettings(
  language: Language,
  input: Record<string, string | undefined>,
): { ok: true; settings: WorkingGroupSettings } | { ok: false; errors: FieldErrors } {
  const t = eventSettingsMessagesFor(language).errors;
  const editor = workspaceMessagesFor(language).editor.errors;
  const result = z
    .object({
      selectionPlaces: optionalWholeNumber(1, MAX_PLACES, t.places).pipe(z.number({ error: t.places })),
      selectionBasis: optionalMultilineText(editor, 1000),
      selectionRequirements: lineList(editor, 20, 500),
      selectionCounty: z
        .string()
        .optional()
        .transform((code) => code || undefined)
        .refine((code) => code === undefined || SWEDISH_COUNTIES.some((county) => county.code === code), {
          error: t.county,
        }),
      workingMethod: optionalMultilineText(editor, 10_000),
      meetingCount: optionalWholeNumber(
        1,
        MOST_MEETINGS_IN_A_SERIES,
        t.meetingCount(MOST_MEETINGS_IN_A_SERIES),
      ),
    })
    .safeParse(input);
  if (!result.success) return { ok: false, errors: errorsOf(result.error) };
  const form = result.data;
  const workingMethod = textParagraphs(form.workingMethod ?? '');
  return {
    ok: true,
    settings: {
      selection: {
        places: form.selectionPlaces,
        basis: form.selectionBasis ?? '',
        requirements: form.selectionRequirements,
        ...(form.selectionCounty ? { county: form.selectionCounty } : {}),
      },
      ...(workingMethod.length > 0 ? { workingMethod } : {}),
      ...(form.meetingCount ? { meetingCount: form.meetingCount } : {}),
    },
  };
}

/** The working-group fields of the editor's form, filled in from an event and the number of its meetings. */
export function workingGroupValuesOf(
  settings: Partial<WorkingGroupSettings>,
  meetingCount: number,
): Record<string, string> {
  const { selection, workingMethod } = settings;
  return {
    selectionPlaces: selection ? String(selection.places) : '',
    selectionBasis: selection?.basis ?? '',
    selectionRequirements: (selection?.requirements ?? []).join('\n'),
    selectionCounty: selection?.county ?? '',
    workingMethod: (workingMethod ?? []).join('\n\n'),
    meetingCount: meetingCount > 0 ? String(meetingCount) : '',
  };
}
