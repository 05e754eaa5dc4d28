import { programmeSlots, type SeedSlot } from '#shared/demo/seed-programme.ts';
import type { Language, Person, TimeZone } from '#shared/domain/event.ts';
import type { ProgrammeSlot } from '#shared/domain/programme-slot.ts';
import { textProblem } from '#shared/forms/text-rules.ts';
import { likelyEndTime } from './likely-end-time.ts';
import { readProgrammeLine, type SlotLine } from './programme-line.ts';
import { type ProgrammeMessages, programmeMessagesFor } from './programme-messages.ts';
import { slotsOverlap, startsBeforeItEnds } from './programme-rules.ts';
import { slotId } from './slot-id.ts';
import { marksEndOfDay, slotKindFromTitle } from './slot-kind.ts';
import { speakersFromLine, spellingOutAbbreviations } from './speaker-line.ts';
import { clock, isTimeOfDay, type WrittenTime } from './written-time.ts';

export interface ProgrammeTextContext {
  eventId: string;
  /** The event's first day, yyyy-MM-dd: where `Dag 1` falls. */
  day: string;
  timeZone: TimeZone;
  language: Language;
}

export interface ProgrammeLineError {
  /** 1 for the first line of the text. */
  line: number;
  message: string;
  /** The time the organiser most likely meant, written as they write times. */
  suggestion?: string;
}

export type ProgrammeFromText =
  | { ok: true; slots: ProgrammeSlot[] }
  | { ok: false; errors: ProgrammeLineError[] };

/** A time line with the speaker and description lines that follow it. */
interface WrittenSlot {
  line: number;
  day: number;
  starts: WrittenTime;
  ends?: WrittenTime;
  title: string;
  speakers: Person[];
  description: string[];
}

type LineMessages = ProgrammeMessages['line'];

const span = ({ starts, ends }: WrittenSlot) => (ends ? `${starts.written}–${ends.written}` : starts.written);

function slotLineError(
  line: number,
  { starts, ends, title }: SlotLine,
  messages: LineMessages,
): string | undefined {
  const outsideDay = [starts, ends].find((time) => time && !isTimeOfDay(time));
  if (outsideDay) return messages.timeOutsideDay(line, outsideDay.written);
  if (!title) return messages.missingTitle(line);
  return undefined;
}

function readSlots(lines: string[], messages: LineMessages) {
  const written: WrittenSlot[] = [];
  const errors: ProgrammeLineError[] = [];
  let day = 1;
  // Null after a broken time line: the lines under it belong to it and raise no error of their own.
  let current: WrittenSlot | null | undefined;
  lines.forEach((text, index) => {
    const line = index + 1;
    if (textProblem(text, 'multiple')) {
      errors.push({ line, message: messages.controlCharacter(line) });
      current = null;
      return;
    }
    const read = readProgrammeLine(text);
    if (read.kind === 'blank') return;
    if (read.kind === 'day') {
      day = read.day;
      current = undefined;
    } else if (read.kind === 'unreadable-time') {
      errors.push({ line, message: messages.unreadableTime(line, read.text) });
      current = null;
    } else if (read.kind === 'slot') {
      const { starts, ends, title } = read;
      const error = slotLineError(line, read, messages);
      if (error) errors.push({ line, message: error });
      current = error
        ? null
        : { line, day, starts, ...(ends && { ends }), title, speakers: [], description: [] };
      if (current) written.push(current);
    } else if (current === undefined) {
      errors.push({ line, message: messages.outsideSlot(line, read.text) });
    } else if (read.kind === 'description') {
      current?.description.push(read.text);
    } else {
      current?.speakers.push(...speakersFromLine(read.text));
    }
  });
  return { written, errors };
}

