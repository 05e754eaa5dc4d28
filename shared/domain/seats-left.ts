import type { EventRecord } from './event.ts';

/** Seats still free for a sign-up, or undefined when the event has no limit; never below zero. */
export function seatsLeft(event: Pick<EventRecord, 'capacity'>, confirmed: number): number | undefined {
  return event.capacity === undefined ? undefined : Math.max(0, event.capacity - confirmed);
}
