import type { EventRecord } from '#shared/domain/event.ts';

/**
 * Whether a participant may still change their answers to the event's questions: until registration closes (the
 * event's start when it names no deadline). After that organisers plan by them, so they stand; the person's name
 * and needs stay theirs to correct.
 */
export const answersOpen = (
  event: Pick<EventRecord, 'registrationClosesAt' | 'startsAt'>,
  now: Date,
): boolean => now.getTime() < Date.parse(event.registrationClosesAt ?? event.startsAt);
