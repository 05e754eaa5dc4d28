import type { EventRecord } from './event.ts';

export type EventPhase = 'draft' | 'upcoming' | 'ongoing' | 'past' | 'cancelled';

/** Instants are compared as times, never as text: "…T09:00:00Z" and "…T09:00:00.000Z" are the same instant. */
const isBefore = (now: Date, instant: string) => now.getTime() < Date.parse(instant);

export function eventPhase(
  event: Pick<EventRecord, 'status' | 'startsAt' | 'endsAt'>,
  now: Date,
): EventPhase {
  if (event.status === 'cancelled') return 'cancelled';
  if (event.status === 'draft') return 'draft';
  if (isBefore(now, event.startsAt)) return 'upcoming';
  if (isBefore(now, event.endsAt)) return 'ongoing';
  return 'past';
}

export type RegistrationWindow = 'not-open-yet' | 'open' | 'closed';

/** Whether sign-ups are taken now: only for an upcoming event, between its opening and its deadline. */
export function registrationWindow(
  event: Pick<EventRecord, 'status' | 'startsAt' | 'endsAt' | 'registrationOpensAt' | 'registrationClosesAt'>,
  now: Date,
): RegistrationWindow {
  if (eventPhase(event, now) !== 'upcoming') return 'closed';
  if (event.registrationOpensAt && isBefore(now, event.registrationOpensAt)) return 'not-open-yet';
  if (event.registrationClosesAt && !isBefore(now, event.registrationClosesAt)) return 'closed';
  return 'open';
}
