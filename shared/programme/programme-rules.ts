import { addDays } from '#shared/demo/upcoming-date.ts';
import type { EventRecord } from '#shared/domain/event.ts';
import { inProgrammeOrder, type ProgrammeSlot } from '#shared/domain/programme-slot.ts';
import { eventWhen } from '#shared/event-when.ts';
import { formatDate, instantAt, isSameLocalDay, localDay } from '#shared/time.ts';
import { programmeMessagesFor } from './programme-messages.ts';
import { slotWhen } from './slot-when.ts';

export type ProgrammeProblemCode = 'outside-event' | 'ends-before-start' | 'overlap';

export interface ProgrammeProblem {
  code: ProgrammeProblemCode;
  /** The slot concerned; for an overlap both, the earlier first. */
  slotIds: string[];
  message: string;
}

export type ProgrammeEvent = Pick<EventRecord, 'startsAt' | 'endsAt' | 'timeZone' | 'language'>;

type Span = Pick<ProgrammeSlot, 'startsAt' | 'endsAt'>;

const millis = (instant: string) => Date.parse(instant);

/** Where a slot stops taking up time: a slot without an end is a moment at its start. */
function reach(span: Span): number {
  return Math.max(
    millis(span.startsAt),
    span.endsAt === undefined ? Number.NEGATIVE_INFINITY : millis(span.endsAt),
  );
}

/** The track a slot runs in: slots without one share a track, so only one of them runs at a time. */
export const trackOf = (slot: Pick<ProgrammeSlot, 'track'>) => slot.track ?? '';

/** True for a slot without an end; a slot that ends as it starts does not start before it ends. */
export function startsBeforeItEnds(span: Span): boolean {
  return span.endsAt === undefined || millis(span.startsAt) < millis(span.endsAt);
}

/** Touching (one ends as the next starts) is no overlap; two slots starting together are, even moments. */
export function slotsOverlap(a: Span, b: Span): boolean {
  const aStarts = millis(a.startsAt);
  const bStarts = millis(b.startsAt);
  return aStarts === bStarts || (aStarts < reach(b) && bStarts < reach(a));
}

/**
 * The time a programme may fill. A one-day event's slots lie between its start and end. A multi-day
 * event's lie anywhere on its local days, from midnight before the first to midnight after the last:
 * a study trip's dinner at 19.30 on day 1 belongs to it though the sessions end at 18.15.
 */
function eventWindow({ startsAt, endsAt, timeZone }: ProgrammeEvent): { from: number; to: number } {
  if (isSameLocalDay(startsAt, endsAt, timeZone)) return { from: millis(startsAt), to: millis(endsAt) };
  return {
    from: millis(instantAt(localDay(startsAt, timeZone), '00:00', timeZone)),
    to: millis(instantAt(addDays(localDay(endsAt, timeZone), 1), '00:00', timeZone)),
  };
}

/** Every way the programme breaks the rules of DESIGN.md rule 7, in the event's language. */
export function programmeProblems(event: ProgrammeEvent, slots: ProgrammeSlot[]): ProgrammeProblem[] {
  const { timeZone, language } = event;
  const messages = programmeMessagesFor(language).problem;
  const multiDay = !isSameLocalDay(event.startsAt, event.endsAt, timeZone);
  const when = (span: Span) => slotWhen(span, event, language);
  const eventDays = `${formatDate(event.startsAt, timeZone, language)} – ${formatDate(event.endsAt, timeZone, language)}`;
  const window = eventWindow(event);
  const ordered = inProgrammeOrder(slots);

  const outside = ordered
    .filter((slot) => millis(slot.startsAt) < window.from || reach(slot) > window.to)
    .map((slot) => ({
      code: 'outside-event' as const,
      slotIds: [slot.id],
      message: multiDay
        ? messages.outsideEventDays(slot.title, when(slot), eventDays)
        : messages.outsideEventTime(slot.title, when(slot), eventWhen(event, language)),
    }));
  const backwards = ordered
    .filter((slot) => !startsBeforeItEnds(slot))
    .map((slot) => ({
      code: 'ends-before-start' as const,
      slotIds: [slot.id],
      message: messages.endsBeforeStart(slot.title, when(slot)),
    }));
  const overlapping = ordered.flatMap((first, index) =>
    ordered
      .slice(index + 1)
      .filter((second) => trackOf(first) === trackOf(second) && slotsOverlap(first, second))
      .map((second) => ({
        code: 'overlap' as const,
        slotIds: [first.id, second.id],
        message: messages.overlap(first.title, when(first), second.title, when(second)),
      })),
  );
  return [...outside, ...backwards, ...overlapping];
}
