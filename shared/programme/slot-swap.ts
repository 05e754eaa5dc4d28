import { DateTime } from 'luxon';
import type { TimeZone } from '#shared/domain/event.ts';
import { inProgrammeOrder, type ProgrammeSlot } from '#shared/domain/programme-slot.ts';
import { localDay } from '#shared/time.ts';
import { trackOf } from './programme-rules.ts';

export type MoveDirection = 'earlier' | 'later';

export const MOVE_DIRECTIONS: readonly MoveDirection[] = ['earlier', 'later'];

/** The slots next to one in its track on its day; none at either end of the day. */
export type Neighbours = Partial<Record<MoveDirection, ProgrammeSlot>>;

/** A moment (a slot without an end) has no length. */
const lengthOf = (slot: ProgrammeSlot) =>
  slot.endsAt === undefined ? 0 : Date.parse(slot.endsAt) - Date.parse(slot.startsAt);

const shifted = (instant: string, milliseconds: number) =>
  DateTime.fromISO(instant, { zone: 'utc' }).plus({ milliseconds }).toISO({ suppressMilliseconds: true }) ??
  '';

function startingAt(slot: ProgrammeSlot, startsAt: string): ProgrammeSlot {
  return {
    ...slot,
    startsAt,
    ...(slot.endsAt !== undefined && { endsAt: shifted(startsAt, lengthOf(slot)) }),
  };
}

/**
 * Each slot's neighbours in its track on its day, by slot id. One sort and one pass over the programme: the editor
 * asks for every slot's on each render.
 */
export function neighboursInTrack(slots: readonly ProgrammeSlot[], zone: TimeZone): Map<string, Neighbours> {
  const lines = new Map<string, ProgrammeSlot[]>();
  for (const slot of inProgrammeOrder(slots)) {
    const key = JSON.stringify([trackOf(slot), localDay(slot.startsAt, zone)]);
    const line = lines.get(key);
    if (line) line.push(slot);
    else lines.set(key, [slot]);
  }
  const neighbours = new Map<string, Neighbours>();
  for (const line of lines.values())
    for (const [index, slot] of line.entries())
      neighbours.set(slot.id, { earlier: line[index - 1], later: line[index + 1] });
  return neighbours;
}

/**
 * The slot and its neighbour with their places swapped within the span the two cover: the later one takes the
 * earlier one's start, the earlier one ends where the later one ended, and each keeps its own length (a moment
 * stays a moment, the gap between them stays). Nothing else of the track lies in that span, so the pair stays
 * inside its day and overlaps nothing. Undefined when there is no neighbour to swap with.
 */
export function swappedWithNeighbour(
  slots: readonly ProgrammeSlot[],
  slotId: string,
  direction: MoveDirection,
  zone: TimeZone,
): [ProgrammeSlot, ProgrammeSlot] | undefined {
  const slot = slots.find(({ id }) => id === slotId);
  const neighbour = neighboursInTrack(slots, zone).get(slotId)?.[direction];
  if (!slot || !neighbour) return undefined;
  const [earlier, later] = direction === 'earlier' ? [neighbour, slot] : [slot, neighbour];
  const spanEnds = later.endsAt ?? later.startsAt;
  return [startingAt(later, earlier.startsAt), startingAt(earlier, shifted(spanEnds, -lengthOf(earlier)))];
}
