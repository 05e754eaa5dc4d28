import type { EventRecord } from '#shared/domain/event.ts';
import { eventPhase, registrationWindow } from '#shared/domain/event-phase.ts';

export type SignUpRefusal = 'not-open-yet' | 'deadline-passed' | 'event-past' | 'event-cancelled';

/** Why a sign-up cannot be taken now, or undefined when it can; checked before anything is stored. */
export function signUpRefusal(event: EventRecord, now: Date): SignUpRefusal | undefined {
  const phase = eventPhase(event, now);
  if (phase === 'cancelled') return 'event-cancelled';
  if (phase === 'draft') return 'not-open-yet';
  if (phase !== 'upcoming') return 'event-past';
  const window = registrationWindow(event, now);
  if (window === 'not-open-yet') return 'not-open-yet';
  if (window === 'closed') return 'deadline-passed';
  return undefined;
}
