import { DateTime } from 'luxon';
import type { TimeZone } from '../domain/event.ts';
import { inProgrammeOrder, type ProgrammeSlot } from '../domain/programme-slot.ts';
import { isSameLocalDay } from '../time.ts';

export type MoveDirection = 'earlier' | 'later';

export const MOVE_DIRECTIONS: readonly MoveDirection[] = ['earlier', 'later'];

/** Slots without a track share one, as in the programme rules. */
const sameTrack = (a: ProgrammeSlot, b: ProgrammeSlot) => (a.track ?? '') === (b.track ?? '');

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

/** The slot next to `slot` in its track on its day, the way `direction` points; none at either end of the day. */
export function neighbourInTrack(
  slots: readonly ProgrammeSlot[],
  slot: ProgrammeSlot,
  direction: MoveDirection,
  zone: TimeZone,
): ProgrammeSlot | undefined {
  const line = inProgrammeOrder(slots).filter(
    (other) => sameTrack(other, slot) && isSameLocalDay(other.startsAt, slot.startsAt, zone),
  );
  const index = line.findIndex(({ id }) => id === slot.id);
  return index < 0 ? undefined : line[direction === 'earlier' ? index - 1 : index + 1];
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
  const neighbour = slot && neighbourInTrack(slots, slot, direction, zone);
  if (!slot || !neighbour) return undefined;
  const [earlier, later] = direction === 'earlier' ? [neighbour, slot] : [slot, neighbour];
  const spanEnds = later.endsAt ?? later.startsAt;
  return [startingAt(later, earlier.startsAt), startingAt(earlier, shifted(spanEnds, -lengthOf(earlier)))];
}
