import type { EventRecord } from '#shared/domain/event.ts';
import { isPause, type ProgrammeSlot } from '#shared/domain/programme-slot.ts';

/**
 * The programme's length as a certificate states it: the time its slots cover, without breaks and lunch, in whole
 * minutes. Parallel tracks count once (a participant sits in one room at a time), so it is the length of the slots'
 * union, not their sum. An event without a timed programme counts from its start to its end.
 */
export function programmeMinutes(
  event: Pick<EventRecord, 'startsAt' | 'endsAt'>,
  slots: readonly ProgrammeSlot[],
): number {
  const spans = slots
    .filter((slot) => slot.endsAt !== undefined && !isPause(slot))
    .map((slot) => [Date.parse(slot.startsAt), Date.parse(slot.endsAt ?? slot.startsAt)] as const)
    .sort(([a], [b]) => a - b);
  let milliseconds = 0;
  let covered = Number.NEGATIVE_INFINITY;
  for (const [start, end] of spans) {
    const from = Math.max(start, covered);
    if (end > from) milliseconds += end - from;
    covered = Math.max(covered, end);
  }
  if (spans.length === 0) milliseconds = Date.parse(event.endsAt) - Date.parse(event.startsAt);
  return Math.max(0, Math.round(milliseconds / 60_000));
}
