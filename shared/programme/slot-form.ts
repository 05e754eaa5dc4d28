import * as z from 'zod';
import { addDays } from '#shared/demo/upcoming-date.ts';
import type { EventRecord, Language } from '#shared/domain/event.ts';
import { type ProgrammeSlot, SLOT_KINDS } from '#shared/domain/programme-slot.ts';
import {
  errorsOf,
  type FieldErrors,
  lineList,
  optionalMultilineText,
  optionalText,
  optionalWholeNumber,
  requiredText,
} from '#shared/forms/form-reading.ts';
import { localDateAndTime } from '#shared/forms/time-span-fields.ts';
import { readWallClockTime } from '#shared/forms/wall-clock-time.ts';
import { clockChangeMessagesFor } from '#shared/i18n/clock-change-messages.ts';
import { slotEditorMessagesFor } from '#shared/i18n/slot-editor-messages.ts';
import { workspaceMessagesFor } from '#shared/i18n/workspace-messages.ts';
import { localDay } from '#shared/time.ts';
import { slotId } from './slot-id.ts';
import { speakerLines, speakersFromLine } from './speaker-line.ts';
import { clock, isTimeOfDay, readWrittenTime } from './written-time.ts';

const TITLE_MAX = 200;
const DESCRIPTION_MAX = 2000;
const TRACK_MAX = 100;
const SPEAKER_LINES_MAX = 20;
const SPEAKER_LINE_MAX = 300;
const CAPACITY_MAX = 100_000;

export type SlotFormEvent = Pick<EventRecord, 'id' | 'startsAt' | 'endsAt' | 'timeZone' | 'language'>;

export interface SlotFormContext {
  event: SlotFormEvent;
  /** The organiser's language, for the messages. */
  language: Language;
  /** The slot the form changes, which keeps its id and materials; none for a new one. */
  stored?: Pick<ProgrammeSlot, 'id' | 'materials'>;
  /** How many participants have the stored slot on their agenda: its capacity may not fall below. */
  picked?: number;
}

/** The event's local days (yyyy-MM-dd), first to last: the days a slot may lie on. */
export function eventDays({ startsAt, endsAt, timeZone }: SlotFormEvent): string[] {
  const last = localDay(endsAt, timeZone);
  const days = [localDay(startsAt, timeZone)];
  for (let day = addDays(days[0] ?? last, 1); day <= last; day = addDays(day, 1)) days.push(day);
  return days;
}

/** A time of day as a time field sends it (`10:05`) or as typed where the browser shows a text box (`10.05`). */
function clockTime(message: string) {
  return z
    .string({ error: message })
    .trim()
    .transform((value, context) => {
      const time = readWrittenTime(value);
      if (!time || !isTimeOfDay(time)) {
        context.addIssue({ code: 'custom', message });
        return z.NEVER;
      }
      return clock(time);
    });
}

/**
 * Reads the form for one slot: a day of the event (asked only when it has several), start and end as wall-clock
 * times in the event's zone, stored as instants; the speakers one per line as the programme text writes them. A
 * new slot gets an id in the programme's scheme (`1005-oppna-drogscener`); a changed one keeps its own, and its
 * materials. Messages in the organiser's `language`; nothing is kept of a form with errors.
 */
export function readSlotForm(
  input: Record<string, string | undefined>,
  { event, language, stored, picked = 0 }: SlotFormContext,
): { ok: true; slot: ProgrammeSlot } | { ok: false; errors: FieldErrors } {
  const t = slotEditorMessagesFor(language).errors;
  const editor = workspaceMessagesFor(language).editor.errors;
  const days = eventDays(event);
  const multiDay = days.length > 1;
  const schema = z
    .object({
      day: z.enum(days, { error: t.day }),
      starts: clockTime(t.time),
      ends: z
        .string()
        .optional()
        .transform((value) => value?.trim() || undefined)
        .pipe(clockTime(t.time).optional()),
      kind: z.enum(SLOT_KINDS, { error: t.kind }),
      title: requiredText(editor, TITLE_MAX),
      description: optionalMultilineText(editor, DESCRIPTION_MAX),
      speakers: lineList(editor, SPEAKER_LINES_MAX, SPEAKER_LINE_MAX),
      track: optionalText(editor, TRACK_MAX),
      capacity: optionalWholeNumber(1, CAPACITY_MAX, t.capacity).refine(
        (capacity) => capacity === undefined || capacity >= picked,
        { error: t.capacityBelowPicked(picked) },
      ),
    })
    .refine((form) => form.ends === undefined || form.ends > form.starts, {
      path: ['ends'],
      error: editor.order,
    });
  const result = schema.safeParse({ ...input, day: multiDay ? input.day : days[0] });
  if (!result.success) return { ok: false, errors: errorsOf(result.error) };
  const form = result.data;
  // The clocks may skip or repeat the time that night: refused, as in every form that takes a time.
  const clockChange = clockChangeMessagesFor(language);
  const errors: FieldErrors = {};
  const at = (field: 'starts' | 'ends', clock: string) => {
    const read = readWallClockTime(form.day, clock, event.timeZone);
    if (read.ok) return read.instant;
    errors[field] = read.reason === 'invalid' ? t.time : clockChange[read.reason](form.day, clock);
    return '';
  };
  const startsAt = at('starts', form.starts);
  const endsAt = form.ends === undefined ? undefined : at('ends', form.ends);
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const dayNumber = multiDay ? days.indexOf(form.day) + 1 : undefined;
  return {
    ok: true,
    slot: {
      id: stored?.id ?? slotId(form.starts, form.title, dayNumber),
      eventId: event.id,
      startsAt,
      ...(endsAt !== undefined && { endsAt }),
      kind: form.kind,
      title: form.title,
      ...(form.description !== undefined && { description: form.description.replace(/\r\n?/g, '\n') }),
      speakers: form.speakers.flatMap(speakersFromLine),
      ...(form.track !== undefined && { track: form.track }),
      ...(form.capacity !== undefined && { capacity: form.capacity }),
      materials: stored?.materials ?? [],
    },
  };
}

/** The form filled in for a new slot: the event's first day, a talk. */
export function newSlotValues(event: SlotFormEvent): Record<string, string> {
  return { day: eventDays(event)[0] ?? '', kind: 'talk' };
}

/**
 * The form filled in from a stored slot, times in the event's zone; each speaker on a line of their own that
 * reads back as the same person. Its SEQUENCE and capacity go with it, to tell whether it changed meanwhile: a new
 * capacity raises no SEQUENCE.
 */
export function slotFormValues(slot: ProgrammeSlot, event: SlotFormEvent): Record<string, string> {
  const starts = localDateAndTime(slot.startsAt, event.timeZone);
  return {
    day: starts.date,
    starts: starts.time,
    ends: slot.endsAt === undefined ? '' : localDateAndTime(slot.endsAt, event.timeZone).time,
    kind: slot.kind,
    title: slot.title,
    description: slot.description ?? '',
    speakers: slot.speakers.flatMap((speaker) => speakerLines([speaker], event.language)).join('\n'),
    track: slot.track ?? '',
    capacity: capacityValue(slot),
    sequence: String(slot.sequence ?? 0),
    storedCapacity: capacityValue(slot),
  };
}

/** The slot's capacity as its form writes it, empty for a slot without one. */
export const capacityValue = ({ capacity }: Pick<ProgrammeSlot, 'capacity'>) =>
  capacity === undefined ? '' : String(capacity);
