import type { Registration } from './registration.ts';

/**
 * The waiting list as it stands: in the order seats are given (by ticket, lowest first; the sort is stable, so
 * registrations of equal or missing tickets keep the order they come in), each numbered by its place now.
 */
export function numberedWaitingList(waiting: readonly Registration[]): Registration[] {
  return [...waiting]
    .sort((a, b) => (a.waitingTicket ?? 0) - (b.waitingTicket ?? 0))
    .map((registration, index) => ({ ...registration, waitingPosition: index + 1 }));
}
