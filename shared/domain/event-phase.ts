import type { EventRecord } from './event.ts';

export type EventPhase = 'draft' | 'upcoming' | 'ongoing' | 'past' | 'cancelled';

export function eventPhase(
  event: Pick<EventRecord, 'status' | 'startsAt' | 'endsAt'>,
  now: Date,
): EventPhase {
  if (event.status === 'cancelled') return 'cancelled';
  if (event.status === 'draft') return 'draft';
  const at = now.toISOString();
  if (at < event.startsAt) return 'upcoming';
  if (at < event.endsAt) return 'ongoing';
  return 'past';
}

export type RegistrationWindow = 'not-open-yet' | 'open' | 'closed';

/** Whether sign-ups are taken now: only for an upcoming event, between its opening and its deadline. */
export function registrationWindow(
  event: Pick<EventRecord, 'status' | 'startsAt' | 'endsAt' | 'registrationOpensAt' | 'registrationClosesAt'>,
  now: Date,
): RegistrationWindow {
  if (eventPhase(event, now) !== 'upcoming') return 'closed';
  const at = now.toISOString();
  if (event.registrationOpensAt && at < event.registrationOpensAt) return 'not-open-yet';
  if (event.registrationClosesAt && at >= event.registrationClosesAt) return 'closed';
  return 'open';
}
