import type { RegistrationStatus } from './registration.ts';

/** What cancelling does to others, as the confirmation step tells it before anything happens. */
export type CancellationConsequence = 'seat-to-next' | 'seat-freed' | 'offer-to-next' | 'leave-queue';

/**
 * A seat (or an offered seat) goes to the first in line when someone waits for it; otherwise it is simply free.
 * Someone on the waiting list only leaves it.
 */
export function cancellationConsequence(
  status: RegistrationStatus,
  waiting: number,
): CancellationConsequence {
  if (status === 'waiting') return 'leave-queue';
  if (waiting === 0) return 'seat-freed';
  return status === 'offered' ? 'offer-to-next' : 'seat-to-next';
}