function seedSlots(written: WrittenSlot[]): SeedSlot[] {
  const multiDay = written.some(({ day }) => day !== 1);
  const spelledOut = spellingOutAbbreviations(written.flatMap(({ speakers }) => speakers));
  return written.map(({ day, starts, ends, title, speakers, description }) => ({
    id: slotId(clock(starts), title, multiDay ? day : undefined),
    day,
    starts: clock(starts),
    ...(ends && { ends: clock(ends) }),
    kind: slotKindFromTitle(title),
    title,
    ...(description.length > 0 && { description: description.join('\n') }),
    speakers: speakers.map(spelledOut),
  }));
}

/** A slot given only its start lasts until the next one starts that day, as in the KS slides; the day's last slot and `Slutt dag 1` have no end. */
function withEndsFromNextStart(slots: ProgrammeSlot[], written: WrittenSlot[]): ProgrammeSlot[] {
  return slots.map((slot, index) => {
    const next = slots[index + 1];
    const sameDay = written[index + 1]?.day === written[index]?.day;
    const endsAtNext =
      slot.endsAt === undefined &&
      !marksEndOfDay(slot.title) &&
      next !== undefined &&
      sameDay &&
      Date.parse(next.startsAt) > Date.parse(slot.startsAt);
    return endsAtNext ? { ...slot, endsAt: next.startsAt } : slot;
  });
}

function endError(
  { line, starts }: WrittenSlot,
  ends: WrittenTime,
  nextStarts: WrittenTime | undefined,
  messages: LineMessages,
): ProgrammeLineError {
  if (clock(ends) === clock(starts)) return { line, message: messages.endAtStart(line, ends.written) };
  const message = messages.endBeforeStart(line, ends.written, starts.written);
  const suggestion = likelyEndTime(starts, ends, nextStarts);
  return suggestion
    ? { line, message: `${message} ${messages.didYouMean(suggestion)}`, suggestion }
    : { line, message };
}

/** Checked here rather than left to `programmeProblems`, because here the line is known. */
function timingErrors(slots: ProgrammeSlot[], written: WrittenSlot[], messages: LineMessages) {
  const errors: ProgrammeLineError[] = [];
  const accepted: { here: WrittenSlot; slot: ProgrammeSlot }[] = [];
  written.forEach((here, index) => {
    const slot = slots[index];
    if (!slot) return;
    const { line, starts, ends } = here;
    const previous = accepted.at(-1);
    const clash = accepted.findLast((other) => slotsOverlap(other.slot, slot));
    if (ends && !startsBeforeItEnds(slot)) {
      const next = written[index + 1];
      errors.push(endError(here, ends, next?.day === here.day ? next.starts : undefined, messages));
    } else if (previous && Date.parse(slot.startsAt) < Date.parse(previous.slot.startsAt)) {
      const earlier = previous.here;
      errors.push({
        line,
        message: messages.outOfOrder(line, starts.written, earlier.line, earlier.starts.written),
      });
    } else if (clash) {
      errors.push({ line, message: messages.overlap(line, span(here), clash.here.line, span(clash.here)) });
    } else {
      accepted.push({ here, slot });
    }
  });
  return errors;
}

/**
 * A programme pasted in the organisers' own form (`10.05–10.30 Öppna drogscener` over
 * `Mia-Maria Magnusson, Polisdoktorand, Polismyndigheten`) as slots, or every line that stops it.
 * Blank lines separate nothing: a line belongs to the time line above it until the next time line or day header.
 */
export function programmeFromText(text: string, context: ProgrammeTextContext): ProgrammeFromText {
  const messages = programmeMessagesFor(context.language).line;
  const { written, errors } = readSlots(text.split(/\r\n|\r|\n/), messages);
  const placed = programmeSlots(context.eventId, context.day, context.timeZone, seedSlots(written));
  const slots = withEndsFromNextStart(placed, written);
  const allErrors = [...errors, ...timingErrors(slots, written, messages)].sort((a, b) => a.line - b.line);
  return allErrors.length > 0 ? { ok: false, errors: allErrors } : { ok: true, slots };
}
