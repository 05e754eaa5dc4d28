import type { Venue } from '#shared/domain/event.ts';
import type { Meeting } from '#shared/domain/meeting.ts';

/**
 * The meetings a working group's plan of `count` meetings still lacks, numbered on from the highest it has, each "to
 * be decided" at the event's venue: the meetings page dates them. A plan never shrinks here (cancelled meetings keep
 * their numbers), so fewer than there are yields none.
 */
export function meetingsToBeDecided(
  event: { id: string; venue: Venue },
  existing: readonly Pick<Meeting, 'number'>[],
  count: number,
): Meeting[] {
  const highest = Math.max(0, ...existing.map(({ number }) => number));
  return Array.from({ length: Math.max(0, count - highest) }, (_, index) => ({
    eventId: event.id,
    number: highest + index + 1,
    venue: event.venue,
    sequence: 0,
  }));
}
